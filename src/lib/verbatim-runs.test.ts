import { expect, test } from 'vitest';
import { normalForm, proseStretches, runsOf, sourceRuns, verbatimReport } from './verbatim-runs';

// A sentence of seed S1, as stored: Traditional characters with pinyin left in brackets.
const seed = '2019年,張鵬帶領(lǐng)團隊獨立出來,正式創(chuàng)立了智譜AI。';

test('the normal form is Simplified, without pinyin, punctuation or spaces, Latin in lower case', () => {
  expect(normalForm(seed)).toBe('2019年张鹏带领团队独立出来正式创立了智谱ai');
  expect(normalForm('智谱 AI，正式上市。')).toBe('智谱ai正式上市');
});

test('runs are every window of ten characters', () => {
  expect(runsOf('一二三四五六七八九十甲')).toEqual(['一二三四五六七八九十', '二三四五六七八九十甲']);
  expect(runsOf('太短')).toEqual([]);
});

test('a stretch ends at every component, tag and expression, and frontmatter is not prose', () => {
  const mdx = '---\ntitle: 标题\n---\n\n智谱<Fact id="zhipu.founded" />成立。\n\n<Step state="early">\n\n下文{1 + 1}续\n';
  expect(proseStretches(mdx)).toEqual(['智谱', '成立', '下文', '续']);
});

test('a sentence copied from a seed is found in Simplified characters and other punctuation; a paraphrase is not', () => {
  const sources = sourceRuns([seed]);
  const copied = verbatimReport('张鹏带领团队独立出来，正式创立了智谱AI。', sources);
  expect(copied).toEqual({
    runs: 10,
    verbatim: 10,
    examples: [
      '张鹏带领团队独立出来',
      '鹏带领团队独立出来正',
      '带领团队独立出来正式',
      '领团队独立出来正式创',
      '团队独立出来正式创立',
      '队独立出来正式创立了',
      '独立出来正式创立了智',
      '立出来正式创立了智谱',
      '出来正式创立了智谱a',
      '来正式创立了智谱ai',
    ],
  });
  const rewritten = verbatimReport('张鹏随后带着一支团队离开实验室，自立门户，这就是智谱。', sources);
  expect(rewritten.runs).toBe(15);
  expect(rewritten.verbatim).toBe(0);
});
