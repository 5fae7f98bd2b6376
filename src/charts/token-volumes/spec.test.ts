import { describe, expect, test } from 'vitest';
import { getFact } from '../../facts/registry';
import { marksOf, textsOf } from '../kit/marks';
import { buildChart } from '../registry';
import { build } from './spec';

const drawn = ['global.openai.api-tokens-per-day', 'zhipu.daily-tokens', 'minimax.m2-openrouter-tokens', 'minimax.open-platform-tokens'] as const;

describe('token-volumes', () => {
  test.each(['narrow', 'wide'] as const)('%s: one point per figure, in order, on a log scale', (layoutName) => {
    const layout = build({ locale: 'en' })[layoutName];
    const points = marksOf(layout, 'point');
    expect(points.map((p) => p.key)).toEqual([...drawn]);
    const [openai, zhipu, m2, platform] = points.map((p) => p.x) as [number, number, number, number];
    const perDecade = (openai - zhipu) / Math.log10(8.64 / 4.2);
    expect(m2 - platform).toBeCloseTo(perDecade * Math.log10(50), 6);
    expect(points.map((p) => p.shape)).toEqual(['square', 'circle', 'diamond', 'diamond']);
  });

  test('lower bounds carry an arrow; exact figures do not', () => {
    const layout = build({ locale: 'en' }).wide;
    const arrows = (key: string) => marksOf(layout, 'line').filter((m) => m.key === key && m.dash === '3 2').length;
    expect(drawn.map(arrows)).toEqual([0, 0, 1, 1]);
  });

  test('value labels are written out with their hedges in each edition', () => {
    const en = build({ locale: 'en' }).narrow;
    expect(drawn.map((key) => textsOf(en, key).at(-1))).toEqual(['8.64 trillion', '4.2 trillion', 'more than 50 billion', 'more than 1 billion']);
    const zh = build({ locale: 'zh-hans' }).narrow;
    expect(drawn.map((key) => textsOf(zh, key).at(-1))).toEqual(['8.64万亿', '4.2万亿', '超500亿', '超10亿']);
    expect(textsOf(en)).toEqual(expect.arrayContaining(['1B', '10B', '100B', '1T', '10T']));
  });

  test('title, summary, notes and table come from the facts', () => {
    const en = build({ locale: 'en' });
    expect(en.title).toContain('2×');
    for (const figure of ['8.64 trillion', '6 billion', '4.2 trillion', 'more than 50 billion', 'more than 1 billion']) expect(en.summary).toContain(figure);
    expect(en.notes.join(' ')).toMatch(/lower bounds/u);
    expect(en.notes.join(' ')).toMatch(/Log scale/u);
    expect(en.table.rows).toHaveLength(4);
    expect(en.table.rows[1]).toEqual(['Zhipu: all use, per its prospectus', '4.2 trillion']);
    expect(en.table.rows[2]).toEqual(['MiniMax-M2: one model on OpenRouter, by late 2025', 'more than 50 billion']);
    expect(en.factIds).toEqual(expect.arrayContaining([...drawn, 'global.openai.api-tokens-per-minute']));
    expect(build({ locale: 'zh-hans' }).title).toContain('仅为智谱的2倍');
  });

  test('the 50 billion a day is not tied to the first week: S4 says "發布首周" of the top-three ranking only', () => {
    for (const locale of ['en', 'zh-hans'] as const) expect(build({ locale }).summary).not.toMatch(/first week|首周/u);
    expect(getFact('minimax.m2-openrouter-tokens').period).toBe('after release, by late 2025 (not dated more closely)');
    expect(getFact('minimax.m2-openrouter-rank').period).toBe('first week after release');
  });

  test.each(['en', 'zh-hans', 'zh-hant'] as const)('%s passes the frame checks', (locale) => {
    expect(() => buildChart('token-volumes', { locale })).not.toThrow();
  });
});
