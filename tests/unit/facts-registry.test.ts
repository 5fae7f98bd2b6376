import { describe, expect, test } from 'vitest';
import { seedFiles } from '../../seeds/index';
import { factModules, facts, seedTexts } from '../../src/facts/registry';
import { validateFacts } from '../../src/facts/validate';
import { allReadings } from '../../src/facts/types';

describe('the fact registry', () => {
  test('every fact passes validation against the real seeds', () => {
    expect(validateFacts(factModules, seedTexts)).toEqual([]);
  });

  test('every quote is a verbatim substring of the seed it names', () => {
    const sourced = facts.filter((fact) => !fact.assumption);
    const quotes = facts.flatMap((fact) => allReadings(fact).flatMap((reading) => reading.sources.map((source) => ({ id: fact.id, ...source }))));
    expect(quotes.length, 'quotes checked: at least one per sourced fact').toBeGreaterThanOrEqual(sourced.length);
    for (const { id, seed, quote } of quotes) expect(seedTexts[seed], `${id}: seed ${seed}`).toContain(quote);
  });

  test('the registry reads all five seeds', () => {
    expect(Object.keys(seedTexts).sort()).toEqual([...seedFiles].sort());
  });
});

describe('facts for every edition', () => {
  test('every text fact has a Chinese phrase for the zh editions', () => {
    const missing = facts.filter((f) => f.unit.kind === 'text' && !f.valueZh).map((f) => f.id);
    expect(missing).toEqual([]);
  });
});

test('every alternative text reading has its own Chinese phrase too', () => {
  const missing = facts.flatMap((f) =>
    f.unit.kind === 'text' ? (f.alternatives ?? []).filter((r) => !r.valueZh).map(() => f.id) : [],
  );
  expect(missing).toEqual([]);
});
