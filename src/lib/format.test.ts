import { describe, expect, test } from 'vitest';
import { formatChange, formatCount, formatDay, formatIsoDate, formatMoney, formatMultiple, formatPercent, formatTick, formatValue } from './format';

describe('money', () => {
  test('English groups by million and billion with a currency prefix', () => {
    expect(formatMoney(312_400_000, 'RMB', 'en')).toBe('RMB 312.4 million');
    expect(formatMoney(2_958_000_000, 'RMB', 'en')).toBe('RMB 2.958 billion');
    expect(formatMoney(30_500_000, 'USD', 'en')).toBe('US$30.5 million');
    expect(formatMoney(116.2, 'HKD', 'en')).toBe('HK$116.2');
  });

  test('Chinese groups by 万 and 亿 with a currency suffix', () => {
    expect(formatMoney(312_400_000, 'RMB', 'zh-hans')).toBe('3.124亿元');
    expect(formatMoney(57_400_000, 'RMB', 'zh-hans')).toBe('5740万元');
    expect(formatMoney(30_500_000, 'USD', 'zh-hans')).toBe('3050万美元');
    expect(formatMoney(1e11, 'HKD', 'zh-hans')).toBe('1000亿港元');
  });

  test('Traditional Chinese uses traditional scale characters', () => {
    expect(formatMoney(312_400_000, 'RMB', 'zh-hant')).toBe('3.124億元');
    expect(formatMoney(57_400_000, 'RMB', 'zh-hant')).toBe('5740萬元');
  });

  test('digits rounds when a sentence asks for it', () => {
    expect(formatMoney(2_958_000_000, 'RMB', 'en', { digits: 2 })).toBe('RMB 3 billion');
  });
});

describe('other units', () => {
  test('percent, change and multiples', () => {
    expect(formatPercent(84.5, 'en')).toBe('84.5%');
    expect(formatChange(13.17, 'en')).toBe('+13.17%');
    expect(formatChange(-4.2, 'zh-hans')).toBe('−4.2%');
    expect(formatMultiple(7, 'en')).toBe('7×');
    expect(formatMultiple(7, 'zh-hans')).toBe('7倍');
  });

  test('counts, with and without their noun', () => {
    expect(formatCount(27_600_000, 'users', 'en')).toBe('27.6 million');
    expect(formatCount(27_600_000, 'users', 'en', { withNoun: true })).toBe('27.6 million users');
    expect(formatCount(12_000, 'customers', 'zh-hans', { withNoun: true })).toBe('1.2万家客户');
  });

  test('dates at their own precision', () => {
    expect(formatIsoDate('2019', 'en')).toBe('2019');
    expect(formatDay(new Date('2026-11-23'), 'en')).toBe('23 November 2026');
    expect(formatDay(new Date('2026-12-02'), 'zh-hans')).toBe('2026年12月2日');
    expect(formatIsoDate('2022-08', 'en')).toBe('August 2022');
    expect(formatIsoDate('2026-01-08', 'en')).toBe('8 January 2026');
    expect(formatIsoDate('2026-01-08', 'zh-hans')).toBe('2026年1月8日');
  });

  test('ticks are compact and read B for billion, not G', () => {
    expect(formatTick(3e9, 'en')).toBe('3B');
    expect(formatTick(3e8, 'zh-hans')).toBe('3亿');
  });
});

describe('formatValue', () => {
  const rmbMillion = { kind: 'money', currency: 'RMB', scale: 'million' } as const;

  test('words qualifiers in each language', () => {
    expect(formatValue(312, rmbMillion, 'en', 'about')).toBe('about RMB 312 million');
    expect(formatValue(312, rmbMillion, 'zh-hans', 'about')).toBe('约3.12亿元');
    expect(formatValue(312, rmbMillion, 'zh-hant', 'about')).toBe('約3.12億元');
    expect(formatValue(738, rmbMillion, 'en', 'expected')).toBe('RMB 738 million (forecast)');
    expect(formatValue(738, rmbMillion, 'zh-hans', 'expected')).toBe('预计7.38亿元');
  });

  test('words an estimate of the past apart from a forecast', () => {
    const usdBillion = { kind: 'money', currency: 'USD', scale: 'billion' } as const;
    expect(formatValue(11.5, usdBillion, 'en', 'estimate')).toBe('an estimated US$11.5 billion');
    expect(formatValue(11.5, usdBillion, 'zh-hans', 'estimate')).toBe('估计115亿美元');
    expect(formatValue(11.5, usdBillion, 'zh-hant', 'estimate')).toBe('估計115億美元');
    expect(formatValue(11.5, usdBillion, 'en', 'expected')).toBe('US$11.5 billion (forecast)');
  });

  test('keeps both hedges of a rounded forecast (S4: "預計…約53%")', () => {
    const percent = { kind: 'percent' } as const;
    expect(formatValue(53, percent, 'en', 'expected-about')).toBe('about 53% (forecast)');
    expect(formatValue(53, percent, 'zh-hans', 'expected-about')).toBe('预计约53%');
    expect(formatValue(53, percent, 'zh-hant', 'expected-about')).toBe('預計約53%');
  });

  test('spells out whole counts under ten in English prose only', () => {
    const years = { kind: 'count', counted: 'years', scale: 'one' } as const;
    const days = { kind: 'days' } as const;
    expect(formatValue(2, days, 'en', 'up-to', undefined, { prose: true })).toBe('up to two days');
    expect(formatValue(1, days, 'en', undefined, undefined, { prose: true })).toBe('one day');
    expect(formatValue(2, years, 'en', 'over', undefined, { prose: true })).toBe('more than two');
    expect(formatValue(9, years, 'en', undefined, undefined, { prose: true })).toBe('nine');
    expect(formatValue(10, years, 'en', undefined, undefined, { prose: true })).toBe('10');
    expect(formatValue(2.5, years, 'en', undefined, undefined, { prose: true })).toBe('2.5');
    expect(formatCount(200, 'countries', 'en', { prose: true, withNoun: true })).toBe('200 countries and regions');
    expect(formatValue(2, days, 'en')).toBe('2 days');
    expect(formatValue(2, days, 'zh-hans', undefined, undefined, { prose: true })).toBe('2天');
  });

  test('words ranges', () => {
    const usdBillion = { kind: 'money', currency: 'USD', scale: 'billion' } as const;
    expect(formatValue({ low: 91, high: 93 }, usdBillion, 'en')).toBe('US$91 billion to US$93 billion');
    expect(formatValue({ low: 91, high: 93 }, usdBillion, 'zh-hans')).toBe('910亿美元至930亿美元');
  });

  test('text facts use the Chinese phrase in Chinese editions', () => {
    expect(formatValue('Pivoted to medical AI', { kind: 'text' }, 'en', undefined, '转向医疗AI')).toBe('Pivoted to medical AI');
    expect(formatValue('Pivoted to medical AI', { kind: 'text' }, 'zh-hans', undefined, '转向医疗AI')).toBe('转向医疗AI');
  });
});
