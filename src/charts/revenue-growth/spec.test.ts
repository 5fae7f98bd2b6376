import { describe, expect, test } from 'vitest';
import { keyed, labels, rects, type RectMark } from '../../../tests/support/chart-marks';
import { getFact } from '../../facts/registry';
import { buildChart } from '../registry';

const build = (locale: 'en' | 'zh-hans', state?: string) => buildChart('revenue-growth', { locale, state }, 'spec.test.ts');
const bar = (marks: ReturnType<typeof keyed>): RectMark => marks.find((m): m is RectMark => m.type === 'rect') as RectMark;

describe('revenue-growth, reported currencies', () => {
  const spec = build('en');

  test.each(['narrow', 'wide'] as const)('%s layout draws one bar per revenue fact, years in order, part years hatched', (name) => {
    const layout = spec[name];
    const bars = rects(layout);
    expect(bars.map((b) => b.key)).toEqual([
      'zhipu-2022', 'zhipu-2023', 'zhipu-2024', 'zhipu-2025', 'minimax-2023', 'minimax-2024', 'minimax-2025',
    ]);
    expect(bars.filter((b) => b.pattern === 'hatch').map((b) => b.key)).toEqual(['zhipu-2025', 'minimax-2025']);
    expect(new Set(bars.map((b) => b.fill))).toEqual(new Set(['zhipu', 'minimax']));
  });

  test('bar heights are proportional to the facts within each panel', () => {
    const h = (key: string) => bar(keyed(spec.narrow, key)).height;
    expect(h('zhipu-2024') / h('zhipu-2022')).toBeCloseTo(312.4 / 57.4, 3);
    expect(h('minimax-2025') / h('minimax-2023')).toBeCloseTo(53.44 / 3.5, 3);
    // Each panel has its own scale: the tallest bar of each reaches the same height.
    expect(h('zhipu-2024')).toBeCloseTo(h('minimax-2025'), 6);
  });

  test('labels give the values in the panel unit, with the disagreement mark', () => {
    expect(labels(spec.wide)).toEqual(expect.arrayContaining(['57.4', '124.5†', '312.4†', '191†', '3.5', '30.52†', '53.44†', 'H1 2025', '9M 2025']));
    expect(labels(spec.wide)).toEqual(expect.arrayContaining(['RMB million', 'US$ million']));
  });

  test('Chinese labels count in 亿元 for Zhipu and 万美元 for MiniMax', () => {
    const zh = build('zh-hans');
    expect(labels(zh.narrow)).toEqual(expect.arrayContaining(['0.574', '3.124†', '1.91†', '350', '3,052†', '5,344†', '2025H1', '2025前三季', '亿元', '万美元']));
    expect(zh.summary).toContain('智谱营收从2022年的5740万元增至2024年的3.124亿元');
  });

  test('words are drafted from the facts', () => {
    expect(spec.title).toBe('Zhipu’s revenue grew 5.4× from 2022 to 2024; MiniMax’s grew 8.8× in 2024 alone');
    expect(spec.summary).toContain('Zhipu’s revenue rose from RMB 57.4 million in 2022 to RMB 312.4 million in 2024');
    expect(spec.summary).toContain('US$53.44 million in the first nine months of 2025');
    expect(spec.notes).toContain('† Zhipu revenue, H1 2025: RMB 191 million according to Beijing Science and Technology News, Kanjian Finance and NetEase Hao; RMB 190 million according to Bohu Finance.');
  });

  test('the table has a row per fact and the source facts include the assumed rate', () => {
    expect(spec.table.rows).toHaveLength(7);
    expect(spec.table.rows[0]).toEqual(['Zhipu', '2022', 'RMB 57.4 million', 'RMB 57.4 million']);
    expect(spec.table.rows[4]).toEqual(['MiniMax', '2023', 'US$3.5 million', 'about RMB 24.9 million']);
    expect(spec.factIds).toEqual(expect.arrayContaining(['zhipu.revenue.h1-2025', 'minimax.revenue.9m-2025', 'fx.usd-rmb']));
    expect(getFact('fx.usd-rmb').assumption).toBe(true);
  });
});

describe('revenue-growth, common currency', () => {
  const spec = build('en', 'common');

  test('both panels share one renminbi scale', () => {
    const h = (key: string) => bar(keyed(spec.wide, key)).height;
    expect(h('zhipu-2024') / h('minimax-2024')).toBeCloseTo(312.4 / (30.52 * 7.1), 3);
  });

  test('converted values are marked as approximate and the rate is noted as our assumption', () => {
    expect(labels(spec.wide)).toEqual(expect.arrayContaining(['≈24.9', '≈217', '≈379', '312.4†']));
    expect(spec.notes.at(-1)).toMatch(/our conversion at an assumed RMB 7\.1 per US dollar/u);
    expect(spec.title).toBe('In renminbi, Zhipu out-earned MiniMax in 2024: RMB 312.4 million against about RMB 217 million');
  });
});
