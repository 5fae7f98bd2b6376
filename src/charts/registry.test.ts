import { describe, expect, test } from 'vitest';
import { locales } from '../lib/locale';
import { buildChart, chartEntry, chartIds } from './registry';

describe('every registered chart', () => {
  const cases = chartIds.flatMap((id) =>
    locales.flatMap((locale) => [undefined, ...chartEntry(id).states].map((state) => ({ id, locale, state }))),
  );

  test.each(cases)('$id builds and passes the label check in $locale (state $state)', ({ id, locale, state }) => {
    const spec = buildChart(id, { locale, state }, 'registry.test.ts');
    expect(spec.id).toBe(id);
    expect(spec.title.length).toBeGreaterThan(10);
    expect(spec.narrow.width).toBe(360);
    expect(spec.wide.width).toBeGreaterThan(spec.narrow.width);
  });
});

describe('buildChart', () => {
  test('an unknown id fails naming the file and line that asked for it, and the closest ids', () => {
    expect(() => buildChart('revenue-grwoth', { locale: 'en' }, 'src/content/chapters/en/3.mdx:12')).toThrow(
      'src/content/chapters/en/3.mdx:12: unknown chart id "revenue-grwoth". Did you mean "revenue-growth", "revenue-mix", "revenue-vs-loss"?',
    );
  });

  test('an unknown state fails naming the states the chart knows', () => {
    expect(() => buildChart('revenue-growth', { locale: 'en', state: 'usd' }, 'ch3.mdx:4')).toThrow(
      'ch3.mdx:4: chart "revenue-growth" has no state "usd"; its states are reported, common.',
    );
    expect(() => buildChart('gross-margins', { locale: 'en', state: 'common' }, 'ch2.mdx:9')).toThrow(/it has no states/u);
  });

  test('editor overrides replace the drafted title and summary', () => {
    const spec = buildChart('gross-margins', { locale: 'en', title: 'Our headline', summary: 'Our summary.' });
    expect(spec.title).toBe('Our headline');
    expect(spec.summary).toBe('Our summary.');
  });
});
