/**
 * Reading facts as numbers for drawing. A chart that expects a single number or a range fails with the
 * chart and fact named when a fact turns out to be text or a range, instead of drawing NaN.
 */
import { getFact, type FactId } from '../../facts/registry';
import { hasDisagreement, isRange, scaleFactor, type Range } from '../../facts/types';
import type { NumberOptions } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { disagreementMark, factText } from '../frame/draft-text';

/** The fact's preferred value as one number, in absolute units (scale multiplied out). */
export function absoluteNumber(chartId: string, id: FactId): number {
  const fact = getFact(id, `chart "${chartId}"`);
  if (typeof fact.value !== 'number') {
    throw new Error(`Chart "${chartId}": fact "${id}" must be a single number to be drawn, but it is ${isRange(fact.value) ? 'a range' : 'text'}.`);
  }
  return fact.value * scaleOf(fact.unit);
}

/** The fact's value as a low–high range in absolute units; a single number is a range of zero width. */
export function absoluteRange(chartId: string, id: FactId): Range {
  const fact = getFact(id, `chart "${chartId}"`);
  const factor = scaleOf(fact.unit);
  if (isRange(fact.value)) return { low: fact.value.low * factor, high: fact.value.high * factor };
  if (typeof fact.value === 'number') return { low: fact.value * factor, high: fact.value * factor };
  throw new Error(`Chart "${chartId}": fact "${id}" is text, so it cannot be drawn on a scale.`);
}

function scaleOf(unit: ReturnType<typeof getFact>['unit']): number {
  return unit.kind === 'money' || unit.kind === 'count' ? scaleFactor[unit.scale] : 1;
}

/** The label a reader sees on the chart: the formatted value with its hedge, and † when sources differ. */
export function figureLabel(id: FactId, locale: Locale, options: NumberOptions = {}): string {
  return `${factText(id, locale, options)}${hasDisagreement(getFact(id)) ? disagreementMark : ''}`;
}
