import { describe, expect, test } from 'vitest';
import { convert, exchangeRate, growth, multiple, share } from './derived';
import { getFact } from './registry';

const num = (id: Parameters<typeof getFact>[0]) => getFact(id).value as number;

describe('derived figures', () => {
  test('growth is the percent change between two stated figures', () => {
    const g = growth('zhipu.revenue.2023', 'zhipu.revenue.2024');
    expect(g.value).toBeCloseTo(((num('zhipu.revenue.2024') - num('zhipu.revenue.2023')) / num('zhipu.revenue.2023')) * 100, 9);
    expect(g.inputs).toEqual(['zhipu.revenue.2023', 'zhipu.revenue.2024']);
  });

  test('conversion uses the assumed rate and lists it as an input', () => {
    const c = convert('minimax.revenue.2024', 'RMB');
    expect(c.value).toBeCloseTo(num('minimax.revenue.2024') * num('fx.usd-rmb'), 9);
    expect(c.inputs).toContain('fx.usd-rmb');
    expect(c.approximate).toBe(true);
  });

  test('the inverse rate is used when only the opposite direction is assumed', () => {
    expect(exchangeRate('RMB', 'USD').rate).toBeCloseTo(1 / num('fx.usd-rmb'), 12);
  });

  test('multiples convert currencies so RMB R&D can be set against RMB revenue', () => {
    const m = multiple('zhipu.rnd.2024', 'zhipu.revenue.2024');
    expect(m.value).toBeCloseTo((num('zhipu.rnd.2024') * 1e9) / (num('zhipu.revenue.2024') * 1e6), 9);
  });

  test('share is a multiple in percent', () => {
    expect(share('zhipu.revenue.2023', 'zhipu.revenue.2024').value).toBeCloseTo(
      (num('zhipu.revenue.2023') / num('zhipu.revenue.2024')) * 100,
      9,
    );
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
