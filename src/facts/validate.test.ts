import { describe, expect, test } from 'vitest';
import type { FactDefinition } from './types';
import { formatProblem, validateFacts } from './validate';

const seedTexts = {
  'a.txt': '2024年,智譜本地化部署收入占總收入的84.5%。2022年至2024年收入從5740萬元增長至3.124億元。2019年,張鵬帶領(lǐng)團隊獨立出來。',
};

const revenue: FactDefinition = {
  id: 'zhipu.revenue.2024',
  subject: 'zhipu',
  metric: 'Revenue',
  metricZh: '营收',
  period: '2024',
  unit: { kind: 'money', currency: 'RMB', scale: 'million' },
  value: 312.4,
  sources: [{ seed: 'a.txt' as never, quote: '增長至3.124億元' }],
};

function problemsFor(...facts: FactDefinition[]) {
  return validateFacts([{ file: 'src/facts/test.ts', facts }], seedTexts);
}

describe('validateFacts', () => {
  test('accepts a fact whose quote states its value', () => {
    expect(problemsFor(revenue)).toEqual([]);
  });

  test('rejects a quote that is not verbatim, naming the file and the fact', () => {
    const problems = problemsFor({ ...revenue, sources: [{ seed: 'a.txt' as never, quote: '增长至3.124亿元' }] });
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/^src\/facts\/test\.ts: fact "zhipu\.revenue\.2024": quote is not a verbatim substring of a\.txt/u);
  });

  test('rejects a value the quote does not state, listing what the quote does say', () => {
    const [problem] = problemsFor({ ...revenue, value: 31.24 });
    expect(problem?.message).toMatch(/expected the quote to state 31\.24 million RMB; quantities found in it: 3\.124億/u);
  });

  test('rejects a figure in the wrong unit', () => {
    const [problem] = problemsFor({ ...revenue, unit: { kind: 'money', currency: 'USD', scale: 'million' } });
    expect(problem?.message).toMatch(/expected the quote to state 312\.4 million USD/u);
    const [percent] = problemsFor({ ...revenue, unit: { kind: 'percent' }, value: 84.5, sources: [{ seed: 'a.txt' as never, quote: '5740萬元' }] });
    expect(percent?.message).toMatch(/84\.5%/u);
  });

  test('rejects a duplicate id, saying where the first one is', () => {
    const problems = problemsFor(revenue, revenue);
    expect(problems.map((p) => p.message)).toEqual(['duplicate id; it is already defined in src/facts/test.ts']);
  });

  test('rejects an unknown seed file', () => {
    const [problem] = problemsFor({ ...revenue, sources: [{ seed: 'nope.txt' as never, quote: '增長至3.124億元' }] });
    expect(problem?.message).toMatch(/cites unknown seed file "nope\.txt"/u);
  });

  test('checks every alternative reading too', () => {
    const [problem] = problemsFor({
      ...revenue,
      alternatives: [{ value: 312, qualifier: 'about', sources: [{ seed: 'a.txt' as never, quote: '增長至3.124億元' }] }],
    });
    expect(problem?.message).toMatch(/expected the quote to state 312 million RMB/u);
  });

  test('checks dates at the precision the fact claims', () => {
    const founded: FactDefinition = {
      ...revenue,
      id: 'zhipu.founded',
      unit: { kind: 'date' },
      value: '2019',
      sources: [{ seed: 'a.txt' as never, quote: '2019年,張鵬帶領(lǐng)團隊獨立出來' }],
    };
    expect(problemsFor(founded)).toEqual([]);
    const [problem] = problemsFor({ ...founded, value: '2019-06' });
    expect(problem?.message).toMatch(/expected the quote to state the date 2019-06; dates found in it: 2019年/u);
  });

  test('requires sources unless the fact is our assumption', () => {
    expect(problemsFor({ ...revenue, sources: [] })[0]?.message).toMatch(/has no sources/u);
    expect(
      problemsFor({ ...revenue, id: 'fx.usd-rmb', unit: { kind: 'rate', base: 'USD', quote: 'RMB' }, value: 7.1, sources: [], assumption: true }),
    ).toEqual([]);
  });

  test('a computed reading keeps its quote verbatim but is not held to the quote\'s numbers', () => {
    const computed = { value: 444, computed: true, sources: [{ seed: 'a.txt' as never, quote: '2022年至2024年收入從5740萬元增長至3.124億元' }] };
    expect(problemsFor({ ...revenue, unit: { kind: 'percent' }, value: 444, sources: [], assumption: true, alternatives: [computed] })).toEqual([]);
    const [problem] = problemsFor({ ...revenue, alternatives: [{ ...computed, sources: [{ seed: 'a.txt' as never, quote: '增长' }] }] });
    expect(problem?.message).toMatch(/not a verbatim substring/u);
  });

  test('a stated growth names two known facts', () => {
    const growthFact: FactDefinition = { ...revenue, id: 'zhipu.revenue-growth.2024', unit: { kind: 'percent' }, value: 84.5, sources: [{ seed: 'a.txt' as never, quote: '84.5%' }] };
    expect(problemsFor(revenue, { ...growthFact, growthOf: { from: 'zhipu.revenue.2024', to: 'zhipu.revenue.2024' } })).toEqual([]);
    expect(problemsFor(revenue, { ...growthFact, growthOf: { from: 'zhipu.revenue.2023', to: 'zhipu.revenue.2024' } })[0]?.message).toBe(
      'growthOf names unknown fact "zhipu.revenue.2023"',
    );
  });

  test('rejects malformed ids and values', () => {
    expect(problemsFor({ ...revenue, id: 'Zhipu Revenue' })[0]?.message).toMatch(/id must be lower-case/u);
    expect(problemsFor({ ...revenue, value: 'lots' })[0]?.message).toMatch(/needs a number/u);
  });
});
