/**
 * Derived figures against numbers worked out by hand from the seeds' own sentences, not against the
 * module's formulas. The quotes, verbatim (conversion artefacts included):
 * - 000_782df8b27d5ad9c6.txt, "分別實現(xiàn)營收5740萬元、1.245億元、3.124億元": Zhipu revenue 2023 RMB 124.5 m,
 *   2024 RMB 312.4 m.
 * - 000_782df8b27d5ad9c6.txt, "研發(fā)投入高達21.95億元,是當(dāng)年營收的7倍": Zhipu R&D 2024 RMB 2,195 m.
 * - 000_782df8b27d5ad9c6.txt, "凈虧損分別為1.44億元、7.88億元、29.58億元": Zhipu net loss 2024 RMB 2,958 m.
 * - 003_4ba4f3a6b780e9f1.txt, "MiniMax去年收入約為3052萬美元": MiniMax revenue 2024 about US$30.52 m.
 * - Our assumed rate (src/facts/assumptions.ts): 7.1 RMB per US dollar.
 */
import { describe, expect, test } from 'vitest';
import { convert, exchangeRate, growth, multiple, share } from './derived';
import { getFact } from './registry';

describe('derived figures', () => {
  test('growth is the percent change between two stated figures', () => {
    // (312.4 − 124.5) ÷ 124.5 = 187.9 ÷ 124.5 = 1.5092 → 150.92 %
    const g = growth('zhipu.revenue.2023', 'zhipu.revenue.2024');
    expect(g.value).toBeCloseTo(150.92, 2);
    expect(g.unit).toEqual({ kind: 'percent' });
    expect(g.inputs).toEqual(['zhipu.revenue.2023', 'zhipu.revenue.2024']);
  });

  test('conversion uses the assumed rate and lists it as an input', () => {
    // US$30.52 m × 7.1 = RMB 216.692 m
    const c = convert('minimax.revenue.2024', 'RMB');
    expect(c.value).toBeCloseTo(216.692, 3);
    expect(c.unit).toEqual({ kind: 'money', currency: 'RMB', scale: 'million' });
    expect(c.inputs).toEqual(['minimax.revenue.2024', 'fx.usd-rmb']);
    expect(c.approximate).toBe(true);
  });

  test('the inverse rate is used when only the opposite direction is assumed', () => {
    // 1 ÷ 7.1 = 0.140845 US dollars per yuan
    expect(exchangeRate('RMB', 'USD')).toEqual({ rate: expect.closeTo(0.140845, 6), inputs: ['fx.usd-rmb'] });
  });

  test('multiples set figures stated in different scales against each other', () => {
    // 21.95億 ÷ 3.124億 = 2,195 ÷ 312.4 = 7.03 (the seed's own "7倍")
    expect(multiple('zhipu.rnd.2024', 'zhipu.revenue.2024').value).toBeCloseTo(7.03, 2);
    // 29.58億 ÷ 3.124億 = 2,958 ÷ 312.4 = 9.47: the 2024 loss was 9.47 times the revenue
    const lossOverRevenue = multiple('zhipu.net-loss.2024', 'zhipu.revenue.2024');
    expect(lossOverRevenue.value).toBeCloseTo(9.47, 2);
    expect(lossOverRevenue.approximate).toBe(false);
  });

  test('multiples across currencies convert at the assumed rate and say so', () => {
    // RMB 312.4 m ÷ (US$30.52 m × 7.1 = RMB 216.692 m) = 1.44
    const m = multiple('zhipu.revenue.2024', 'minimax.revenue.2024');
    expect(m.value).toBeCloseTo(1.44, 2);
    expect(m.inputs).toEqual(['zhipu.revenue.2024', 'minimax.revenue.2024', 'fx.usd-rmb']);
    expect(m.approximate).toBe(true);
  });

  test('share is a multiple in percent', () => {
    // 124.5 ÷ 312.4 = 0.3985 → 39.85 %
    const s = share('zhipu.revenue.2023', 'zhipu.revenue.2024');
    expect(s.value).toBeCloseTo(39.85, 2);
    expect(s.unit).toEqual({ kind: 'percent' });
  });

  test('a share of a total given as "more than" can only be smaller: it reads "up to"', () => {
    expect(getFact('minimax.cumulative-users').qualifier).toBe('over');
    expect(share('minimax.payers', 'minimax.cumulative-users').qualifier).toBe('up-to');
    expect(multiple('minimax.payers', 'minimax.cumulative-users').qualifier).toBe('up-to');
  });

  test('a lower bound above the line stays a lower bound; bounds pulling both ways leave "about"', () => {
    expect(multiple('minimax.cumulative-users', 'minimax.payers').qualifier).toBe('over');
    expect(multiple('minimax.cumulative-users', 'minimax.cumulative-users').qualifier).toBe('about');
  });

  test('exact inputs give an unhedged figure; conversions and other hedges give "about"', () => {
    expect(share('zhipu.revenue.2023', 'zhipu.revenue.2024').qualifier).toBeUndefined();
    expect(growth('zhipu.revenue.2023', 'zhipu.revenue.2024').qualifier).toBeUndefined();
    expect(multiple('zhipu.rnd.2024', 'zhipu.revenue.2024').qualifier).toBeUndefined();
    expect(convert('minimax.revenue.2024', 'RMB').qualifier).toBe('about');
  });

  test('growth and multiples between facts whose growth a seed states use the stated figure', () => {
    const g = growth('minimax.revenue.2023', 'minimax.revenue.2024');
    expect(g.value).toBe(782.2);
    expect(g.inputs).toEqual(['minimax.revenue-growth.2024', 'minimax.revenue.2023', 'minimax.revenue.2024']);
    expect(multiple('minimax.revenue.2024', 'minimax.revenue.2023').value).toBeCloseTo(8.822, 9);
    expect(share('minimax.revenue.2024', 'minimax.revenue.2023').value).toBeCloseTo(882.2, 9);
  });

  test('the growth computed from the rounded revenues is kept as a disagreeing reading', () => {
    const stated = getFact('minimax.revenue-growth.2024');
    const computed = stated.alternatives?.find((reading) => reading.computed);
    expect(computed?.value).toBe(771.4);
    expect(((30.5 - 3.5) / 3.5) * 100).toBeCloseTo(771.43, 2);
  });

  test('growth across currencies is refused with a message naming both facts', () => {
    expect(() => growth('zhipu.revenue.2024', 'minimax.revenue.2024')).toThrow(/"zhipu\.revenue\.2024" is in RMB but "minimax\.revenue\.2024" is in USD/u);
  });

  test('a text fact cannot feed arithmetic', () => {
    expect(() => convert('minimax.backers', 'RMB')).toThrow(/minimax\.backers/u);
  });
});
