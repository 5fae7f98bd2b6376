/**
 * Log-scale axes for figures that span several orders of magnitude. Gridlines fall on powers of ten only,
 * so each step reads as "ten times more", and the domain is widened to whole powers so no figure sits
 * on the edge.
 */
import { scaleLog, type ScaleLogarithmic } from 'd3';

/** The smallest power of ten at or below `low` and the largest at or above `high`. */
export function decadeDomain(low: number, high: number): [number, number] {
  if (!(low > 0 && high >= low)) throw new Error(`log axis: needs positive values with low ≤ high, got ${low} and ${high}`);
  return [10 ** Math.floor(Math.log10(low)), 10 ** Math.ceil(Math.log10(high))];
}

export function decadeTicks([low, high]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let power = Math.round(Math.log10(low)); 10 ** power <= high * (1 + 1e-9); power += 1) ticks.push(10 ** power);
  return ticks;
}

export function logScale(domain: [number, number], range: [number, number]): ScaleLogarithmic<number, number> {
  return scaleLog().domain(domain).range(range);
}
