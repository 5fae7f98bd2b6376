import { expect, test } from 'vitest';
import type { FactId } from '../facts/registry';
import { derivedFigure } from './derived-figure';

test('an unknown input names the element’s file and line and the closest ids', () => {
  expect(() => derivedFigure({ kind: 'growth', from: 'zhipu.revenue.2023', to: 'zhipu.revenue.2042' as FactId }, 'ch.mdx:7')).toThrow(
    /^ch\.mdx:7: unknown fact id "zhipu\.revenue\.2042"\. Did you mean "zhipu\.revenue\.2022"/u,
  );
});

test('inputs that cannot be computed with name the element and the kind', () => {
  expect(() => derivedFigure({ kind: 'multiple', of: 'zhipu.founded', by: 'zhipu.revenue.2024' }, 'ch.mdx:9')).toThrow(
    /^ch\.mdx:9: <Derived kind="multiple">: derived figure \(multiple\): fact "zhipu\.founded" is text, not a single number/u,
  );
  expect(derivedFigure({ kind: 'multiple', of: 'zhipu.net-loss.2024', by: 'zhipu.revenue.2024' }, 'ch.mdx:9').value).toBeCloseTo(2958 / 312.4, 6);
});
