/**
 * Scrollytelling states: each chart lists the states it knows, in reading order. A builder asked for a
 * state it does not know fails loudly, naming the chart and the states it has, rather than drawing a
 * default that would silently contradict the step's prose.
 */
export function resolveState<State extends string>(
  chartId: string,
  states: readonly State[],
  requested: string | undefined,
  fallback: State,
): State {
  if (requested === undefined) return fallback;
  const found = states.find((state) => state === requested);
  if (found === undefined) {
    throw new Error(`Chart "${chartId}": unknown state "${requested}"; its states are ${states.join(', ')}.`);
  }
  return found;
}
