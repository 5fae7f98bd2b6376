import { describe, expect, test } from 'vitest';
import { correctionSchema } from './correction-schema';
import { correctionComments, sortCorrections } from './corrections';

const valid = {
  date: '2026-12-02',
  chapter: 'origins',
  what: 'The headline said 8.7 times; it now says 8.8 times.',
  why: 'One figure had two values.',
};

describe('the correction schema', () => {
  test('accepts date, chapter, what and why, reading the date as a day', () => {
    const parsed = correctionSchema.parse(valid);
    expect(parsed.date.toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(Object.keys(parsed).sort()).toEqual(['chapter', 'date', 'what', 'why']);
  });

  test('names the field that is wrong', () => {
    const unknownChapter = correctionSchema.safeParse({ ...valid, chapter: 'origin' });
    expect(unknownChapter.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['chapter']);
    const noDate = correctionSchema.safeParse({ ...valid, date: 'soon' });
    expect(noDate.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['date']);
    const extra = correctionSchema.safeParse({ ...valid, author: 'me' });
    expect(extra.success).toBe(false);
  });
});

test('corrections of one day follow the chapters\' reading order', () => {
  const later = correctionSchema.parse({ ...valid, chapter: 'the-shakeout' });
  const earlier = correctionSchema.parse({ ...valid, chapter: 'to-b-versus-to-c' });
  expect(sortCorrections([later, earlier]).map((c) => c.chapter)).toEqual(['to-b-versus-to-c', 'the-shakeout']);
});

test('corrections become schema.org CorrectionComment items, newest first', () => {
  const older = correctionSchema.parse({ ...valid, date: '2026-11-30', chapter: 'the-shakeout' });
  const newer = correctionSchema.parse(valid);
  expect(correctionComments(sortCorrections([older, newer]))).toEqual([
    {
      '@type': 'CorrectionComment',
      text: 'The headline said 8.7 times; it now says 8.8 times. One figure had two values.',
      datePublished: '2026-12-02',
    },
    { '@type': 'CorrectionComment', text: `${older.what} ${older.why}`, datePublished: '2026-11-30' },
  ]);
});
