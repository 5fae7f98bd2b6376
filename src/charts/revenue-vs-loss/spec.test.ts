import { describe, expect, test } from 'vitest';
import { labels, rects } from '../../../tests/support/chart-marks';
import { buildChart } from '../registry';

const build = (locale: 'en' | 'zh-hans') => buildChart('revenue-vs-loss', { locale }, 'spec.test.ts');

describe('revenue-vs-loss', () => {
  const spec = build('en');

  test.each(['narrow', 'wide'] as const)('%s layout draws revenue up and loss down for each period', (name) => {
    const bars = rects(spec[name]);
    const revenue = bars.filter((b) => b.fill !== 'neutral');
    const losses = bars.filter((b) => b.fill === 'neutral');
    expect(revenue).toHaveLength(7);
    expect(losses).toHaveLength(8);
    for (const loss of losses) {
      const up = revenue.find((r) => r.key === loss.key);
      if (up) expect(up.y + up.height).toBeLessThan(loss.y);
    }
  });

  test('revenue and loss share one scale per panel', () => {
    const bar = (key: string, loss: boolean) => rects(spec.narrow).find((b) => b.key === key && (b.fill === 'neutral') === loss);
    expect((bar('zhipu-2024', true)?.height ?? 0) / (bar('zhipu-2024', false)?.height ?? 1)).toBeCloseTo(2958 / 312.4, 3);
    expect((bar('minimax-2023', true)?.height ?? 0) / (bar('minimax-2023', false)?.height ?? 1)).toBeCloseTo(269 / 3.5, 3);
  });

  test('labels give values and the loss as a multiple of revenue', () => {
    expect(labels(spec.wide)).toEqual(expect.arrayContaining(['2,958', '2,358†', '312.4†', '9.5×', '12×', '77×', '15×', '9.6×', '73.7', '–']));
    expect(labels(build('zh-hans').wide)).toEqual(expect.arrayContaining(['29.58', '9.5倍', '46,500', '亿元', '万美元']));
  });

  test('words, notes and table', () => {
    expect(spec.title).toBe('Both lose many times what they earn: in 2024 Zhipu’s net loss was 9.5× its revenue, MiniMax’s 15×');
    expect(spec.notes).toContain('† Zhipu net loss, H1 2025: RMB 2.358 billion according to Bohu Finance; RMB 2.351 billion according to Kanjian Finance.');
    expect(spec.table.rows).toHaveLength(8);
    expect(spec.table.rows[2]).toEqual(['Zhipu', '2024', 'RMB 312.4 million', 'RMB 2.958 billion', '9.5×']);
    expect(spec.table.rows[4]).toEqual(['MiniMax', '2022', 'no revenue figure', 'US$73.7 million', '–']);
    expect(spec.summary).toContain('Zhipu, 2024: revenue RMB 312.4 million, net loss RMB 2.958 billion (9.5× revenue).');
  });
});
