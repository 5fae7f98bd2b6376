import { describe, expect, test } from 'vitest';
import { describeChange, disagreementNote, formatPeriod, isPartialPeriod, joinList } from './draft-text';
import { chartSources } from './sources';

describe('formatPeriod', () => {
  test.each([
    ['2024', 'en', 'long', '2024'],
    ['2024', 'zh-hans', 'long', '2024年'],
    ['H1 2025', 'en', 'long', 'the first half of 2025'],
    ['H1 2025', 'en', 'short', 'H1 2025'],
    ['H1 2025', 'zh-hans', 'long', '2025年上半年'],
    ['first nine months of 2025', 'en', 'short', '9M 2025'],
    ['first nine months of 2025', 'zh-hans', 'long', '2025年前三季度'],
    ['early 2023', 'zh-hans', 'long', '2023年初'],
  ] as const)('%s in %s (%s) reads "%s"', (period, locale, form, expected) => {
    expect(formatPeriod(period, locale, form)).toBe(expected);
  });

  test('an unknown period fails saying where to add it', () => {
    expect(() => formatPeriod('Q3 2025', 'en')).toThrow(/no wording for the period "Q3 2025".*draft-text\.ts/u);
  });

  test('part-year periods are recognised', () => {
    expect(isPartialPeriod('H1 2025')).toBe(true);
    expect(isPartialPeriod('first nine months of 2025')).toBe(true);
    expect(isPartialPeriod('2024')).toBe(false);
  });
});

describe('describeChange', () => {
  const from = { text: 'RMB 57.4 million', period: '2022', value: 57.4 };
  const to = { text: 'RMB 312.4 million', period: '2024', value: 312.4 };

  test('words a rise in English and Chinese', () => {
    expect(describeChange(from, to, 'en')).toBe('rose from RMB 57.4 million in 2022 to RMB 312.4 million in 2024');
    expect(describeChange({ ...from, text: '5740万元' }, { ...to, text: '3.124亿元' }, 'zh-hans')).toBe('从2022年的5740万元增至2024年的3.124亿元');
  });

  test('words a fall as a fall', () => {
    expect(describeChange(to, { ...from, period: 'H1 2025' }, 'en')).toBe('fell from RMB 312.4 million in 2024 to RMB 57.4 million in the first half of 2025');
  });
});

test('joinList', () => {
  expect(joinList(['S1', 'S2', 'S3'], 'en')).toBe('S1, S2 and S3');
  expect(joinList(['S1', 'S2'], 'zh-hans')).toBe('S1和S2');
});

describe('disagreementNote', () => {
  test('gives every reading with its sources', () => {
    expect(disagreementNote('zhipu.revenue.2024', 'en')).toBe(
      '† Zhipu revenue, 2024: RMB 312.4 million according to Bohu Finance and Beijing Science and Technology News; about RMB 312 million according to Kanjian Finance and NetEase Hao.',
    );
    expect(disagreementNote('zhipu.revenue.2024', 'zh-hans')).toBe('† 智谱营收（2024）：伯虎财经和北京科技报为3.124亿元；侃见财经和网易号为约3.12亿元。');
  });

  test('refuses a fact whose sources agree', () => {
    expect(() => disagreementNote('zhipu.revenue.2022', 'en')).toThrow(/has no alternative readings/u);
  });
});

describe('chartSources', () => {
  test('credits every outlet behind any reading, in seed order, and names assumed rates', () => {
    const line = chartSources(['zhipu.revenue.2024', 'fx.usd-rmb'], 'en');
    expect(line.sources.map((s) => s.label)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(line.sources[0]?.href).toMatch(/\/data\/#seed-S1$/u);
    expect(line.assumptions).toEqual(['fx.usd-rmb']);
  });
});
