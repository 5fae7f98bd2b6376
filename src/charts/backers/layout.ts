/**
 * Geometry for the backers chart. Narrow: two columns, one per company, each a spine hanging from the
 * company's name with its backers on it. Wide: the two companies meet in the middle and their backers fan
 * out to either side along equal, thin links (equal because no source gives a stake to size them by).
 * Marker shape says the kind of investor; colour says which company it backed.
 */
import { linkHorizontal } from 'd3';
import type { ChartLayout, Mark, ShapeToken } from '../types';
import { wrapText } from '../frame/text-width';
import { companies, kindOrder, type Backer, type Company, type InvestorKind } from './backers';

export const kindShape: Record<InvestorKind, ShapeToken> = { state: 'square', tech: 'circle', international: 'diamond' };

export interface LabelledBacker extends Backer {
  label: string;
}

export interface LayoutWords {
  company: Record<Company, string>;
  group: Record<InvestorKind, string>;
}

type Row = { type: 'group'; kind: InvestorKind } | { type: 'backer'; backer: LabelledBacker; lines: string[] };

const lineHeight = 16;
const groupHeight = 22;
const rowGap = 12;
const markerR = 5.5;

/** A company's backers in S1's order, a group heading before each kind. */
function rowsFor(company: Company, backers: readonly LabelledBacker[], wrapWidth: number): Row[] {
  const own = backers.filter((b) => b.company === company);
  return kindOrder.flatMap((kind): Row[] => {
    const ofKind = own.filter((b) => b.kind === kind);
    if (ofKind.length === 0) return [];
    return [
      { type: 'group', kind },
      ...ofKind.map((backer): Row => ({ type: 'backer', backer, lines: wrapText(backer.label, wrapWidth, 'label') })),
    ];
  });
}

function rowHeight(row: Row): number {
  return row.type === 'group' ? groupHeight : row.lines.length * lineHeight + rowGap;
}

function stackHeight(rows: readonly Row[]): number {
  return rows.reduce((sum, row) => sum + rowHeight(row), 0);
}

/** Text lines of a backer's name, the first centred on `y`. */
function nameLines(row: Extract<Row, { type: 'backer' }>, x: number, y: number, anchor: 'start' | 'end'): Mark[] {
  return row.lines.map((line, index) => ({
    type: 'text',
    key: row.backer.key,
    x,
    y: y + index * lineHeight,
    text: line,
    size: 'label',
    anchor,
    baseline: 'middle',
    checked: true,
  }));
}

function marker(backer: LabelledBacker, x: number, y: number): Mark {
  return {
    type: 'point',
    key: backer.key,
    x,
    y,
    r: markerR,
    shape: kindShape[backer.kind],
    fill: backer.company,
    title: backer.label,
  };
}

const narrowWidth = 360;
/** Phones show the plot edge to edge, so the layout keeps its own margin. */
const narrowInset = 8;
const columnGap = 16;
const columnWidth = (narrowWidth - 2 * narrowInset - columnGap) / 2;

export function narrowLayout(backers: readonly LabelledBacker[], words: LayoutWords): ChartLayout {
  const marks: Mark[] = [];
  const spineX = 7;
  const textX = 20;
  const top = 36;
  let bottom = 0;
  companies.forEach((company, column) => {
    const x0 = narrowInset + column * (columnWidth + columnGap);
    marks.push(
      { type: 'text', key: company, x: x0, y: 0, text: words.company[company], size: 'heading', weight: 'bold', baseline: 'top', fill: company, checked: true },
      { type: 'line', key: company, x1: x0, y1: 25, x2: x0 + columnWidth, y2: 25, stroke: company, strokeWidth: 3 },
    );
    const rows = rowsFor(company, backers, columnWidth - textX);
    let y = top;
    let lastMarkerY = top;
    for (const row of rows) {
      if (row.type === 'group') {
        marks.push({ type: 'text', x: x0 + textX, y: y + 3, text: words.group[row.kind], size: 'small', baseline: 'top', fill: 'ink-soft', checked: true });
      } else {
        const centre = y + lineHeight / 2;
        marks.push(marker(row.backer, x0 + spineX, centre), ...nameLines(row, x0 + textX, centre, 'start'));
        lastMarkerY = centre;
      }
      y += rowHeight(row);
    }
    marks.push({ type: 'line', key: company, x1: x0 + spineX, y1: 25, x2: x0 + spineX, y2: lastMarkerY, stroke: company, strokeWidth: 1.5 });
    bottom = Math.max(bottom, y);
  });
  return { width: narrowWidth, height: Math.ceil(bottom), marks: ordered(marks) };
}

const wideWidth = 720;
const node = { zhipu: 280, minimax: 440 } as const;
const backerX = { zhipu: 170, minimax: 550 } as const;
const nodeR = 10;
const wideWrap = 156;

export function wideLayout(backers: readonly LabelledBacker[], words: LayoutWords): ChartLayout {
  const stacks = companies.map((company) => ({ company, rows: rowsFor(company, backers, wideWrap) }));
  const padding = 8;
  const height = Math.ceil(Math.max(...stacks.map((s) => stackHeight(s.rows))) + 2 * padding);
  const centreY = height / 2;
  const link = linkHorizontal();
  const marks: Mark[] = [];
  for (const { company, rows } of stacks) {
    const outward = company === 'zhipu' ? -1 : 1;
    const anchor = company === 'zhipu' ? 'end' : 'start';
    const labelX = backerX[company] + outward * 12;
    let y = centreY - stackHeight(rows) / 2;
    for (const row of rows) {
      if (row.type === 'group') {
        marks.push({ type: 'text', x: labelX, y: y + 3, text: words.group[row.kind], size: 'small', anchor, baseline: 'top', fill: 'ink-soft', checked: true });
      } else {
        const centre = y + lineHeight / 2;
        const d = link({ source: [backerX[company] - outward * markerR, centre], target: [node[company] + outward * nodeR, centreY] });
        marks.push(
          { type: 'path', key: row.backer.key, d: d ?? '', stroke: company, strokeWidth: 1.25 },
          marker(row.backer, backerX[company], centre),
          ...nameLines(row, labelX, centre, anchor),
        );
      }
      y += rowHeight(row);
    }
    marks.push(
      { type: 'point', key: company, x: node[company], y: centreY, r: nodeR, shape: 'circle', fill: company, title: words.company[company] },
      {
        type: 'text',
        key: company,
        x: node[company] - outward * (nodeR + 6),
        y: centreY,
        text: words.company[company],
        size: 'heading',
        weight: 'bold',
        anchor: company === 'zhipu' ? 'start' : 'end',
        baseline: 'middle',
        fill: company,
        checked: true,
      },
    );
  }
  return { width: wideWidth, height, marks: ordered(marks) };
}

/** Lines and links first, then markers, then text, so text and markers are never painted over. */
function ordered(marks: readonly Mark[]): Mark[] {
  const rank = (m: Mark) => (m.type === 'line' || m.type === 'path' ? 0 : m.type === 'text' ? 2 : 1);
  return [...marks].sort((a, b) => rank(a) - rank(b));
}
