/**
 * Facts whose English text a reader meets mid-sentence: the hedges the seed gives survive, and the
 * phrases read as prose rather than as digits or a capitalised label.
 */
import { describe, expect, test } from 'vitest';
import { formatValue } from '../lib/format';
import { getFact, type FactId } from './registry';

const rendered = (id: FactId, locale: 'en' | 'zh-hans') => {
  const fact = getFact(id);
  return formatValue(fact.value, fact.unit, locale, fact.qualifier, fact.valueZh, { prose: true });
};

describe('facts as a reader sees them', () => {
  test('Anthropic\'s compute margin keeps S4\'s "約" (about) as well as "預計" (expected)', () => {
    expect(rendered('global.anthropic.compute-margin', 'en')).toBe('about 53% (forecast)');
    expect(rendered('global.anthropic.compute-margin', 'zh-hans')).toBe('预计约53%');
  });

  test('ByteDance\'s delay reads in words in English prose; the Chinese keeps S5\'s "一年3个月"', () => {
    expect(rendered('giants.bytedance.delay', 'en')).toBe('a year and three months later than the window in which the model start-ups were founded');
    expect(rendered('giants.bytedance.delay', 'zh-hans')).toBe('比大模型创业企业争相成立的窗口期晚了一年3个月');
  });

  test('MiniMax-M2\'s ranking is a lower-case phrase, since it is used mid-sentence', () => {
    expect(rendered('minimax.m2-openrouter-rank', 'en')).toBe('top three worldwide');
  });
});
