/**
 * A chart as a file of its own: one layout with its headline, subtitle, key, notes, source line and our
 * credit, all inside one SVG that any browser or design tool opens without the site. Colours are literal
 * (the light theme) and fonts are the system's sans, so nothing outside the file is needed.
 */
import { lightPalette, literalPaint } from '../frame/export-paint';
import { element, escapeXml, layoutMarkup, swatchMarkup } from '../frame/svg-markup';
import { num } from '../frame/svg-marks';
import { estimateTextWidth, wrapText } from '../frame/text-width';
import type { ChartSpec } from '../types';
import type { ExportLayout } from './paths';

export interface ExportWords {
  /** BCP 47 tag of the edition. */
  lang: string;
  /** "Sources: Beijing Science and Technology News (S1), …" */
  sourceLine: string;
  /** "Chart: Two Ways to Live · https://…" */
  credit: string;
}

/** The chart's own text stack (chart.css), ending in the generic family so any system has a match. */
const fontFamily = 'Helvetica Neue, Helvetica, Arial, Liberation Sans, Roboto, PingFang SC, Hiragino Sans GB, Noto Sans CJK SC, Microsoft YaHei, sans-serif';
const pad = 16;
const swatch = { width: 18, height: 14, gap: 6, spacing: 18 };

interface TextBlock {
  lines: string[];
  size: number;
  lineHeight: number;
  bold?: boolean;
  fill: string;
}

function block(text: string, width: number, size: number, lineHeight: number, fill: string, bold = false): TextBlock {
  return { lines: wrapText(text, width, size, bold ? 'bold' : 'normal'), size, lineHeight, fill, bold };
}

export function standaloneSvg(spec: ChartSpec, layoutName: ExportLayout, words: ExportWords): string {
  const layout = spec[layoutName];
  // Narrow layouts carry their own margins (they run to a phone's edges); wide ones sit in a column.
  const plotInset = layoutName === 'narrow' ? 0 : pad;
  const width = layout.width + 2 * plotInset;
  const inner = width - 2 * pad;
  const parts: string[] = [];
  let y = pad;

  const writeBlock = ({ lines, size, lineHeight, bold, fill }: TextBlock) => {
    for (const line of lines) {
      parts.push(element('text', { x: pad, y: num(y + size), 'font-size': size, 'font-weight': bold ? 700 : undefined, fill }, escapeXml(line)));
      y += lineHeight;
    }
  };

  writeBlock(block(spec.title, inner, layoutName === 'narrow' ? 19 : 22, layoutName === 'narrow' ? 25 : 29, lightPalette.ink, true));
  y += 2;
  writeBlock(block(spec.subtitle, inner, 14, 20, lightPalette['ink-soft']));

  if (spec.legend.length > 0) {
    y += 8;
    let x = pad;
    spec.legend.forEach((item, index) => {
      const itemWidth = swatch.width + swatch.gap + estimateTextWidth(item.label, 13);
      if (x > pad && x + itemWidth > width - pad) {
        x = pad;
        y += 22;
      }
      const sample = swatchMarkup(item, `${spec.id}-${layoutName}-key${index}`, literalPaint);
      parts.push(element('g', { transform: `translate(${num(x)},${num(y + 2)})` }, sample));
      parts.push(element('text', { x: num(x + swatch.width + swatch.gap), y: num(y + 14), 'font-size': 13, fill: lightPalette.ink }, escapeXml(item.label)));
      x += itemWidth + swatch.spacing;
    });
    y += 22;
  }

  y += 10;
  parts.push(element('g', { transform: `translate(${plotInset},${num(y)})` }, layoutMarkup(layout, `${spec.id}-${layoutName}`, literalPaint)));
  y += layout.height + 14;

  for (const note of spec.notes) writeBlock(block(note, inner, 12, 17, lightPalette['ink-soft']));
  if (spec.notes.length > 0) y += 6;
  writeBlock(block(words.sourceLine, inner, 12, 17, lightPalette['ink-soft']));
  writeBlock(block(words.credit, inner, 12, 17, lightPalette['ink-soft']));
  const height = y + pad;

  const titleId = `${spec.id}-${layoutName}-title`;
  const descId = `${spec.id}-${layoutName}-desc`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      lang: words.lang,
      width,
      height: num(height),
      viewBox: `0 0 ${width} ${num(height)}`,
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      'font-family': fontFamily,
    },
    element('title', { id: titleId }, escapeXml(spec.title)) +
      element('desc', { id: descId }, escapeXml(spec.summary)) +
      element('rect', { width, height: num(height), fill: lightPalette.paper }) +
      parts.join(''),
  )}\n`;
}
