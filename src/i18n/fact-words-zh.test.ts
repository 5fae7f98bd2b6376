/**
 * Every word a fact brings to a Chinese page (its period, its notes, the note beside each other reading and
 * each reading's phrase) is Chinese: no English left, no "S4" for an outlet, and the Traditional edition
 * converted from the Simplified.
 */
import { describe, expect, test } from 'vitest';
import { facts, getFact } from '../facts/registry';
import { allReadings } from '../facts/types';
import { formatValue } from '../lib/format';
import { disagreementNote, factNote, readingNote } from './fact-notes';
import { factPeriod } from './fact-periods';
import { untranslatedWords } from './latin-in-chinese';

const noEnglish = (texts: readonly string[]) => texts.filter((text) => untranslatedWords(text).length > 0 || /\bS[1-5]\b/u.test(text));

describe('fact periods', () => {
  test('read as Chinese dates and phrases', () => {
    expect(factPeriod('H1 2025', 'zh-hans')).toBe('2025年上半年');
    expect(factPeriod('8 January 2026', 'zh-hans')).toBe('2026年1月8日');
    expect(factPeriod('2022–H1 2025', 'zh-hans')).toBe('2022年至2025年上半年');
    expect(factPeriod('2022 to the first nine months of 2025', 'zh-hans')).toBe('2022年至2025年前三季度');
    expect(factPeriod('before listing', 'zh-hans')).toBe('上市前');
    expect(factPeriod('as of end of September 2025', 'zh-hant')).toBe('截至2025年9月底');
    expect(factPeriod('before listing', 'en')).toBe('before listing');
  });

  test('an unknown period stops the build, naming the module to add it to', () => {
    expect(() => factPeriod('sometime soon', 'zh-hans')).toThrow('Fact period "sometime soon" has no Chinese wording: add a pattern or an entry to src/i18n/fact-periods.ts');
  });

  test('every fact has its period in Chinese, in both Chinese editions', () => {
    const periods = facts.flatMap((fact) => [factPeriod(fact.period, 'zh-hans'), factPeriod(fact.period, 'zh-hant')]);
    expect(noEnglish(periods)).toEqual([]);
    expect(periods).toHaveLength(2 * facts.length);
  });
});

describe('fact notes', () => {
  test('every English note, disagreement note and reading note has its Chinese, with no English left', () => {
    const notes = facts.flatMap((fact) => [
      ...(fact.note ? [factNote(fact, 'zh-hans') ?? ''] : []),
      ...(fact.disagreementNote ? [disagreementNote(fact, 'zh-hans') ?? ''] : []),
      ...allReadings(fact).flatMap((reading) => (reading.note ? [readingNote(reading, fact.id, 'zh-hans') ?? ''] : [])),
    ]);
    expect(noEnglish(notes)).toEqual([]);
    expect(notes.every((note) => note.length >= 4)).toBe(true);
    expect(notes).toHaveLength(170);
  });

  test('the Traditional notes are converted from the Simplified', () => {
    const fact = getFact('zhipu.revenue.2023');
    expect(disagreementNote(fact, 'zh-hant')).toBe('伯虎財經給出招股書數字1.245億元，侃見財經四捨五入為1.25億元。差別來自四捨五入，本站採用更精確的數字。');
    expect(disagreementNote(fact, 'en')).toMatch(/^S1 gives the prospectus figure/u);
  });

  test('a note with no Chinese stops the build, naming the fact', () => {
    expect(() => factNote({ id: 'zhipu.made-up', note: 'An English note.' }, 'zh-hans')).toThrow(
      'Fact "zhipu.made-up" has an English note but no Chinese one: add it to src/facts/notes-zh.ts',
    );
  });
});

test('every reading of a text fact has its Chinese phrase', () => {
  const phrases = facts
    .filter((fact) => fact.unit.kind === 'text')
    .flatMap((fact) => allReadings(fact).map((reading) => formatValue(reading.value, fact.unit, 'zh-hans', reading.qualifier, reading.valueZh)));
  expect(noEnglish(phrases)).toEqual([]);
  expect(phrases.length).toBeGreaterThan(10);
});
