/** Small readers over a chart layout's marks, so chart tests can ask about meaning rather than markup. */
import type { ChartLayout, Mark } from '../../src/charts/types';

export type RectMark = Extract<Mark, { type: 'rect' }>;
export type TextMark = Extract<Mark, { type: 'text' }>;
export type PointMark = Extract<Mark, { type: 'point' }>;

export const rects = (layout: ChartLayout): RectMark[] => layout.marks.filter((m): m is RectMark => m.type === 'rect');
export const texts = (layout: ChartLayout): TextMark[] => layout.marks.filter((m): m is TextMark => m.type === 'text');
export const points = (layout: ChartLayout): PointMark[] => layout.marks.filter((m): m is PointMark => m.type === 'point');

/** The texts of all text marks, in drawing order. */
export const labels = (layout: ChartLayout): string[] => texts(layout).map((t) => t.text);

/** Marks sharing a key, e.g. one bar with its value and period labels. */
export const keyed = (layout: ChartLayout, key: string): Mark[] => layout.marks.filter((m) => m.key === key);
