import { describe, expect, test } from 'vitest';
import { citationProblems, formatCitationProblem } from './citation-rules';

const chapter = (body: string) => `---\ntitle: "The first chapter, says the editor"\n---\n\n${body}\n`;

describe('English citation rules', () => {
  test('an attributing sentence without a citation is named with its line, rule and text', () => {
    const problems = citationProblems(chapter('Revenue grew. Bohu Finance says it was luck. The end.'), 'en');
    expect(problems.map((p) => formatCitationProblem('x.mdx', p))).toEqual([
      'x.mdx:5: sentence attributes a claim ("says") but carries no <Cite>: «Bohu Finance says it was luck.»',
    ]);
  });

  test('a citation anywhere in the same sentence satisfies the rule, before or after the full stop', () => {
    expect(citationProblems(chapter('Bohu Finance says it was luck<Cite p="s1.luck" />. Next.'), 'en')).toEqual([]);
    expect(citationProblems(chapter('According to Kanjian Finance<Cite p="s3.x s1.y" />, it was luck.'), 'en')).toEqual([]);
    expect(citationProblems(chapter('It was the largest round.<Cite p="s1.round" /> Next.'), 'en')).toEqual([]);
  });

  test('a citation in the next sentence does not count', () => {
    const problems = citationProblems(chapter('Zhipu listed first. It did so on a Thursday<Cite p="s1.date" />.'), 'en');
    expect(problems.map((p) => [p.rule, p.word, p.sentence])).toEqual([['ranking', 'first', 'Zhipu listed first.']]);
  });

  test('every ranking word and attribution verb of the rule is caught; idioms and component attributes are not', () => {
    const words = ['first', 'only', 'largest', 'strongest', 'best-known', 'fastest', 'reports', 'said', 'notes', 'writes', 'argued', 'warns', 'according to'];
    for (const word of words) {
      expect(citationProblems(chapter(`It is ${word} here.`), 'en'), word).toHaveLength(1);
    }
    expect(citationProblems(chapter('It was not only cheap but quick. At first it was slow.'), 'en')).toEqual([]);
    expect(citationProblems(chapter('In the first half it lost money. Its first nine months and first day were calm.'), 'en')).toEqual([]);
    expect(citationProblems(chapter('Revenue was <Fact id="zhipu.first-revenue.says" />.'), 'en')).toEqual([]);
  });

  test('headings and frontmatter are not sentences', () => {
    expect(citationProblems(chapter('## The first listing\n\nPlain text.'), 'en')).toEqual([]);
  });

  test('a figure in the sentence is shown as an ellipsis, not as its tag', () => {
    const [problem] = citationProblems(chapter('The largest round was <Fact id="zhipu.series-a.2021" />.'), 'en');
    expect(problem?.sentence).toBe('The largest round was ….');
  });
});

describe('Chinese citation rules', () => {
  test('attribution and ranking words need a citation in the same sentence', () => {
    const problems = citationProblems(chapter('营收增长。据伯虎财经报道，这是运气。智谱是首家上市的公司<Cite p="s1.first" />。它是最大的。'), 'zh');
    expect(problems.map((p) => [p.line, p.rule, p.word, p.sentence])).toEqual([
      [5, 'attribution', '据', '据伯虎财经报道，这是运气。'],
      [5, 'ranking', '最', '它是最大的。'],
    ]);
  });

  test('words built on 首 or 最 that rank nothing are exempt', () => {
    expect(citationProblems(chapter('首席执行官张鹏最终离开。最近，首先要说的是它。'), 'zh')).toEqual([]);
  });

  test('words built on 据 or 称 that attribute nothing, and 最初, are exempt; 根据 and 号称 still attribute', () => {
    expect(citationProblems(chapter('客户对数据安全要求高。它占据证据的名称，简称KEG，有称号。最初它很慢。'), 'zh')).toEqual([]);
    const problems = citationProblems(chapter('根据招股书，它亏损了。它号称领先。'), 'zh');
    expect(problems.map((p) => [p.rule, p.word])).toEqual([
      ['attribution', '据'],
      ['attribution', '称'],
    ]);
  });
});
