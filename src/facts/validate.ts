/**
 * Proves each fact against its seeds: ids unique, seed files known, quotes verbatim, and the number
 * (or date) in each quote equal to the fact's value in the fact's unit. Pure: the caller passes the
 * seed texts, so tests can feed it broken fixtures.
 */
import { notVerbatimMessage } from './quote-diff';
import { datesIn, quantitiesIn, type Quantity } from './quote-numbers';
import { allReadings, isRange, scaleFactor, type FactDefinition, type FactValue, type Reading, type Unit } from './types';

export interface FactModule {
  /** Path of the module the facts live in, named in every error. */
  file: string;
  facts: readonly FactDefinition[];
}

export interface FactProblem {
  file: string;
  factId: string;
  message: string;
}

/** `line` is where the fact is defined in its module, when known. */
export function formatProblem(problem: FactProblem, line?: number): string {
  return `${problem.file}${line === undefined ? '' : `:${line}`}: fact "${problem.factId}": ${problem.message}`;
}

const idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)+$/u;

export function validateFacts(modules: readonly FactModule[], seedTexts: Readonly<Record<string, string>>): FactProblem[] {
  const problems: FactProblem[] = [];
  const firstSeen = new Map<string, string>();
  const known = new Set(modules.flatMap((m) => m.facts.map((f) => f.id)));
  for (const { file, facts } of modules) {
    for (const fact of facts) {
      const report = (message: string) => problems.push({ file, factId: fact.id, message });
      if (fact.growthOf) {
        if (fact.unit.kind !== 'percent') report('growthOf is for growth rates in percent');
        for (const id of [fact.growthOf.from, fact.growthOf.to]) if (!known.has(id)) report(`growthOf names unknown fact "${id}"`);
      }
      const earlier = firstSeen.get(fact.id);
      if (earlier !== undefined) report(`duplicate id; it is already defined in ${earlier}`);
      else firstSeen.set(fact.id, file);
      if (!idPattern.test(fact.id)) {
        report('id must be lower-case words joined by dots or hyphens, e.g. "zhipu.revenue.2024"');
      }
      checkValueShape(fact.value, fact.unit, report);
      if (!fact.assumption && fact.sources.length === 0) {
        report('has no sources; every figure needs at least one { seed, quote } unless marked as our assumption');
      }
      for (const reading of allReadings(fact)) {
        checkValueShape(reading.value, fact.unit, report);
        for (const source of reading.sources) {
          const text = seedTexts[source.seed];
          if (text === undefined) {
            report(`cites unknown seed file "${source.seed}"; known: ${Object.keys(seedTexts).join(', ')}`);
            continue;
          }
          if (source.quote.trim().length === 0) {
            report(`has an empty quote from ${source.seed}`);
            continue;
          }
          if (!text.includes(source.quote)) {
            report(notVerbatimMessage(text, source.seed, source.quote));
            continue;
          }
          if (reading.computed) continue;
          const mismatch = valueMismatch(reading, fact.unit, source.quote);
          if (mismatch) report(`${mismatch} (quote from ${source.seed}: «${source.quote}»)`);
        }
      }
    }
  }
  return problems;
}

function checkValueShape(value: FactValue, unit: Unit, report: (message: string) => void): void {
  if (unit.kind === 'date') {
    if (typeof value !== 'string' || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(value)) {
      report(`a date fact needs an ISO date string such as "2019", "2022-08" or "2026-01-08", got ${JSON.stringify(value)}`);
    }
  } else if (unit.kind === 'text') {
    if (typeof value !== 'string' || value.trim() === '') report('a text fact needs a non-empty English phrase as its value');
  } else if (typeof value === 'string') {
    report(`a ${unit.kind} fact needs a number or a { low, high } range, got the string ${JSON.stringify(value)}`);
  } else if (isRange(value) ? !(Number.isFinite(value.low) && Number.isFinite(value.high) && value.low <= value.high) : !Number.isFinite(value)) {
    report(`value ${JSON.stringify(value)} is not a finite number or an ordered range`);
  }
}

function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9 + 1e-12;
}

function unitFits(quantity: Quantity, unit: Unit): boolean {
  switch (unit.kind) {
    case 'money':
      return quantity.unit.kind === 'plain' || (quantity.unit.kind === 'money' && quantity.unit.currency === unit.currency);
    case 'percent':
      return quantity.unit.kind === 'percent';
    case 'multiple':
      return quantity.unit.kind === 'multiple';
    case 'days':
      return quantity.unit.kind === 'days';
    case 'count':
      return quantity.unit.kind === 'plain';
    default:
      return false;
  }
}

function absolute(value: number, unit: Unit): number {
  return unit.kind === 'money' || unit.kind === 'count' ? value * scaleFactor[unit.scale] : value;
}

function describe(value: number, unit: Unit): string {
  switch (unit.kind) {
    case 'money':
      return `${value} ${unit.scale} ${unit.currency}`;
    case 'count':
      return `${value} ${unit.scale} ${unit.counted}`;
    case 'percent':
      return `${value}%`;
    default:
      return `${value} (${unit.kind})`;
  }
}

/** Undefined when the quote states the reading's value; otherwise says what was expected and found. */
export function valueMismatch(reading: Reading, unit: Unit, quote: string): string | undefined {
  const { value } = reading;
  if (unit.kind === 'text' || unit.kind === 'rate') return undefined;
  if (unit.kind === 'date') return typeof value === 'string' ? dateMismatch(value, quote) : undefined;
  if (typeof value === 'string') return undefined;
  const quantities = quantitiesIn(quote).filter((q) => unitFits(q, unit));
  const wanted = isRange(value) ? [value.low, value.high] : [value];
  const missing = wanted.filter((w) => !quantities.some((q) => closeTo(q.value, absolute(w, unit))));
  if (missing.length === 0) return undefined;
  const seen = quantities.map((q) => q.text).join(', ') || 'none of that unit';
  return `expected the quote to state ${missing.map((m) => describe(m, unit)).join(' and ')}; quantities found in it: ${seen}`;
}

function dateMismatch(value: string, quote: string): string | undefined {
  const [year, month, day] = value.split('-').map(Number);
  // A quote may leave the year implicit ("1月8日") only when it pins the month and the day.
  const fits = datesIn(quote).some((d) =>
    d.year === undefined
      ? month !== undefined && day !== undefined && d.month === month && d.day === day
      : d.year === year && (month === undefined || d.month === month) && (day === undefined || d.day === day),
  );
  if (fits) return undefined;
  const seen = datesIn(quote).map((d) => d.text).join(', ') || 'none';
  return `expected the quote to state the date ${value}; dates found in it: ${seen}`;
}
