import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatProblem } from '../facts/validate';
import { definitionLine } from './definition-line';

test('finds the line an id is defined on, in single or double quotes, and nothing for an unknown id or file', () => {
  const lines = readFileSync('src/facts/zhipu.ts', 'utf8').split('\n');
  expect(definitionLine('src/facts/zhipu.ts', 'zhipu.revenue.2024')).toBe(lines.indexOf("    id: 'zhipu.revenue.2024',") + 1);
  expect(lines[definitionLine('src/facts/zhipu.ts', 'zhipu.revenue.2024')! - 1]).toBe("    id: 'zhipu.revenue.2024',");
  expect(definitionLine('src/facts/zhipu.ts', 'zhipu.revenue.2042')).toBeUndefined();
  expect(definitionLine('src/facts/nowhere.ts', 'zhipu.revenue.2024')).toBeUndefined();
});

test('a fact problem names its module and line', () => {
  expect(formatProblem({ file: 'src/facts/zhipu.ts', factId: 'zhipu.revenue.2024', message: 'duplicate id' }, 195)).toBe(
    'src/facts/zhipu.ts:195: fact "zhipu.revenue.2024": duplicate id',
  );
});
