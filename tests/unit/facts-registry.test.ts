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
    for (const fact of facts) {
      for (const reading of allReadings(fact)) {
        for (const source of reading.sources) {
          expect(seedTexts[source.seed], `${fact.id}: seed ${source.seed}`).toContain(source.quote);
        }
      }
    }
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
