/**
 * Measures and small mark-makers every chart shares, so the charts look like one family: the same widths,
 * side margins and panel headings.
 */
import type { ColorToken, Mark, TextSize } from '../types';
import type { LayoutName } from './labels';
import { estimateTextWidth } from './text-width';

/** Narrow layouts are drawn for a 360 px phone at 1:1; wide ones for the 720 px chart column. */
export const layoutWidth: Record<LayoutName, number> = { narrow: 360, wide: 720 };

/** Side margins inside the SVG: on phones the plot runs edge to edge, so the layout keeps the text column's gutter. */
export const gutter: Record<LayoutName, number> = { narrow: 16, wide: 0 };

/** A panel's heading: the company name in its colour, then the unit in soft ink on the same line. */
export function panelHeading(x: number, y: number, name: string, unit: string, color: ColorToken): Mark[] {
  const nameSize: TextSize = 'heading';
  const marks: Mark[] = [{ type: 'text', x, y, text: name, size: nameSize, weight: 'bold', fill: color, baseline: 'top', checked: true }];
  if (unit) {
    const unitX = x + estimateTextWidth(name, nameSize, 'bold') + 8;
    marks.push({ type: 'text', x: unitX, y: y + 2, text: unit, size: 'small', fill: 'ink-soft', baseline: 'top', checked: true });
  }
  return marks;
}

/** Where a chart's two panels go: side by side on the wide layout, one above the other on the narrow one. */
export interface TwoPanels {
  width: number;
  side: number;
  stacked: boolean;
  /** Space between the panels: across when side by side, down when stacked. */
  gap: number;
  panelWidth: number;
  /** Left edge of the first (0) or second (1) panel. */
  left: (index: number) => number;
  /** Top of a panel, given the bottom of what is drawn above it when stacked. */
  top: (index: number, above: number) => number;
}

/** Side by side the panels always sit 40 apart; stacked, each chart chooses how much room its labels need. */
export function twoPanels(name: LayoutName, stackedGap: number): TwoPanels {
  const width = layoutWidth[name];
  const side = gutter[name];
  const stacked = name === 'narrow';
  const gap = stacked ? stackedGap : 40;
  const panelWidth = stacked ? width - side * 2 : (width - side * 2 - gap) / 2;
  return {
    width,
    side,
    stacked,
    gap,
    panelWidth,
    left: (index) => (stacked ? side : side + index * (panelWidth + gap)),
    top: (index, above) => (stacked && index > 0 ? above + gap : 0),
  };
}
