import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { assertCardFonts, cardPng, cardSvg, missingFamilies, type CardText } from './og-card';

const text: CardText = {
  kicker: 'Chapter 3 of 5',
  title: 'Growth bought with losses',
  summary: 'Revenue climbed fast at Zhipu & MiniMax, but losses <and> research bills climbed faster.',
  site: 'Two Ways to Live',
  locale: 'en',
};

function tspans(svg: string, size: string): string[] {
  const { document } = parseHTML(svg);
  return [...document.querySelectorAll(`text[font-size="${size}"] tspan`)].map((span) => span.textContent ?? '');
}

describe('the chapter card', () => {
  test('draws the kicker, the title and the summary as escaped SVG text', () => {
    const svg = cardSvg(text);
    expect(svg).toContain('CHAPTER 3 OF 5');
    expect(tspans(svg, '68')).toEqual(['Growth bought with losses']);
    expect(svg).toContain('Zhipu &amp; MiniMax, but losses &lt;and&gt;');
  });

  test('wraps a long title to three lines at most, the last one ending in an ellipsis', () => {
    const title = 'A very long chapter title that keeps going well past the width of the card and then on again';
    const lines = tspans(cardSvg({ ...text, title }), '68');
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(lines.join(' ').startsWith('A very long chapter title')).toBe(true);
  });

  test('is a 1200x630 PNG under 150 KB', async () => {
    const png = await cardPng(text);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(150_000);
  });
});

describe('the Chinese cards', () => {
  const chinese: CardText = { kicker: '第3章，共5章', title: '用亏损换来的增长', summary: '营收涨得快，亏损和研发开支涨得更快。', site: '两种活法', locale: 'zh-hans' };

  test('name the CJK face of their edition first, ahead of any Latin-only font', () => {
    expect(cardSvg(chinese)).toContain(`font-family="'Noto Serif CJK SC', 'Liberation Serif'`);
    expect(cardSvg({ ...chinese, locale: 'zh-hant' })).toContain(`font-family="'Noto Serif CJK HK', 'Liberation Serif'`);
    expect(cardSvg(text)).not.toContain('CJK');
  });

  test('fail the build naming the package when fontconfig lacks a CJK face', () => {
    expect(missingFamilies(['Noto Serif CJK SC', 'Noto Sans CJK HK'])).toEqual([]);
    expect(missingFamilies(['Noto Serif CJK SC', 'No Such Face CJK'])).toEqual(['No Such Face CJK']);
    expect(() => assertCardFonts('zh-hant')).not.toThrow();
  });

  test('is a PNG under 150 KB in each Chinese edition', async () => {
    for (const locale of ['zh-hans', 'zh-hant'] as const) {
      const png = await cardPng({ ...chinese, locale });
      expect(png.length).toBeLessThan(150_000);
    }
  });
});
