import { describe, expect, test } from 'vitest';
import { decadeDomain, decadeTicks, logScale } from './log-axis';

describe('log axis', () => {
  test('the domain widens to whole powers of ten', () => {
    expect(decadeDomain(1e9, 8.64e12)).toEqual([1e9, 1e13]);
    expect(decadeDomain(3.05e7, 1.25e11)).toEqual([1e7, 1e12]);
  });

  test('ticks are the powers of ten inside the domain', () => {
    expect(decadeTicks([1e9, 1e13])).toEqual([1e9, 1e10, 1e11, 1e12, 1e13]);
  });

  test('equal ratios are equal distances', () => {
    const x = logScale([1e9, 1e13], [0, 400]);
    expect(x(1e10) - x(1e9)).toBeCloseTo(x(1e13) - x(1e12), 9);
    expect(() => decadeDomain(0, 10)).toThrow(/positive/u);
  });
});
