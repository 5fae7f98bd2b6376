/**
 * The four multiples the chart draws: each company's valuation before listing and market value after,
 * divided by its 2024 revenue (the latest full year both report). Revenue is converted to Hong Kong
 * dollars at our assumed rates by `multiple()`, so every figure here is ours, not a source's.
 */
import { convert, multiple, type DerivedFigure } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import type { Qualifier, Reading } from '../../facts/types';

export type Company = 'zhipu' | 'minimax';
export type Stage = 'before' | 'after';

export interface MultipleInput {
  key: string;
  company: Company;
  stage: Stage;
  valuationId: FactId;
  revenueId: FactId;
}

/** Another reading of the valuation, and the multiple it would give. */
export interface OtherReading {
  value: number;
  qualifier?: Qualifier;
  sources: Reading['sources'];
}

export interface MultipleFigure extends MultipleInput {
  multiple: DerivedFigure;
  /** Revenue in HKD million at our assumed rate. */
  revenueHkd: DerivedFigure;
  others: OtherReading[];
}

export const inputs: readonly MultipleInput[] = [
  { key: 'zhipu-before', company: 'zhipu', stage: 'before', valuationId: 'zhipu.pre-ipo-valuation', revenueId: 'zhipu.revenue.2024' },
  { key: 'zhipu-after', company: 'zhipu', stage: 'after', valuationId: 'zhipu.market-value', revenueId: 'zhipu.revenue.2024' },
  { key: 'minimax-before', company: 'minimax', stage: 'before', valuationId: 'minimax.pre-ipo-valuation', revenueId: 'minimax.revenue.2024' },
  { key: 'minimax-after', company: 'minimax', stage: 'after', valuationId: 'minimax.market-value', revenueId: 'minimax.revenue.2024' },
];

const where = 'src/charts/valuation-multiples/figures.ts';

function checkInput(input: MultipleInput): void {
  const revenue = getFact(input.revenueId, where);
  if (revenue.period !== '2024') {
    throw new Error(`${where}: "${input.key}" divides by "${input.revenueId}", which covers ${revenue.period}; the chart compares full-year 2024 revenue.`);
  }
  const valuation = getFact(input.valuationId, where);
  if (valuation.unit.kind !== 'money' || valuation.unit.currency !== 'HKD') {
    throw new Error(`${where}: "${input.valuationId}" should be money in HKD, the currency both companies list in.`);
  }
}

/** Multiples the other readings of the valuation would give, scaled from the preferred one. */
function otherReadings(input: MultipleInput, figure: DerivedFigure): OtherReading[] {
  const fact = getFact(input.valuationId, where);
  const preferred = fact.value;
  if (typeof preferred !== 'number') throw new Error(`${where}: "${input.valuationId}" must be a single number.`);
  return (fact.alternatives ?? []).flatMap((reading) => {
    if (typeof reading.value !== 'number') return [];
    return [{ value: (figure.value * reading.value) / preferred, qualifier: reading.qualifier, sources: reading.sources }];
  });
}

export function multipleFigures(): MultipleFigure[] {
  return inputs.map((input) => {
    checkInput(input);
    const figure = multiple(input.valuationId, input.revenueId);
    return { ...input, multiple: figure, revenueHkd: convert(input.revenueId, 'HKD', 'million'), others: otherReadings(input, figure) };
  });
}
