/**
 * The facts a chart state puts forward: the fact ids carried as keys by marks the state does not dim, in
 * drawing order. The sequences page writes each step's text from them. A state that dims nothing, or whose
 * marks are keyed by something other than facts, puts forward every fact the chart draws.
 */
import { isFactId, type FactId } from '../../facts/registry';
import type { ChartSpec } from '../types';

export function highlightedFacts(spec: ChartSpec, limit = 6): FactId[] {
  const marks = spec.wide.marks;
  const dimsSomething = marks.some((mark) => mark.dimmed);
  const keyed = marks
    .filter((mark) => !mark.dimmed && mark.key !== undefined)
    .map((mark) => mark.key ?? '')
    .filter((key): key is FactId => isFactId(key) && spec.factIds.includes(key));
  const chosen = dimsSomething && keyed.length > 0 ? [...new Set(keyed)] : [...spec.factIds];
  return chosen.slice(0, limit);
}
