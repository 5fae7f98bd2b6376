/**
 * Rows of points on a shared log axis, for figures that span orders of magnitude (token volumes, the
 * global revenue and spending gap). Each row has a name, a short description, a point or a range, and its
 * value written beside it. Points, not bars: a bar's length means nothing on a log scale. A lower bound
 * ("more than") carries a dashed arrow pointing the way the true value lies; a range is drawn from its low
 * to its high end with end caps, however short that is.
 */
import type { ScaleLogarithmic } from 'd3';
import { formatTick } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { estimateTextWidth, textSizePx, wrapText } from '../frame/text-width';
import type { ChartLayout, ColorToken, Mark, ShapeToken } from '../types';
import { decadeDomain, decadeTicks, logScale } from './log-axis';

export interface LogRow {
  key: string;
  name: string;
  what: string;
  low: number;
  high: number;
  label: string;
  color: ColorToken;
  shape: ShapeToken;
  lowerBound: boolean;
  dimmed?: boolean;
  /** Rows with the same group sit under one heading, in the order given. */
  group?: string;
  /** Empty space left below the row for an annotation the chart draws itself. */
  spaceAfter?: number;
}

export interface LogRowsGeometry {
  width: number;
  /** Side margin; narrow layouts run to the screen edge, so they keep their own. */
  inset: number;
  /** Names in a column left of the plot (wide) or above each row (narrow). */
  names: 'left' | 'above';
  nameColumn: number;
}

export interface LogRowsDrawing {
  marks: Mark[];
  /** Bottom of the last row. */
  bottom: number;
  x: ScaleLogarithmic<number, number>;
  /** Vertical centre of each row's point, by key. */
  centres: Map<string, number>;
  /** Top of the space reserved below a row (`spaceAfter`), by key. */
  spaces: Map<string, number>;
}

export const pointRadius = 6;
/** Length of the "more than" arrow. */
const boundArrow = 26;
const reach = pointRadius * 1.3;

function boundArrowMarks(x: number, y: number, row: LogRow): Mark[] {
  const start = x + reach + 2;
  const end = start + boundArrow;
  const common = { key: row.key, dimmed: row.dimmed };
  return [
    { ...common, type: 'line', x1: start, y1: y, x2: end - 5, y2: y, stroke: row.color, strokeWidth: 1.5, dash: '3 2' },
    { ...common, type: 'path', d: `M${end},${y}L${end - 6},${y - 4}L${end - 6},${y + 4}Z`, fill: row.color },
  ];
}

/** A range as a bar from low to high with end caps, so even a narrow range reads as a span, not a point. */
function rangeMarks(x0: number, x1: number, y: number, row: LogRow): Mark[] {
  const common = { key: row.key, dimmed: row.dimmed };
  return [
    { ...common, type: 'rect', x: x0, y: y - 4, width: Math.max(x1 - x0, 0), height: 8, fill: row.color, title: `${row.name}: ${row.label}` },
    { ...common, type: 'line', x1: x0, y1: y - pointRadius - 1, x2: x0, y2: y + pointRadius + 1, stroke: row.color, strokeWidth: 2 },
    { ...common, type: 'line', x1: x1, y1: y - pointRadius - 1, x2: x1, y2: y + pointRadius + 1, stroke: row.color, strokeWidth: 2 },
  ];
}

/** `scaleRows` sets the scale: pass every row when drawing some of them, so each view shares one scale. */
export function drawLogRows(
  rows: readonly LogRow[],
  headings: ReadonlyMap<string, string>,
  locale: Locale,
  g: LogRowsGeometry,
  top = 0,
  scaleRows: readonly LogRow[] = rows,
): LogRowsDrawing {
  const domain = decadeDomain(Math.min(...scaleRows.map((r) => r.low)), Math.max(...scaleRows.map((r) => r.high)));
  const plotLeft = g.inset + (g.names === 'left' ? g.nameColumn : 0) + reach;
  const plotRight = g.width - g.inset - reach;
  const x = logScale(domain, [plotLeft, plotRight]);
  const rowMarks: Mark[] = [];
  const centres = new Map<string, number>();
  const spaces = new Map<string, number>();
  const tickTop = top;
  const rowsTop = tickTop + textSizePx.small + 10;
  let y = rowsTop;
  let group: string | undefined;
  for (const row of rows) {
    const key = row.key;
    const common = { key, dimmed: row.dimmed };
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      const heading = headings.get(group) ?? group;
      y += group === rows[0]?.group ? 0 : 10;
      rowMarks.push({ ...common, key: `group-${group}`, type: 'text', x: g.inset, y, text: heading, size: 'label', weight: 'bold', fill: 'ink-soft', baseline: 'top', checked: true });
      y += textSizePx.label + 10;
    }
    if (g.names === 'above') {
      const nameWidth = estimateTextWidth(`${row.name}  `, 'label', 'bold');
      rowMarks.push({ ...common, type: 'text', x: g.inset, y, text: row.name, size: 'label', weight: 'bold', baseline: 'top', checked: true });
      rowMarks.push({ ...common, type: 'text', x: g.inset + nameWidth, y: y + 1, text: row.what, size: 'small', fill: 'ink-soft', baseline: 'top', checked: true });
      y += textSizePx.label + 8;
    }
    const cy = y + pointRadius + 2;
    centres.set(key, cy);
    let blockBottom = cy + pointRadius;
    if (g.names === 'left') {
      rowMarks.push({ ...common, type: 'text', x: g.inset, y: cy - 2, text: row.name, size: 'label', weight: 'bold', baseline: 'bottom', checked: true });
      wrapText(row.what, g.nameColumn - 12, 'small').forEach((line, index) => {
        const lineY = cy + 1 + index * (textSizePx.small + 2);
        rowMarks.push({ ...common, type: 'text', x: g.inset, y: lineY, text: line, size: 'small', fill: 'ink-soft', baseline: 'top', checked: true });
        blockBottom = Math.max(blockBottom, lineY + textSizePx.small);
      });
    }
    const [x0, x1] = [x(row.low), x(row.high)];
    rowMarks.push({ ...common, type: 'line', x1: plotLeft, y1: cy, x2: plotRight, y2: cy, stroke: 'rule', strokeWidth: 0.75, dash: '1 3' });
    if (row.lowerBound) rowMarks.push(...boundArrowMarks(x1, cy, row));
    if (row.high > row.low) rowMarks.push(...rangeMarks(x0, x1, cy, row));
    else rowMarks.push({ ...common, type: 'point', x: x0, y: cy, r: pointRadius, shape: row.shape, fill: row.color, title: `${row.name}: ${row.label}` });
    const labelWidth = estimateTextWidth(row.label, 'value', 'bold');
    const afterX = x1 + reach + 6 + (row.lowerBound ? boundArrow + 4 : 0);
    const right = afterX + labelWidth <= g.width - g.inset;
    rowMarks.push({
      ...common,
      type: 'text',
      x: right ? afterX : x0 - reach - 6,
      y: cy,
      text: row.label,
      size: 'value',
      weight: 'bold',
      fill: row.color === 'other' || row.color === 'neutral' ? 'ink' : row.color,
      anchor: right ? 'start' : 'end',
      baseline: 'middle',
      checked: true,
    });
    y = blockBottom + (g.names === 'left' ? 16 : 14);
    if (row.spaceAfter) {
      spaces.set(key, y - 6);
      y += row.spaceAfter;
    }
  }
  const bottom = y - 8;
  const marks: Mark[] = [];
  const ticks = decadeTicks(domain);
  ticks.forEach((tick, index) => {
    const tx = x(tick);
    marks.push({ type: 'line', x1: tx, y1: rowsTop - 4, x2: tx, y2: bottom, stroke: 'rule', strokeWidth: 0.75 });
    const anchor = index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle';
    marks.push({ type: 'text', x: tx, y: tickTop, text: formatTick(tick, locale), size: 'small', fill: 'ink-soft', anchor, baseline: 'top', checked: true });
  });
  marks.push(...rowMarks);
  return { marks, bottom, x, centres, spaces };
}

export function logRowsLayout(rows: readonly LogRow[], headings: ReadonlyMap<string, string>, locale: Locale, g: LogRowsGeometry): ChartLayout {
  const drawing = drawLogRows(rows, headings, locale, g);
  return { width: g.width, height: drawing.bottom + 4, marks: drawing.marks };
}
