import { describe, expect, test } from 'vitest';
import type { PassageDefinition } from './types';
import { formatPassageProblem, validatePassages } from './validate';

const seedTexts = {
  'a.txt': '智譜更像一位學者,MiniMax則更像一位投機者。2019年,張鵬帶領(lǐng)團隊獨立出來。',
};

const scholar: PassageDefinition = {
  id: 's1.scholar-vs-speculator',
  seed: 'a.txt' as never,
  quote: '智譜更像一位學者,MiniMax則更像一位投機者。',
  gloss: { en: 'Zhipu is more like a scholar, MiniMax more like a speculator.', 'zh-hans': '智谱更像学者，MiniMax更像投机者。' },
};

function problemsFor(...passages: PassageDefinition[]) {
  return validatePassages([{ file: 'src/passages/origins.ts', passages }], seedTexts);
}

describe('validatePassages', () => {
  test('accepts a passage quoted verbatim with both glosses', () => {
    expect(problemsFor(scholar)).toEqual([]);
  });

  test('rejects a quote that is not verbatim, naming the module and the passage', () => {
    const problems = problemsFor({ ...scholar, quote: '智谱更像一位学者' });
    expect(problems.map((problem) => formatPassageProblem(problem))).toEqual([
      'src/passages/origins.ts: passage "s1.scholar-vs-speculator": quote is not a verbatim substring of a.txt: «智谱更像一位学者»; no part of it is in the seed',
    ]);
  });

  test('keeps conversion artefacts: a quote with the pinyin cleaned out is not verbatim', () => {
    expect(problemsFor({ ...scholar, quote: '張鵬帶領團隊' })[0]?.message).toMatch(/not a verbatim substring/u);
    expect(problemsFor({ ...scholar, quote: '張鵬帶領(lǐng)團隊' })).toEqual([]);
  });

  test('rejects a duplicate id across modules, saying where the first one is', () => {
    const problems = validatePassages(
      [
        { file: 'src/passages/origins.ts', passages: [scholar] },
        { file: 'src/passages/the-shakeout.ts', passages: [scholar] },
      ],
      seedTexts,
    );
    expect(problems.map((problem) => formatPassageProblem(problem))).toEqual([
      'src/passages/the-shakeout.ts: passage "s1.scholar-vs-speculator": duplicate id; it is already defined in src/passages/origins.ts',
    ]);
  });

  test('rejects an unknown seed, an empty quote, empty glosses and a malformed id', () => {
    expect(problemsFor({ ...scholar, seed: 'nope.txt' as never })[0]?.message).toMatch(/cites unknown seed file "nope\.txt"; known: a\.txt/u);
    expect(problemsFor({ ...scholar, quote: '  ' })[0]?.message).toBe('has an empty quote from a.txt');
    expect(problemsFor({ ...scholar, gloss: { en: '', 'zh-hans': ' ' } }).map((p) => p.message)).toEqual([
      'has an empty English gloss',
      'has an empty Chinese (zh-hans) gloss',
    ]);
    expect(problemsFor({ ...scholar, id: 'Scholar' })[0]?.message).toMatch(/id must be lower-case words/u);
  });
});
