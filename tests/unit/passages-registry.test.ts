import { describe, expect, test } from 'vitest';
import { seedFiles } from '../../seeds/index';
import { seedTexts } from '../../src/lib/seed-texts';
import { getPassage, glossFor, passageModules, passages, splitPassageIds } from '../../src/passages/registry';
import { validatePassages } from '../../src/passages/validate';

describe('the passage registry', () => {
  test('every passage in every module passes validation', () => {
    expect(validatePassages(passageModules, seedTexts)).toEqual([]);
  });

  test('every passage quote is a verbatim substring of its seed', () => {
    for (const passage of passages) {
      expect(seedTexts[passage.seed], `${passage.id}: seed ${passage.seed}`).toContain(passage.quote);
    }
  });

  test('there is one passage module per chapter, plus one for the site pages', () => {
    expect(passageModules.map((m) => m.file)).toEqual([
      'src/passages/origins.ts',
      'src/passages/to-b-versus-to-c.ts',
      'src/passages/growth-bought-with-losses.ts',
      'src/passages/the-markets-verdict.ts',
      'src/passages/the-shakeout.ts',
      'src/passages/site.ts',
    ]);
    expect(Object.keys(seedTexts).sort()).toEqual([...seedFiles].sort());
  });

  test('looks a passage up and glosses it per edition', () => {
    const passage = getPassage('site.s1.two-ways-headline');
    expect(passage.quote).toBe('智譜和MiniMax,大模型的兩種“活法”');
    expect(glossFor(passage, 'en')).toBe('Zhipu and MiniMax: two ways for large models to live.');
    expect(glossFor(passage, 'zh-hant')).toBe('智谱和MiniMax：大模型的两种“活法”。');
  });

  test('an unknown id fails naming where it was cited and the closest ids', () => {
    expect(() => getPassage('site.s1.two-way-headline', 'src/content/chapters/en/01-origins.mdx:12')).toThrow(
      /^src\/content\/chapters\/en\/01-origins\.mdx:12: unknown passage id "site\.s1\.two-way-headline"\. Did you mean "site\.s1\.two-ways-headline"/u,
    );
  });

  test('a p attribute names one passage or several separated by spaces', () => {
    expect(splitPassageIds('s1.a')).toEqual(['s1.a']);
    expect(splitPassageIds(' s1.a  s3.b\ns5.c ')).toEqual(['s1.a', 's3.b', 's5.c']);
  });
});
