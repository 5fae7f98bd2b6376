import { describe, expect, test } from 'vitest';
import { marksOf, textsOf } from '../kit/marks';
import { buildChart } from '../registry';
import { build, states } from './spec';

const revenue = ['minimax.revenue.2024', 'zhipu.revenue-usd.2024', 'global.manus.arr', 'global.openai.revenue.2024', 'global.anthropic.arr.end-2025', 'global.openai.revenue.2025'];
const capex = ['global.meta.capex.2025', 'global.microsoft.capex.9m-2025', 'global.google.capex.2025', 'global.amazon.capex.2025'];

describe('global-gap', () => {
  test.each(['narrow', 'wide'] as const)('%s: single figures as points, ranges as spans, in order, on one log scale', (layoutName) => {
    const layout = build({ locale: 'en' })[layoutName];
    const pointKeys = marksOf(layout, 'point').map((p) => p.key);
    expect(pointKeys).toEqual([...revenue, 'global.microsoft.capex.9m-2025', 'global.amazon.capex.2025']);
    const spans = marksOf(layout, 'rect');
    expect(spans.map((r) => r.key)).toEqual(['global.meta.capex.2025', 'global.google.capex.2025']);
    const x = (key: string) => marksOf(layout, 'point').find((p) => p.key === key)?.x ?? Number.NaN;
    const decade = (x('global.openai.revenue.2024') - x('zhipu.revenue-usd.2024')) / Math.log10(3.7e9 / 45e6);
    const google = spans[1];
    expect(google?.width ?? 0).toBeCloseTo(decade * Math.log10(93 / 91), 6);
    expect(x('global.amazon.capex.2025') - x('global.microsoft.capex.9m-2025')).toBeCloseTo(decade * Math.log10(125 / 80.5), 6);
  });

  test('labels carry values, hedges, ranges and the disagreement mark', () => {
    const en = build({ locale: 'en' }).narrow;
    const label = (key: string) => textsOf(en, key).at(-1);
    expect(label('minimax.revenue.2024')).toBe('about US$30.52 million†');
    expect(label('global.manus.arr')).toBe('more than US$100 million');
    expect(label('global.google.capex.2025')).toBe('US$91 billion to US$93 billion');
    const zh = build({ locale: 'zh-hans' }).narrow;
    expect(textsOf(zh, 'global.openai.revenue.2024').at(-1)).toBe('约37亿美元');
    expect(textsOf(zh, 'global.meta.capex.2025').at(-1)).toBe('700亿美元至720亿美元');
  });

  test('Anthropic\'s 2025 figure is labelled neither ARR nor yearly revenue, since S4 can be read as either', () => {
    const en = build({ locale: 'en' });
    const row = en.table.rows.find((r) => r[0]?.startsWith('Anthropic'));
    expect(row?.[0]).toBe('Anthropic: revenue or ARR, 2025 (expected)');
    expect(textsOf(build({ locale: 'zh-hans' }).wide, 'global.anthropic.arr.end-2025')).toContain('2025年营收或年化营收（预计）');
    expect(en.summary).toContain('Anthropic’s revenue (annualised or full-year: the article is unclear)');
    expect(build({ locale: 'zh-hans' }).summary).toContain('Anthropic营收（年化或全年口径不明）');
  });

  test('the gap is computed, labelled in words and stated in the title', () => {
    const en = build({ locale: 'en' });
    expect(textsOf(en.wide, 'gap')).toEqual(['OpenAI’s 2024 revenue: 82× Zhipu’s']);
    expect(en.title).toBe('In 2024 OpenAI took in 82× Zhipu’s revenue and 121× MiniMax’s; US giants’ spending dwarfs them all');
    expect(en.notes.join(' ')).toMatch(/A NetEase Hao article describes the gap .* as more than 100×/u);
    expect(en.notes.join(' ')).toMatch(/† MiniMax revenue/u);
    for (const figure of ['about US$45 million', 'US$125 billion', 'US$80.5 billion']) expect(en.summary).toContain(figure);
    expect(en.table.rows).toHaveLength(revenue.length + capex.length);
  });

  test('each state has a headline for its group', () => {
    expect(build({ locale: 'en', state: 'revenue' }).title).toBe('In 2024 OpenAI took in 82× Zhipu’s revenue and 121× MiniMax’s');
    expect(build({ locale: 'en', state: 'capex' }).title).toBe('US giants’ 2025 capital spending dwarfs every revenue figure; Amazon alone guided US$125 billion');
    expect(build({ locale: 'zh-hans', state: 'capex' }).title).toBe('美国巨头的资本开支远超以上所有收入：仅亚马逊2025年就达1250亿美元');
  });

  test('states dim the other group', () => {
    const dimmed = (state: string) => new Set(build({ locale: 'en', state }).wide.marks.filter((m) => m.dimmed).map((m) => m.key));
    expect(dimmed('all').size).toBe(0);
    expect([...dimmed('revenue')].sort()).toEqual([...capex, 'group-capex'].sort());
    expect([...dimmed('capex')].sort()).toEqual([...revenue, 'gap', 'group-revenue'].sort());
  });

  test.each(['en', 'zh-hans', 'zh-hant'] as const)('%s: every state passes the frame checks', (locale) => {
    for (const state of [undefined, ...states]) expect(() => buildChart('global-gap', { locale, state })).not.toThrow();
  });
});
