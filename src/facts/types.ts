import type { SeedFile } from '../../seeds/index';

export type Currency = 'RMB' | 'USD' | 'HKD';

/** Multipliers a seed states a figure in. The fact's value is in this scale, so 3.124億元 is 312.4 million. */
export type Scale = 'one' | 'thousand' | 'million' | 'billion' | 'trillion';

export const scaleFactor: Record<Scale, number> = {
  one: 1,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** What is being counted, so a count can be worded in each language ("27.6 million users"). */
export type Counted =
  | 'users'
  | 'payers'
  | 'customers'
  | 'developers'
  | 'companies'
  | 'tokens'
  | 'employees'
  | 'countries'
  | 'years'
  | 'months'
  | 'models';

export type Unit =
  | { kind: 'money'; currency: Currency; scale: Scale }
  | { kind: 'percent' }
  | { kind: 'count'; counted: Counted; scale: Scale }
  | { kind: 'days' }
  | { kind: 'multiple' }
  | { kind: 'rate'; base: Currency; quote: Currency }
  | { kind: 'date' }
  | { kind: 'text' };

export interface Range {
  low: number;
  high: number;
}

/**
 * A number (in the unit's scale), a range the seed states as "X to Y", an ISO date
 * ("2019", "2022-08", "2026-01-08") for date units, or a short English phrase for text units.
 */
export type FactValue = number | Range | string;

/**
 * How the seed hedges the figure; rendered as "about", "more than" and so on. `expected` is a forecast of
 * something still to come (预计); `expected-about` a forecast the seed also rounds (预计…約); `estimate` is
 * someone's reckoning of something already past (推測, 估算).
 */
export type Qualifier = 'about' | 'over' | 'nearly' | 'under' | 'up-to' | 'expected' | 'expected-about' | 'estimate';

export interface Source {
  seed: SeedFile;
  /** A verbatim substring of the seed file, conversion artefacts and all. */
  quote: string;
}

export interface Reading {
  value: FactValue;
  /** For text readings: the phrase in Simplified Chinese. */
  valueZh?: string;
  qualifier?: Qualifier;
  sources: readonly Source[];
  /** Why this reading differs, in English, e.g. "rounded" or "converted by the outlet". */
  note?: string;
  /**
   * True when no seed states this reading: we computed it from the figures its quote does state (for
   * example growth from two rounded revenues), to show how far the arithmetic drifts from the stated
   * figure. The quote must still be verbatim; its numbers are not checked against the value.
   */
  computed?: boolean;
}

export type Subject =
  | 'zhipu'
  | 'minimax'
  | 'moonshot'
  | 'stepfun'
  | 'baichuan'
  | 'zeroone'
  | 'bytedance'
  | 'alibaba'
  | 'tencent'
  | 'openai'
  | 'anthropic'
  | 'manus'
  | 'google'
  | 'microsoft'
  | 'meta'
  | 'amazon'
  | 'industry'
  | 'assumption';

export interface FactDefinition {
  id: string;
  subject: Subject;
  /** What is measured, in English, e.g. "Revenue" or "Net loss". */
  metric: string;
  /** Chinese label for the metric, for the zh editions. */
  metricZh: string;
  /** The period the figure covers, e.g. "2024", "H1 2025", "9M 2025", "as of 2025-09-30". */
  period: string;
  unit: Unit;
  /** The preferred reading; where seeds disagree, the others are in `alternatives`. */
  value: FactValue;
  /** For text facts: the phrase in Simplified Chinese, for the zh editions. */
  valueZh?: string;
  qualifier?: Qualifier;
  sources: readonly Source[];
  /** Other readings from other seeds. Non-empty means the sources disagree and the site says so. */
  alternatives?: readonly Reading[];
  /** Why the preferred reading was preferred, or what the disagreement is about. */
  disagreementNote?: string;
  /** Extra context a reader needs, e.g. "the outlet's own conversion from USD". */
  note?: string;
  /** True for figures no seed states, such as exchange rates we assume. */
  assumption?: boolean;
  /**
   * For a stated growth rate: the two facts it runs between. Growth and multiples derived between the
   * same two facts then use this stated figure, so the site gives one value for one figure.
   */
  growthOf?: { from: string; to: string };
}

/** A fact as the rest of the site sees it: the preferred reading plus every alternative. */
export interface Fact<Id extends string = string> extends FactDefinition {
  id: Id;
}

export function isRange(value: FactValue): value is Range {
  return typeof value === 'object' && value !== null && 'low' in value;
}

export function allReadings(fact: FactDefinition): Reading[] {
  return [
    { value: fact.value, valueZh: fact.valueZh, qualifier: fact.qualifier, sources: fact.sources },
    ...(fact.alternatives ?? []),
  ];
}

export function hasDisagreement(fact: FactDefinition): boolean {
  return (fact.alternatives?.length ?? 0) > 0;
}
