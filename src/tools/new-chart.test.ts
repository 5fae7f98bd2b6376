import { expect, test } from 'vitest';
import { closestFactIds, facts, getFact } from '../facts/registry';
import type { Fact } from '../facts/types';
import { barFactsProblem, chartFolder, chartIdProblem } from './new-chart';

const byId = new Map<string, Fact>(facts.map((fact) => [fact.id, fact]));
const problem = (...ids: string[]) => barFactsProblem(ids, byId, (id) => closestFactIds(id, 2));

test('a malformed or taken chart id is refused', () => {
  expect(chartIdProblem('revenue-growth', ['revenue-growth'])).toBe('a chart "revenue-growth" already exists: src/charts/revenue-growth/.');
  expect(chartIdProblem('Revenue_Bars', [])).toBe('"Revenue_Bars" is not a chart id: use lower-case words joined by hyphens, e.g. "revenue-per-user".');
  expect(chartIdProblem('zhipu-revenue-bars', ['revenue-growth'])).toBeUndefined();
});

test('bars need known facts, each once, each a single number, all in one unit', () => {
  expect(problem()).toMatch(/^name the facts to draw, one bar each/u);
  expect(problem('zhipu.revenue.2042')).toBe('unknown fact id "zhipu.revenue.2042". Did you mean "zhipu.revenue.2022", "zhipu.revenue.2023"?');
  expect(problem('zhipu.revenue.2022', 'zhipu.revenue.2022')).toBe('a fact is named twice; each bar is one fact.');
  expect(problem('zhipu.founded')).toBe('fact "zhipu.founded" is not a single number (a range, a date or a phrase), so it cannot be a bar.');
  expect(problem('zhipu.revenue.2022', 'minimax.revenue.2024')).toBe(
    'facts "zhipu.revenue.2022" and "minimax.revenue.2024" are in different units; bars on one scale need one unit (convert with a Derived figure first, or make two charts).',
  );
  expect(problem('zhipu.revenue.2022', 'zhipu.revenue.2024')).toBeUndefined();
});

test('the folder holds the definition, its words in both languages and a test, naming the facts in order', () => {
  const files = chartFolder('zhipu-revenue-bars', [getFact('zhipu.revenue.2022'), getFact('zhipu.revenue.2024')]);
  expect(Object.keys(files)).toEqual(['zhipu-revenue-bars/chart.ts', 'zhipu-revenue-bars/words.ts', 'zhipu-revenue-bars/chart.test.ts']);
  expect(files['zhipu-revenue-bars/chart.ts']).toContain(
    "const bars: readonly { fact: FactId; color: ColorToken }[] = [\n  { fact: 'zhipu.revenue.2022', color: 'zhipu' },\n  { fact: 'zhipu.revenue.2024', color: 'zhipu' },\n];",
  );
  expect(files['zhipu-revenue-bars/chart.ts']).toContain("export default definePlotChart({\n  id: 'zhipu-revenue-bars',");
  expect(files['zhipu-revenue-bars/words.ts']).toContain("labels: [\n      'Zhipu, 2022',\n      'Zhipu, 2024',\n    ],");
  expect(files['zhipu-revenue-bars/words.ts']).toContain("labels: [\n      '智谱，2022年',\n      '智谱，2024年',\n    ],");
  expect(files['zhipu-revenue-bars/chart.test.ts']).toContain('.toBeCloseTo(57.4 / 312.4, 3);');
});
