/**
 * Geometry for the shakeout timeline: one row per event, in reading order, each with its words and a
 * time track on a shared UTC scale from January 2024 to January 2026. A day or month the sources give is a
 * marker; a year, or the part of one the sources name ("mid-2024"), is a hatched span across it; an undated event tied to
 * another is an open marker at that event. Shape and colour say who acted.
 */
import { scaleUtc, type ScaleTime } from 'd3';
import type { ChartLayout, ColorToken, Mark, ShapeToken } from '../types';
import { estimateTextWidth, wrapText } from '../frame/text-width';
import type { Actor, EventKey } from './events';
import { drawnSpan, markerDate, type When } from './when';

export const actorColor: Record<Actor, ColorToken> = {
  giant: 'accent',
  tiger: 'neutral',
  zhipu: 'zhipu',
  minimax: 'minimax',
  industry: 'ink',
};

export const actorShape: Record<Actor, ShapeToken> = {
  giant: 'square',
  tiger: 'circle',
  zhipu: 'circle',
  minimax: 'circle',
  industry: 'diamond',
};

export interface TimelineRow {
  key: EventKey;
  actor: Actor;
  when: When;
  label: string;
  whenText: string;
}

interface Frame {
  width: number;
  bulletX: number;
  labelX: number;
  labelWidth: number;
  whenX: number;
  whenWidth: number;
  trackLeft: number;
  trackRight: number;
  /**
   * Narrow layouts put the date and track on a line of their own, under the label; year rules are then
   * drawn across each track only, so they never run through the words.
   */
  trackBelowLabel: boolean;
}

export const timeDomain: readonly [Date, Date] = [new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2026, 1, 1))];

const lineHeight = 17;
const smallLine = 15;
const rowGap = 14;
const headerHeight = 24;
const markerR = 5;
const spanHeight = 9;

function layout(rows: readonly TimelineRow[], frame: Frame): ChartLayout {
  const x = scaleUtc().domain(timeDomain).range([frame.trackLeft, frame.trackRight]);
  const marks: Mark[] = [];
  const background: Mark[] = [];
  let y = headerHeight;

  for (const row of rows) {
    const color = actorColor[row.actor];
    const shape = actorShape[row.actor];
    const labelLines = wrapText(row.label, frame.labelWidth, 'label');
    const whenLines = wrapText(row.whenText, frame.whenWidth, 'small');
    const firstMiddle = y + lineHeight / 2;
    marks.push({ type: 'point', key: row.key, x: frame.bulletX, y: firstMiddle, r: 4.5, shape, fill: color });
    labelLines.forEach((line, index) => {
      marks.push({ type: 'text', key: row.key, x: frame.labelX, y: firstMiddle + index * lineHeight, text: line, size: 'label', baseline: 'middle', checked: true });
    });
    const trackY = frame.trackBelowLabel ? firstMiddle + labelLines.length * lineHeight + 2 : firstMiddle;
    whenLines.forEach((line, index) => {
      marks.push({ type: 'text', key: row.key, x: frame.whenX, y: trackY + index * smallLine, text: line, size: 'small', baseline: 'middle', fill: 'ink-soft', checked: true });
    });
    background.push({ type: 'line', x1: frame.trackLeft, y1: trackY, x2: frame.trackRight, y2: trackY, stroke: 'rule', strokeWidth: 1 });
    if (frame.trackBelowLabel) {
      for (const at of yearStarts(x)) background.push({ type: 'line', x1: at, y1: trackY - 9, x2: at, y2: trackY + 9, stroke: 'rule', strokeWidth: 1 });
    }

    const title = `${row.label}: ${row.whenText}`;
    if (row.when.kind === 'year') {
      const span = drawnSpan(row.when);
      const x0 = x(span.from);
      marks.push({ type: 'rect', key: row.key, x: x0, y: trackY - spanHeight / 2, width: x(span.to) - x0, height: spanHeight, fill: color, pattern: 'hatch', title });
    } else {
      const open = row.when.kind === 'around';
      marks.push({
        type: 'point',
        key: row.key,
        x: x(markerDate(row.when)),
        y: trackY,
        r: markerR,
        shape,
        fill: open ? 'paper' : color,
        stroke: open ? color : undefined,
        title,
      });
    }
    const bottom = frame.trackBelowLabel
      ? trackY + (whenLines.length - 1) * smallLine + smallLine / 2
      : firstMiddle + (Math.max(labelLines.length, whenLines.length) - 1) * lineHeight + lineHeight / 2;
    y = bottom + rowGap;
  }
  const height = Math.ceil(y - rowGap + 6);
  return { width: frame.width, height, marks: [...background, ...yearAxis(x, frame, height), ...marks] };
}

function years(): number[] {
  const [start, end] = timeDomain;
  const all: number[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year += 1) all.push(year);
  return all;
}

/** Where each year begins on the track. */
function yearStarts(x: ScaleTime<number, number>): number[] {
  return years().map((year) => x(new Date(Date.UTC(year, 0, 1))));
}

/** Year names over their stretch of the track, and (wide) a rule at each new year running down every row. */
function yearAxis(x: ScaleTime<number, number>, frame: Frame, height: number): Mark[] {
  const marks: Mark[] = [];
  for (const year of years()) {
    const from = Math.max(x(new Date(Date.UTC(year, 0, 1))), frame.trackLeft);
    const to = Math.min(x(new Date(Date.UTC(year + 1, 0, 1))), frame.trackRight);
    if (to <= from) continue;
    const text = String(year);
    // A year with only a month drawn (January 2026) is named from its start, running past the track.
    const centred = estimateTextWidth(text, 'small', 'bold') <= to - from;
    if (!frame.trackBelowLabel) marks.push({ type: 'line', x1: from, y1: headerHeight - 6, x2: from, y2: height, stroke: 'rule', strokeWidth: 1 });
    marks.push(
      {
        type: 'text',
        x: centred ? (from + to) / 2 : from,
        y: 4,
        text,
        size: 'small',
        weight: 'bold',
        anchor: centred ? 'middle' : 'start',
        baseline: 'top',
        fill: 'ink-soft',
        checked: true,
      },
    );
  }
  return marks;
}

export function narrowLayout(rows: readonly TimelineRow[]): ChartLayout {
  return layout(rows, {
    width: 360,
    bulletX: 13,
    labelX: 24,
    labelWidth: 328,
    whenX: 24,
    whenWidth: 92,
    trackLeft: 124,
    trackRight: 326,
    trackBelowLabel: true,
  });
}

export function wideLayout(rows: readonly TimelineRow[]): ChartLayout {
  return layout(rows, {
    width: 720,
    bulletX: 7,
    labelX: 18,
    labelWidth: 300,
    whenX: 326,
    whenWidth: 94,
    trackLeft: 428,
    trackRight: 686,
    trackBelowLabel: false,
  });
}
