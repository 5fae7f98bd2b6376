/**
 * Build-time checks on a finished layout: direct labels must not collide and no mark may leave the plot.
 * A failing chart stops the build naming the chart, the layout and the label, so a long Chinese label or
 * a new figure that pushes a bar off the edge is caught before a reader sees it.
 */
import type { ChartLayout, Mark } from '../types';
import { estimateTextWidth, textSizePx } from './text-width';

export type LayoutName = 'narrow' | 'wide';
export type TextMark = Extract<Mark, { type: 'text' }>;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The line box around the alphabetic baseline, in ems: Arial-metric fonts reach 0.905 em above and 0.212
 * below, and browsers measure text by that box, so a label inside it is inside by any measure.
 */
const ascent = 0.92;
const descent = 0.22;

/** How far the baseline sits below `y` for each vertical alignment, in ems; SvgLayout renders the same shift as `dy`. */
export const baselineShift: Record<NonNullable<TextMark['baseline']>, number> = {
  top: ascent,
  middle: (ascent - descent) / 2,
  bottom: 0,
};

/** Rounding in the SVG output and anti-aliasing make sub-unit touches invisible. */
const tolerance = 0.5;

export function textBox(mark: TextMark): Box {
  const size = textSizePx[mark.size];
  const width = estimateTextWidth(mark.text, mark.size, mark.weight);
  const anchor = mark.anchor ?? 'start';
  const x0 = anchor === 'start' ? mark.x : anchor === 'middle' ? mark.x - width / 2 : mark.x - width;
  const baseline = mark.y + baselineShift[mark.baseline ?? 'bottom'] * size;
  return { x0, y0: baseline - ascent * size, x1: x0 + width, y1: baseline + descent * size };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 - tolerance && b.x0 < a.x1 - tolerance && a.y0 < b.y1 - tolerance && b.y0 < a.y1 - tolerance;
}

function outside(box: Box, layout: ChartLayout): boolean {
  return box.x0 < -tolerance || box.y0 < -tolerance || box.x1 > layout.width + tolerance || box.y1 > layout.height + tolerance;
}

function describeBox(box: Box, layout: ChartLayout): string {
  const r = (v: number) => Math.round(v);
  return `x ${r(box.x0)}–${r(box.x1)} of ${layout.width}, y ${r(box.y0)}–${r(box.y1)} of ${layout.height}`;
}

/** A straight horizontal or vertical line: a gridline, an axis, a reference line or a leader. */
function ruleBox(mark: Mark): Box | undefined {
  if (mark.type !== 'line' || (mark.x1 !== mark.x2 && mark.y1 !== mark.y2)) return undefined;
  return { x0: Math.min(mark.x1, mark.x2), y0: Math.min(mark.y1, mark.y2), x1: Math.max(mark.x1, mark.x2), y1: Math.max(mark.y1, mark.y2) };
}

/**
 * Throws when a checked label overlaps another checked label or is crossed by a rule (a gridline, axis or
 * reference line drawn through text makes it hard to read), or when any text (checked or not) sticks out
 * of the layout.
 */
export function assertLabelsFit(chartId: string, layoutName: LayoutName, layout: ChartLayout): void {
  const where = `Chart "${chartId}" (${layoutName})`;
  const texts = layout.marks.filter((m): m is TextMark => m.type === 'text');
  for (const mark of texts) {
    const box = textBox(mark);
    if (outside(box, layout)) {
      throw new Error(`${where}: label "${mark.text}" leaves the plot (${describeBox(box, layout)})`);
    }
  }
  const checked = texts.filter((m) => m.checked).map((mark) => ({ mark, box: textBox(mark) }));
  for (let i = 0; i < checked.length; i += 1) {
    for (let j = i + 1; j < checked.length; j += 1) {
      const a = checked[i];
      const b = checked[j];
      if (a && b && overlaps(a.box, b.box)) {
        throw new Error(`${where}: label "${a.mark.text}" overlaps "${b.mark.text}"`);
      }
    }
  }
  const crossings = layout.marks.flatMap((mark) => {
    const rule = ruleBox(mark);
    return rule ? checked.filter(({ box }) => overlaps(box, rule)).map(({ mark: label }) => `"${label.text}" (rule at ${describeBox(rule, layout)})`) : [];
  });
  if (crossings.length > 0) throw new Error(`${where}: a rule runs through ${crossings.join('; ')}`);
}

/** Diamonds and triangles are drawn a little larger than circles of the same r, to look the same size. */
export const pointReach = 1.3;

/** The box a non-text mark covers; paths are drawn from scales the builder already bounds, so they are skipped. */
function markBox(mark: Exclude<Mark, TextMark>): Box | undefined {
  switch (mark.type) {
    case 'rect':
      return { x0: mark.x, y0: mark.y, x1: mark.x + mark.width, y1: mark.y + mark.height };
    case 'point': {
      const reach = mark.shape === 'circle' || mark.shape === 'square' ? mark.r : mark.r * pointReach;
      return { x0: mark.x - reach, y0: mark.y - reach, x1: mark.x + reach, y1: mark.y + reach };
    }
    case 'line':
      return {
        x0: Math.min(mark.x1, mark.x2),
        y0: Math.min(mark.y1, mark.y2),
        x1: Math.max(mark.x1, mark.x2),
        y1: Math.max(mark.y1, mark.y2),
      };
    default:
      return undefined;
  }
}

function numbersOf(mark: Mark): number[] {
  switch (mark.type) {
    case 'rect':
      return [mark.x, mark.y, mark.width, mark.height];
    case 'point':
      return [mark.x, mark.y, mark.r];
    case 'line':
      return [mark.x1, mark.y1, mark.x2, mark.y2];
    case 'text':
      return [mark.x, mark.y];
    default:
      return [];
  }
}

function nameOf(mark: Mark): string {
  if (mark.type === 'text') return `text "${mark.text}"`;
  const label = ('title' in mark && mark.title) || mark.key;
  return label ? `${mark.type} "${label}"` : `${mark.type} mark`;
}

/** Throws when a mark has a non-finite coordinate, a negative size, or lies outside the layout. */
export function assertMarksInside(chartId: string, layoutName: LayoutName, layout: ChartLayout): void {
  const where = `Chart "${chartId}" (${layoutName})`;
  if (!(layout.width > 0 && layout.height > 0)) {
    throw new Error(`${where}: the layout needs a positive width and height, got ${layout.width} × ${layout.height}`);
  }
  for (const mark of layout.marks) {
    if (numbersOf(mark).some((n) => !Number.isFinite(n))) {
      throw new Error(`${where}: ${nameOf(mark)} has a coordinate that is not a number (a scale got a missing value?)`);
    }
    if (mark.type === 'text') continue;
    if (mark.type === 'rect' && (mark.width < 0 || mark.height < 0)) {
      throw new Error(`${where}: ${nameOf(mark)} has a negative width or height`);
    }
    const box = markBox(mark);
    if (box && outside(box, layout)) {
      throw new Error(`${where}: ${nameOf(mark)} leaves the plot (${describeBox(box, layout)})`);
    }
  }
}
