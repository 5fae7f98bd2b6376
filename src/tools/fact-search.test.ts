import { describe, expect, test } from 'vitest';
import { seeds } from '../../seeds/index';
import { facts, getFact } from '../facts/registry';
import { describeFact, findFacts, quotesFromSeed, uncoveredSentences, unusedFacts } from './fact-search';

const labels = new Map<string, string>(seeds.map((seed) => [seed.file, seed.label]));
const ids = (found: readonly { id: string }[]): string[] => found.map((fact) => fact.id);

describe('findFacts', () => {
  test('every word must match, in the id, the English or Chinese metric, a quote or a seed label', () => {
    expect(ids(findFacts(facts, ['zhipu.revenue.2024'], labels))).toEqual(['zhipu.revenue.2024']);
    expect(ids(findFacts(facts, ['Zhipu', 'REVENUE', '营收', '5740萬元', 's2'], labels))).toEqual([
      'zhipu.revenue.2022',
      'zhipu.revenue.2024',
      'zhipu.revenue.h1-2025',
      'zhipu.revenue-cagr.2022-2024',
    ]);
    expect(ids(findFacts(facts, ['zhipu.revenue.2024', 'minimax'], labels))).toEqual([]);
  });
});

test('describeFact prints the id, the value in every edition, and each quote with its seed', () => {
  expect(describeFact(getFact('zhipu.revenue.2023'), labels)).toBe(
    [
      'zhipu.revenue.2023  (Revenue / 营收, 2023)',
      '  en      RMB 124.5 million',
      '  zh-hans 1.245亿元',
      '  zh-hant 1.245億元',
      '  S1 000_782df8b27d5ad9c6.txt: 2022年至2025年上半年,分別實現(xiàn)營收5740萬元、1.245億元、3.124億元、1.9億元',
      '  S3 002_79d82c02c037078b.txt: 智譜2023年至2024年,營收從1.25億元增長至3.12億元',
    ].join('\n'),
  );
});

test('unusedFacts leaves out every fact a chapter cites through Fact or Derived', () => {
  const some = [getFact('zhipu.revenue.2022'), getFact('zhipu.revenue.2023'), getFact('zhipu.revenue.2024')];
  expect(ids(unusedFacts(some, ['Revenue <Derived kind="growth" from="zhipu.revenue.2023" to="zhipu.revenue.2024" />.']))).toEqual([
    'zhipu.revenue.2022',
  ]);
  expect(ids(unusedFacts(some, ['<Fact id="zhipu.revenue.2022" />', '<Fact id="zhipu.revenue.2024" />']))).toEqual(['zhipu.revenue.2023']);
  expect(ids(unusedFacts(some, ["A <Fact id='zhipu.revenue.2023' /> in single quotes."])), 'single quotes').toEqual(['zhipu.revenue.2022', 'zhipu.revenue.2024']);
});

describe('uncoveredSentences', () => {
  const seed = '甲公司營收3.124億元。\n員工500人,成立於2019年。一直如此,兩家公司,百川和千行百業。\n2\n毛利率為56.3%,虧損4.65億元。';

  test('lists each sentence with a figure outside every quote, with its line, leaving out dates, numeral characters in words and section numbers', () => {
    expect(uncoveredSentences(seed, ['營收3.124億元', '毛利率為56.3%'])).toEqual([
      { line: 2, sentence: '員工500人,成立於2019年。', figures: ['500'] },
      { line: 4, sentence: '毛利率為56.3%,虧損4.65億元。', figures: ['4.65億'] },
    ]);
  });

  test('a seed every figure of which is quoted has nothing to list', () => {
    expect(uncoveredSentences(seed, ['營收3.124億元', '員工500人', '毛利率為56.3%,虧損4.65億元'])).toEqual([]);
  });
});

test('quotesFromSeed gathers the quotes of every reading taken from one seed', () => {
  const quotes = quotesFromSeed([getFact('zhipu.revenue.2024')], '003_4ba4f3a6b780e9f1.txt');
  expect(quotes).toEqual(['去年全年,智譜營收約為3.12億元人民幣']);
});
