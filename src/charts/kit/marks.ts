/** Lookups over a finished layout, for tests and for charts that place one mark relative to another. */
import type { ChartLayout, Mark } from '../types';

export type MarkOf<T extends Mark['type']> = Extract<Mark, { type: T }>;

export function marksOf<T extends Mark['type']>(layout: ChartLayout, type: T): MarkOf<T>[] {
  return layout.marks.filter((mark): mark is MarkOf<T> => mark.type === type);
}

/** Texts of the text marks, in drawing order, optionally only those carrying `key`. */
export function textsOf(layout: ChartLayout, key?: string): string[] {
  return marksOf(layout, 'text')
    .filter((mark) => key === undefined || mark.key === key)
    .map((mark) => mark.text);
}
