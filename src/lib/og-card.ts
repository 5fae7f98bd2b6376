/**
 * A chapter's link-preview card: 1200x630, drawn as SVG and rasterised at build time by sharp (libvips
 * with librsvg), so no browser is needed. librsvg finds fonts through fontconfig on the build machine
 * (Liberation and DejaVu on Debian, installed with Chromium). The Chinese editions need Debian's
 * fonts-noto-cjk there (.ci/run installs it): without it librsvg would draw empty boxes, so a Chinese card
 * asks fontconfig for its CJK fonts first and fails the build naming the package when they are missing.
 * Title lines are wrapped with the chart labels' width estimate, which counts a CJK character as one em.
 */
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { wrapText } from '../charts/frame/text-width';
import type { Locale } from './locale';

export interface CardText {
  /** Above the title: "Chapter 2 of 5". */
  kicker: string;
  title: string;
  /** Under the title; plain text. */
  summary: string;
  site: string;
  /** Picks the fonts: a Chinese card puts the CJK face first, in the glyph forms of its edition. */
  locale: Locale;
}

export const cardSize = { width: 1200, height: 630 } as const;

const margin = 80;
const textWidth = cardSize.width - 2 * margin;
const titleSize = 68;
const summarySize = 30;
const maxTitleLines = 3;
const maxSummaryLines = 3;
/**
 * The CJK face comes first on a Chinese card, so full-width punctuation takes its CJK width, and in the
 * edition's glyph forms (HK for the Hong Kong-standard Traditional edition); its Latin covers the names.
 */
const cjkFaces: Record<Locale, { serif: string; sans: string } | undefined> = {
  en: undefined,
  'zh-hans': { serif: 'Noto Serif CJK SC', sans: 'Noto Sans CJK SC' },
  'zh-hant': { serif: 'Noto Serif CJK HK', sans: 'Noto Sans CJK HK' },
};
const latinSerif = "'Liberation Serif', 'DejaVu Serif'";
const latinSans = "'Liberation Sans', 'DejaVu Sans'";

function fontStacks(locale: Locale): { serif: string; sans: string } {
  const cjk = cjkFaces[locale];
  if (cjk === undefined) return { serif: `${latinSerif}, serif`, sans: `${latinSans}, sans-serif` };
  return { serif: `'${cjk.serif}', ${latinSerif}, serif`, sans: `'${cjk.sans}', ${latinSans}, sans-serif` };
}

/** Families fontconfig does not know, of those a card names; asked once per family. */
const installed = new Map<string, boolean>();
export function missingFamilies(families: readonly string[]): string[] {
  return families.filter((family) => {
    if (!installed.has(family)) {
      const listed = execFileSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' });
      installed.set(family, listed.trim() !== '');
    }
    return installed.get(family) === false;
  });
}

/** Throws, naming the package, when a Chinese card's fonts are missing: a card of empty boxes must not ship. */
export function assertCardFonts(locale: Locale): void {
  const cjk = cjkFaces[locale];
  if (cjk === undefined) return;
  const missing = missingFamilies([cjk.serif, cjk.sans]);
  if (missing.length > 0) {
    throw new Error(
      `The ${locale} share cards need the CJK font${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}, which fontconfig does not find: ` +
        'install Debian\'s fonts-noto-cjk (apt-get install fonts-noto-cjk) on the build machine.',
    );
  }
}
const colors = { paper: '#fbfaf7', ink: '#1c1b19', soft: '#55524c', zhipu: '#2456c7', minimax: '#c2410c' } as const;

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** At most `max` lines; a longer text ends its last line with an ellipsis. */
function lines(text: string, width: number, size: number, weight: 'normal' | 'bold', max: number): string[] {
  const wrapped = wrapText(text, width, size, weight);
  if (wrapped.length <= max) return wrapped;
  return [...wrapped.slice(0, max - 1), `${wrapped[max - 1]}…`];
}

function textBlock(rows: readonly string[], y: number, lineHeight: number, attributes: string): string {
  const spans = rows.map((row, index) => `<tspan x="${margin}" y="${y + index * lineHeight}">${escapeXml(row)}</tspan>`).join('');
  return `<text ${attributes}>${spans}</text>`;
}

export function cardSvg(text: CardText): string {
  const { serif, sans } = fontStacks(text.locale);
  const title = lines(text.title, textWidth, titleSize, 'bold', maxTitleLines);
  const titleTop = 200;
  const titleLineHeight = titleSize * 1.12;
  const summaryTop = titleTop + (title.length - 1) * titleLineHeight + 70;
  const summary = lines(text.summary, textWidth, summarySize, 'normal', maxSummaryLines);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${cardSize.height}" viewBox="0 0 ${cardSize.width} ${cardSize.height}">`,
    `<rect width="100%" height="100%" fill="${colors.paper}"/>`,
    `<text x="${margin}" y="96" font-family="${sans}" font-size="26" letter-spacing="3" fill="${colors.soft}">${escapeXml(text.kicker.toUpperCase())}</text>`,
    textBlock(title, titleTop, titleLineHeight, `font-family="${serif}" font-size="${titleSize}" font-weight="bold" fill="${colors.ink}"`),
    textBlock(summary, summaryTop, summarySize * 1.3, `font-family="${serif}" font-size="${summarySize}" fill="${colors.soft}"`),
    `<rect x="${margin}" y="548" width="240" height="12" rx="6" fill="${colors.zhipu}"/>`,
    `<rect x="${margin + 260}" y="548" width="240" height="12" rx="6" fill="${colors.minimax}"/>`,
    `<text x="${cardSize.width - margin}" y="562" text-anchor="end" font-family="${serif}" font-size="32" font-weight="bold" fill="${colors.ink}">${escapeXml(text.site)}</text>`,
    '</svg>',
  ].join('');
}

/** A palette PNG: the card is a few flat colours and anti-aliased text, which keeps it far under 150 KB. */
export async function cardPng(text: CardText): Promise<Buffer> {
  assertCardFonts(text.locale);
  return sharp(Buffer.from(cardSvg(text))).png({ palette: true, compressionLevel: 9 }).toBuffer();
}
