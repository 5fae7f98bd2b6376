import { describe, expect, test } from 'vitest';
import { buildChart } from '../registry';
import { highlightedFacts } from './highlights';

describe('highlightedFacts', () => {
  test('a state that dims part of the chart puts forward the facts it leaves bright', () => {
    expect(highlightedFacts(buildChart('receivable-days', { locale: 'en', state: 'early' }))).toEqual([
      'zhipu.receivable-days.2022',
      'zhipu.receivable-days.2023',
    ]);
    expect(highlightedFacts(buildChart('global-gap', { locale: 'en', state: 'capex' }))).toEqual([
      'global.meta.capex.2025',
      'global.microsoft.capex.9m-2025',
      'global.google.capex.2025',
      'global.amazon.capex.2025',
    ]);
  });

  test('a state that dims nothing puts forward every drawn fact, up to the limit', () => {
    const spec = buildChart('receivable-days', { locale: 'en', state: 'all' });
    expect(spec.factIds.length).toBeGreaterThan(6);
    expect(highlightedFacts(spec)).toEqual(spec.factIds.slice(0, 6));
    expect(highlightedFacts(buildChart('global-gap', { locale: 'en' }), 3)).toHaveLength(3);
  });
});
