import { expect, test } from 'vitest';
import { chineseReadingUnits, readingMinutesIn } from './reading-time';

test('Chinese prose is counted in characters, a figure or a Latin name as one', () => {
  // 12 Han characters, one figure (FIGURE stands in for the component) and one Latin name.
  expect(chineseReadingUnits('智谱上市首日收涨<Fact id="zhipu.first-day-change" />，MiniMax紧随其后。')).toBe(14);
});

test('a Chinese chapter of 2,550 characters takes ten minutes; the same count of English words far longer', () => {
  const chinese = '营收'.repeat(1275);
  expect(readingMinutesIn(chinese, 'zh-hans')).toBe(10);
  expect(readingMinutesIn(chinese, 'zh-hant')).toBe(10);
  // Without spaces the English count sees one word: a minute, which is why Chinese needs its own count.
  expect(readingMinutesIn(chinese, 'en')).toBe(1);
});
