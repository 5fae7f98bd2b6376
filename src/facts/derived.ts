/**
 * Figures the seeds do not state but imply: growth between two facts, one fact as a multiple or share
 * of another, and money converted to a common currency with our assumed rates. Each derived figure
 * names its inputs so a reader can trace it, and the site labels it as computed.
 */
import { facts, getFact, type FactId } from './registry';
import { isRange, scaleFactor, type Currency, type Fact, type Qualifier, type Scale, type Unit } from './types';

export interface DerivedFigure {
  value: number;
  unit: Unit;
  /** The facts the figure is computed from, rates included. */
  inputs: readonly FactId[];
  /** How it was computed, in English, for the data table and the hover title. */
  formula: string;
  /** True when a seed hedged an input ("about", "more than"), so the result is approximate too. */
  approximate: boolean;
  /**
   * How a reader should hedge the result: "up to" when it can only be smaller (a share of a total the
   * seed gives as "more than"), "more than" when it can only be larger, "about" when otherwise
   * approximate, none when exact.
   */
  qualifier?: Qualifier;
}

type Bound = 'lower' | 'upper';

/** Which side a hedged figure may lie on: "more than X" is a lower bound, "less than" or "up to X" an upper one. */
function boundOf(qualifier: Qualifier | undefined): Bound | undefined {
  if (qualifier === 'over') return 'lower';
  if (qualifier === 'under' || qualifier === 'up-to') return 'upper';
  return undefined;
}

const opposite: Record<Bound, Bound> = { lower: 'upper', upper: 'lower' };

/**
 * The hedge of top ÷ bottom: the ratio moves with its numerator and against its denominator, so a lower
 * bound below the line makes the result an upper bound. Bounds pulling both ways, or any other hedge,
 * leave it merely approximate.
 */
function ratioQualifier(top: Fact, bottom: Fact, converted: boolean): Qualifier | undefined {
  const bottomBound = boundOf(bottom.qualifier);
  const pulls = [boundOf(top.qualifier), bottomBound && opposite[bottomBound]];
  const bounds = new Set(pulls.filter((b): b is Bound => b !== undefined));
  const otherHedge = [top, bottom].some((f) => f.qualifier !== undefined && boundOf(f.qualifier) === undefined);
  if (bounds.size === 1 && !otherHedge && !converted) return [...bounds][0] === 'lower' ? 'over' : 'up-to';
  return bounds.size > 0 || otherHedge || converted ? 'about' : undefined;
}

const rateIds: Record<string, FactId> = {
  'USD>RMB': 'fx.usd-rmb',
  'USD>HKD': 'fx.usd-hkd',
  'HKD>RMB': 'fx.hkd-rmb',
};

function numeric(fact: Fact, purpose: string): number {
  if (typeof fact.value !== 'number') {
    const shape = isRange(fact.value) ? 'a range' : 'text';
    throw new Error(`derived figure (${purpose}): fact "${fact.id}" is ${shape}, not a single number`);
  }
  return fact.value;
}

function money(fact: Fact, purpose: string): { absolute: number; currency: Currency } {
  if (fact.unit.kind !== 'money') {
    throw new Error(`derived figure (${purpose}): fact "${fact.id}" is measured in ${fact.unit.kind}, not money`);
  }
  return { absolute: numeric(fact, purpose) * scaleFactor[fact.unit.scale], currency: fact.unit.currency };
}

/** How many units of `to` one unit of `from` buys, and the rate facts used. */
export function exchangeRate(from: Currency, to: Currency): { rate: number; inputs: FactId[] } {
  if (from === to) return { rate: 1, inputs: [] };
  const direct = rateIds[`${from}>${to}`];
  if (direct) return { rate: numeric(getFact(direct), 'exchange rate'), inputs: [direct] };
  const inverse = rateIds[`${to}>${from}`];
  if (inverse) return { rate: 1 / numeric(getFact(inverse), 'exchange rate'), inputs: [inverse] };
  throw new Error(`derived figure: no assumed exchange rate between ${from} and ${to} in src/facts/assumptions.ts`);
}

/** A money fact in another currency, at our assumed rate, expressed in `scale`. */
export function convert(id: FactId, to: Currency, scale: Scale = 'million'): DerivedFigure {
  const fact = getFact(id);
  const { absolute, currency } = money(fact, `convert ${id}`);
  const { rate, inputs } = exchangeRate(currency, to);
  return {
    value: (absolute * rate) / scaleFactor[scale],
    unit: { kind: 'money', currency: to, scale },
    inputs: [id, ...inputs],
    formula: currency === to ? `${id} as stated` : `${id} × ${rate.toFixed(4)} ${to} per ${currency} (our assumed rate)`,
    approximate: currency !== to || fact.qualifier !== undefined,
    qualifier: currency === to ? fact.qualifier : 'about',
  };
}

/** The fact that states the growth from one fact to another, when a seed states it. */
function statedGrowth(fromId: FactId, toId: FactId): Fact<FactId> | undefined {
  return facts.find((fact) => fact.growthOf?.from === fromId && fact.growthOf.to === toId);
}

/**
 * Percent change from one money or count fact to another in the same unit. Where a seed states that
 * growth, the stated figure wins over arithmetic on rounded inputs, so one figure has one value.
 */
export function growth(fromId: FactId, toId: FactId): DerivedFigure {
  const stated = statedGrowth(fromId, toId);
  if (stated) {
    return {
      value: numeric(stated, 'growth'),
      unit: { kind: 'percent' },
      inputs: [stated.id, fromId, toId],
      formula: `${stated.id} as stated`,
      approximate: stated.qualifier !== undefined,
      qualifier: stated.qualifier,
    };
  }
  const from = getFact(fromId);
  const to = getFact(toId);
  const [a, b] = [absoluteOf(from, 'growth'), absoluteOf(to, 'growth')];
  if (a.currency !== b.currency) {
    throw new Error(`derived figure (growth): "${fromId}" is in ${a.currency} but "${toId}" is in ${b.currency}; convert first`);
  }
  return {
    value: ((b.absolute - a.absolute) / a.absolute) * 100,
    unit: { kind: 'percent' },
    inputs: [fromId, toId],
    formula: `(${toId} − ${fromId}) ÷ ${fromId}`,
    approximate: from.qualifier !== undefined || to.qualifier !== undefined,
    qualifier: ratioQualifier(to, from, false),
  };
}

/** How many times `denominatorId` the `numeratorId` is, converting currencies where they differ. */
export function multiple(numeratorId: FactId, denominatorId: FactId): DerivedFigure {
  const stated = statedGrowth(denominatorId, numeratorId);
  if (stated) {
    return {
      value: 1 + numeric(stated, 'multiple') / 100,
      unit: { kind: 'multiple' },
      inputs: [stated.id, numeratorId, denominatorId],
      formula: `1 + ${stated.id} ÷ 100 (the growth as stated)`,
      approximate: stated.qualifier !== undefined,
      qualifier: stated.qualifier,
    };
  }
  const top = getFact(numeratorId);
  const bottom = getFact(denominatorId);
  const a = absoluteOf(top, 'multiple');
  const b = absoluteOf(bottom, 'multiple');
  const { rate, inputs } = a.currency && b.currency ? exchangeRate(b.currency, a.currency) : { rate: 1, inputs: [] };
  return {
    value: a.absolute / (b.absolute * rate),
    unit: { kind: 'multiple' },
    inputs: [numeratorId, denominatorId, ...inputs],
    formula: `${numeratorId} ÷ ${denominatorId}${inputs.length ? ' (converted at our assumed rate)' : ''}`,
    approximate: inputs.length > 0 || top.qualifier !== undefined || bottom.qualifier !== undefined,
    qualifier: ratioQualifier(top, bottom, inputs.length > 0),
  };
}

/** One fact as a percentage of another. */
export function share(partId: FactId, wholeId: FactId): DerivedFigure {
  const m = multiple(partId, wholeId);
  return { ...m, value: m.value * 100, unit: { kind: 'percent' }, formula: `${partId} ÷ ${wholeId} × 100` };
}

function absoluteOf(fact: Fact, purpose: string): { absolute: number; currency?: Currency } {
  if (fact.unit.kind === 'money') return money(fact, purpose);
  if (fact.unit.kind === 'count') return { absolute: numeric(fact, purpose) * scaleFactor[fact.unit.scale] };
  return { absolute: numeric(fact, purpose) };
}
