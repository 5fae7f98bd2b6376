/**
 * Spreads labels along one axis so none overlaps the next, keeping each as close as it can to where it
 * wants to be: a forward pass pushes labels down past their predecessors, a backward pass pulls them back
 * inside the bottom limit. Labels must be given in the order they should appear.
 */
export interface Span {
  /** Where the label's top would ideally be. */
  want: number;
  /** How tall the label is, gap included. */
  size: number;
}

export function dodge(spans: readonly Span[], min: number, max: number): number[] {
  const placed: number[] = [];
  let floor = min;
  for (const span of spans) {
    const at = Math.max(span.want, floor);
    placed.push(at);
    floor = at + span.size;
  }
  let ceiling = max;
  for (let index = spans.length - 1; index >= 0; index -= 1) {
    const span = spans[index];
    const at = placed[index];
    if (span === undefined || at === undefined) continue;
    const fitted = Math.min(at, ceiling - span.size);
    placed[index] = fitted;
    ceiling = fitted;
  }
  return placed;
}
