/** Corrections per edition: English lists them all; a Chinese edition lists those written in Chinese, in its own script. */
import { describe, expect, test } from 'vitest';
import { correctionSchema } from './correction-schema';
import { correctionComments, inEdition } from './corrections';

const english = {
  date: '2026-12-02',
  chapter: 'the-shakeout',
  what: 'Two figures about OpenAI were labelled as forecasts; they are now labelled as estimates.',
  why: 'The label was wrong.',
};
const withChinese = correctionSchema.parse({
  ...english,
  'zh-hans': { what: '关于OpenAI的两个数字曾被标为“预计”，现改标为“估计”。', why: '原来的标注有误。' },
});
const englishOnly = correctionSchema.parse(english);

describe('a correction in an edition', () => {
  test('English shows the English text of every correction', () => {
    expect(inEdition('a', englishOnly, 'en')?.what).toBe(english.what);
    expect(inEdition('b', withChinese, 'en')?.why).toBe('The label was wrong.');
  });

  test('the Simplified edition shows the Chinese text, and nothing for a correction of English wording only', () => {
    expect(inEdition('b', withChinese, 'zh-hans')).toEqual({
      id: 'b',
      date: new Date('2026-12-02'),
      chapter: 'the-shakeout',
      what: '关于OpenAI的两个数字曾被标为“预计”，现改标为“估计”。',
      why: '原来的标注有误。',
    });
    expect(inEdition('a', englishOnly, 'zh-hans')).toBeUndefined();
    expect(inEdition('a', englishOnly, 'zh-hant')).toBeUndefined();
  });

  test('the Traditional edition converts the Chinese text', () => {
    expect(inEdition('b', withChinese, 'zh-hant')?.what).toBe('關於OpenAI的兩個數字曾被標為“預計”，現改標為“估計”。');
  });

  test('Chinese sentences join with no space in the JSON-LD text', () => {
    const chinese = inEdition('b', withChinese, 'zh-hans');
    expect(correctionComments(chinese ? [chinese] : [])[0]?.text).toBe('关于OpenAI的两个数字曾被标为“预计”，现改标为“估计”。原来的标注有误。');
  });

  test('the schema names a missing Chinese field', () => {
    const missingWhy = correctionSchema.safeParse({ ...english, 'zh-hans': { what: '关于OpenAI的两个数字曾被标为预计。' } });
    expect(missingWhy.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['zh-hans.why']);
  });
});
