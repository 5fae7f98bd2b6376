/**
 * Small Plot mark builders for what the house style does often and Plot does once per mark: a text anchor
 * chosen per datum (an axis whose end labels turn inward), and dimming a datum for a scrolly state.
 */
import * as Plot from '@observablehq/plot';

export type Anchor = 'start' | 'middle' | 'end';

/** Plot's textAnchor is one value per mark: this draws one Plot.text per anchor the data uses. */
export function anchoredText<T>(data: readonly T[], anchorOf: (datum: T, index: number) => Anchor, options: Plot.TextOptions): Plot.Text[] {
  return (['start', 'middle', 'end'] as const).flatMap((anchor) => {
    const subset = data.filter((datum, index) => anchorOf(datum, index) === anchor);
    return subset.length > 0 ? [Plot.text(subset, { ...options, textAnchor: anchor })] : [];
  });
}

/** An axis's end labels turn inward so they stay inside the plot: the first starts, the last ends. */
export function inward(count: number): (datum: unknown, index: number) => Anchor {
  return (_datum, index) => (index === 0 ? 'start' : index === count - 1 ? 'end' : 'middle');
}

/** A fill or stroke opacity channel value: below 1 is read back as a dimmed mark (the page's muted style). */
export const dimOpacity = (dimmed: boolean): number => (dimmed ? 0.5 : 1);
