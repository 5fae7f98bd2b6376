import { describe, expect, test } from 'vitest';
import { labels, points, texts } from '../../../tests/support/chart-marks';
import { buildChart } from '../registry';
import { decimalYear } from './events';

const build = (locale: 'en' | 'zh-hans') => buildChart('origins-timeline', { locale }, 'spec.test.ts');

describe('origins-timeline', () => {
  const spec = build('en');

  test('decimalYear places dates at the precision they were stated', () => {
    expect(decimalYear('2019', '2019')).toBe(2019.5);
    expect(decimalYear('2023', 'early 2023')).toBeCloseTo(2023.15);
    expect(decimalYear('2022-08', 'August 2022')).toBeCloseTo(2022 + 7.5 / 12);
    expect(decimalYear('2026-01-08', '8 January 2026')).toBeCloseTo(2026 + 7.5 / 365);
  });

  test.each(['narrow', 'wide'] as const)('%s layout draws every milestone once, with a shape per lane', (name) => {
    const marks = points(spec[name]);
    expect(marks).toHaveLength(10);
    const byShape = (shape: string) => marks.filter((p) => p.shape === shape).map((p) => p.key);
    expect(byShape('circle')).toHaveLength(5);
    expect(byShape('square')).toHaveLength(3);
    expect(byShape('diamond')).toEqual(['industry-industry.chatgpt-4-release', 'industry-industry.deepseek-moment']);
  });

  test('time runs down the page on phones and left to right on wide screens', () => {
    const order = (name: 'narrow' | 'wide', axis: 'x' | 'y') =>
      points(spec[name])
        .filter((p) => p.shape === 'circle')
        .map((p) => p[axis]);
    const ascending = (values: number[]) => values.every((v, i) => i === 0 || v > (values[i - 1] ?? 0));
    expect(ascending(order('narrow', 'y'))).toBe(true);
    expect(ascending(order('wide', 'x'))).toBe(true);
  });

  test.each(['en', 'zh-hans'] as const)('%s, phones: every label sits level with its own marker, and time still runs down in order', (locale) => {
    const narrow = build(locale).narrow;
    const markers = points(narrow);
    // A disputed date draws two markers under one key: pair them with that key's date lines in order.
    for (const key of new Set(markers.map((m) => m.key))) {
      const levels = markers.filter((m) => m.key === key).map((m) => m.y);
      const dateLines = texts(narrow).filter((m) => m.key === key && m.weight === 'bold').map((m) => m.y + 12 / 2);
      expect(dateLines, key).toHaveLength(levels.length);
      dateLines.forEach((middle, index) => expect(middle, key).toBeCloseTo(levels[index] ?? NaN, 0));
    }
    const byTime = [...markers].sort((a, b) => a.y - b.y).map((p) => p.key);
    expect(byTime.indexOf('minimax-minimax.founded')).toBeLessThan(byTime.indexOf('zhipu-zhipu.hundred-billion-model'));
  });

  test('the disputed founding date is drawn hollow, before the preferred one, and MiniMax lists just after Zhipu', () => {
    const minimax = points(spec.wide).filter((p) => p.shape === 'square');
    const [alternative, founded, listed] = minimax;
    expect(alternative?.fill).toBe('paper');
    expect(founded?.fill).toBe('minimax');
    expect(alternative?.x ?? 0).toBeLessThan(founded?.x ?? 0);
    const zhipuListed = points(spec.wide).find((p) => p.key === 'zhipu-zhipu.listing-date');
    expect(listed?.x ?? 0).toBeGreaterThanOrEqual(zhipuListed?.x ?? Infinity);
  });

  test('labels carry dates worded for the page language', () => {
    expect(labels(spec.narrow)).toEqual(expect.arrayContaining(['2016', 'August 2022', '8 January 2026', 'November 2021†', '2022†', 'early 2025']));
    const zh = build('zh-hans');
    expect(labels(zh.narrow)).toEqual(expect.arrayContaining(['2022年8月', '2026年1月8日', '2021年11月†', '2023年初']));
    expect(zh.title).toBe('智谱比MiniMax早起步2至3年，两家却在几天之内先后登陆港交所');
  });

  test('words, notes, table and sources follow the facts', () => {
    expect(spec.title).toBe('Zhipu had a head start of 2 to 3 years on MiniMax, yet the two listed in Hong Kong days apart');
    expect(spec.summary).toMatch(/^2016: Tsinghua’s KEG lab launches AMiner\. /u);
    expect(spec.summary).toContain('August 2022: One of China’s first 100-billion-parameter models.');
    expect(spec.notes[0]).toBe('† MiniMax founded, 2022: 2022 according to Bohu Finance and Kanjian Finance; November 2021 according to Kanjian Finance.');
    expect(spec.table.rows).toHaveLength(10);
    expect(spec.table.rows[0]).toEqual(['2016', 'Zhipu', 'Tsinghua’s KEG lab launches AMiner']);
    expect(spec.factIds).toEqual(expect.arrayContaining(['zhipu.listing-date', 'minimax.listing-date', 'minimax.listing-window', 'industry.deepseek-moment']));
  });
});
