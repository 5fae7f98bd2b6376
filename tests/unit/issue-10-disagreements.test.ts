/**
 * The conflicts issue 10 found between the seeds are flagged as disagreements, each with both readings and a
 * note in reader words (outlet names, never the site's S-numbers), and the fact-level errors stay fixed.
 */
import { describe, expect, test } from 'vitest';
import { getFact, type FactId } from '../../src/facts/registry';
import { hasDisagreement } from '../../src/facts/types';
import { formatValue } from '../../src/lib/format';

const conflicts: [FactId, string][] = [
  ['zhipu.market-value-intraday.2026-01-12', 'cannot be put in order'],
  ['minimax.cumulative-loss', 'first nine months of 2025'],
  ['minimax.revenue-growth.2024', 'rounded'],
  ['minimax.founded', 'November 2021'],
  ['global.anthropic.arr.end-2025', 'annualised revenue'],
  ['global.anthropic.arr.2026', 'annualised revenue'],
];

describe.each(conflicts)('%s', (id, phrase) => {
  const fact = getFact(id);
  test('is flagged with at least two readings and a note saying what differs', () => {
    expect(hasDisagreement(fact)).toBe(true);
    expect(fact.disagreementNote).toContain(phrase);
  });
  test('names outlets, not S-numbers', () => {
    expect(fact.disagreementNote).not.toMatch(/\bS\d\b/u);
  });
});

test('Zhipu\'s market value keeps the 12 January high and the undated HK$80 billion as two readings', () => {
  const fact = getFact('zhipu.market-value-intraday.2026-01-12');
  expect(formatValue(fact.value, fact.unit, 'en', fact.qualifier)).toBe('more than HK$100 billion');
  const [undated] = fact.alternatives ?? [];
  expect(undated && formatValue(undated.value, fact.unit, 'en', undated.qualifier)).toBe('about HK$80 billion');
});

test('MiniMax\'s market-value note no longer claims the outlets measured on different days', () => {
  expect(getFact('minimax.market-value').disagreementNote).not.toMatch(/measured on different days/u);
  expect(getFact('minimax.market-value').disagreementNote).toMatch(/rounding/u);
});

test('OpenAI\'s quarterly loss and EpochAI\'s compute figure are estimates of the past, not forecasts', () => {
  for (const id of ['global.openai.quarterly-loss', 'global.openai.rnd-compute.2024'] as const) {
    const fact = getFact(id);
    expect(fact.qualifier).toBe('estimate');
    expect(formatValue(fact.value, fact.unit, 'en', fact.qualifier)).toMatch(/^an estimated US\$/u);
  }
});
