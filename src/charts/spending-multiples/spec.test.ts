import { describe, expect, test } from 'vitest';
import { labels, rects } from '../../../tests/support/chart-marks';
import { buildChart } from '../registry';

const build = (locale: 'en' | 'zh-hans') => buildChart('spending-multiples', { locale }, 'spec.test.ts');

describe('spending-multiples', () => {
  const spec = build('en');

  test.each(['narrow', 'wide'] as const)('%s layout draws the multiples against revenue and the compute shares', (name) => {
    const bars = rects(spec[name]).filter((b) => b.key);
    const width = (key: string) => bars.filter((b) => b.key === key && b.pattern !== 'dots').reduce((sum, b) => sum + b.width, 0);
    expect(width('zhipu-rnd') / width('revenue')).toBeCloseTo(7, 6);
    expect(width('minimax-rnd') / width('revenue')).toBeCloseTo(6, 6);
    expect(width('minimax-marketing') / width('revenue')).toBeCloseTo(2.85, 6);
    const range = bars.find((b) => b.key === 'zhipu-compute' && b.pattern === 'dots');
    expect((range?.width ?? 0) / width('zhipu-compute')).toBeCloseTo(10 / 70, 6);
  });

  test('labels keep the hedges, in English and Chinese', () => {
    expect(labels(spec.wide)).toEqual(expect.arrayContaining(['7×', 'nearly 6×', '285% (2.85×)', 'more than 70%†', 'revenue = 1×']));
    expect(labels(build('zh-hans').wide)).toEqual(expect.arrayContaining(['7倍', '近6倍', '285%（2.85倍）', '超70%†']));
  });

  test('the stated 7× is checked against R&D and revenue', () => {
    expect(spec.notes).toContain('Our check: Zhipu’s R&D of RMB 2.195 billion ÷ revenue of RMB 312.4 million = 7.03×, consistent with the 7× the source states.');
    expect(spec.table.rows).toContainEqual(['Zhipu R&D (our check)', '7.03×', '2024']);
    expect(spec.title).toBe('Zhipu spent 7× its revenue on R&D in 2024 and MiniMax nearly 6×; MiniMax’s marketing alone cost 285% of revenue');
    expect(spec.factIds).toEqual(expect.arrayContaining(['zhipu.rnd.2024', 'zhipu.revenue.2024', 'minimax.marketing-share.2024']));
  });
});
