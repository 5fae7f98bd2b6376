/**
 * Gridlines give way to labels. A straight line stroked as a gridline ('rule') is cut where a checked
 * label sits on it, with a small gap, so a scale stays readable behind direct labels without running
 * through their text. Axes, reference lines and data lines keep their full length: the label checker
 * (frame/labels.ts) fails the build if one of them crosses a label, because moving them is a design call.
 */
import { textBox, type Box, type TextMark } from '../frame/labels';
import type { ChartLayout, Mark } from '../types';

type LineMark = Extract<Mark, { type: 'line' }>;

/** Space kept between a label and the cut ends of a gridline. */
const gap = 2;
/** Pieces shorter than this are dropped rather than drawn as specks. */
const shortest = 2;

function isGridline(mark: Mark): mark is LineMark {
  return mark.type === 'line' && mark.stroke === 'rule' && (mark.x1 === mark.x2 || mark.y1 === mark.y2);
}

/** The stretches of [from, to] left once the blocked intervals are taken out. */
function subtract(from: number, to: number, blocked: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = from;
  for (const [b0, b1] of [...blocked].sort((a, b) => a[0] - b[0])) {
    if (b1 <= start || b0 >= to) continue;
    if (b0 - start >= shortest) pieces.push([start, b0]);
    start = Math.max(start, b1);
  }
  if (to - start >= shortest) pieces.push([start, to]);
  return pieces;
}

function cut(line: LineMark, boxes: readonly Box[]): LineMark[] {
  const vertical = line.x1 === line.x2;
  const [from, to] = vertical ? [Math.min(line.y1, line.y2), Math.max(line.y1, line.y2)] : [Math.min(line.x1, line.x2), Math.max(line.x1, line.x2)];
  const across = vertical ? line.x1 : line.y1;
  const blocked = boxes
    .filter((box) => (vertical ? box.x0 - gap < across && across < box.x1 + gap : box.y0 - gap < across && across < box.y1 + gap))
    .map((box) => (vertical ? ([box.y0 - gap, box.y1 + gap] as const) : ([box.x0 - gap, box.x1 + gap] as const)));
  if (blocked.length === 0) return [line];
  return subtract(from, to, blocked).map(([a, b]) => (vertical ? { ...line, y1: a, y2: b } : { ...line, x1: a, x2: b }));
}

export function clearGridlines(layout: ChartLayout): ChartLayout {
  const boxes = layout.marks.filter((m): m is TextMark => m.type === 'text' && m.checked === true).map(textBox);
  return { ...layout, marks: layout.marks.flatMap((mark): Mark[] => (isGridline(mark) ? cut(mark, boxes) : [mark])) };
}
