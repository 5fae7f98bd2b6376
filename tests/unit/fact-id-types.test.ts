/** Fact ids are a union type: TypeScript rejects a mistyped id before anything runs (checked by `npm run typecheck`). */
import { expect, expectTypeOf, test } from 'vitest';
import { convert } from '../../src/facts/derived';
import { isFactId, type FactId } from '../../src/facts/registry';

test('a known id is a FactId and an unknown string is not', () => {
  expectTypeOf<'zhipu.revenue.2024'>().toExtend<FactId>();
  expectTypeOf<'zhipu.revenue.2042'>().not.toExtend<FactId>();
  expect(isFactId('zhipu.revenue.2024')).toBe(true);
  expect(isFactId('zhipu.revenue.2042')).toBe(false);
});

test('functions taking fact ids refuse a typo at compile time', () => {
  // @ts-expect-error "zhipu.revenue.2042" is not a fact id; if it ever becomes one, this line fails type-checking.
  expect(() => convert('zhipu.revenue.2042', 'USD')).toThrow(/unknown fact id "zhipu\.revenue\.2042"/u);
});
