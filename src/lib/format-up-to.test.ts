/** "Up to" in Chinese: 最高 for a ceiling on money, 以内 after a span of time, 不超过 before anything else. */
import { describe, expect, test } from 'vitest';
import { getFact } from '../facts/registry';
import { formatValue, qualify } from './format';
import type { Unit } from '../facts/types';

const days: Unit = { kind: 'days' };
const years: Unit = { kind: 'count', counted: 'years', scale: 'one' };
const money: Unit = { kind: 'money', currency: 'RMB', scale: 'million' };
const percent: Unit = { kind: 'percent' };

describe('up to, in Chinese', () => {
  test('a span of time takes 以内 after it, never 最高 before it', () => {
    expect(formatValue(2, days, 'zh-hans', 'up-to')).toBe('2天以内');
    expect(formatValue(3, years, 'zh-hans', 'up-to')).toBe('3以内');
    expect(formatValue(2, days, 'zh-hant', 'up-to')).toBe('2天以內');
  });

  test('money keeps 最高, the register of a ceiling on an amount', () => {
    expect(formatValue(300, money, 'zh-hans', 'up-to')).toBe('最高3亿元');
    expect(formatValue(300, money, 'zh-hant', 'up-to')).toBe('最高3億元');
  });

  test('a share or any other figure takes 不超过', () => {
    expect(formatValue(4.8, percent, 'zh-hans', 'up-to')).toBe('不超过4.8%');
    expect(formatValue(4.8, percent, 'zh-hant', 'up-to')).toBe('不超過4.8%');
  });

  test('English still says "up to", and other hedges are unchanged', () => {
    expect(formatValue(2, days, 'en', 'up-to', undefined, { prose: true })).toBe('up to two days');
    expect(formatValue(2, days, 'zh-hans', 'about')).toBe('约2天');
    expect(qualify('2天', 'up-to', 'zh-hans')).toBe('不超过2天');
  });

  test('the listing window, as the chapters print it', () => {
    const window = getFact('minimax.listing-window');
    expect(formatValue(window.value, window.unit, 'zh-hans', window.qualifier)).toBe('2天以内');
  });
});

describe('a range that is a floor, in Chinese', () => {
  test('reads 至少 before the range, not 超 (超2至3年 does not parse)', () => {
    expect(formatValue({ low: 2, high: 3 }, years, 'zh-hans', 'over')).toBe('至少2至3');
    expect(formatValue({ low: 2, high: 3 }, years, 'zh-hant', 'over')).toBe('至少2至3');
    expect(formatValue({ low: 2, high: 3 }, years, 'en', 'over')).toBe('more than 2 to 3');
    expect(formatValue({ low: 70, high: 80 }, percent, 'zh-hans')).toBe('70%至80%');
  });
});
