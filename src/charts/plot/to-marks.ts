/**
 * The Plot sanitiser: reads the SVG Plot drew and rewrites it as the site's own marks (types.ts), the form
 * every chart hands the frame. Nothing of Plot's markup reaches the page: its <style> element, its
 * style, font and opacity attributes and its aria labels are dropped; colours become theme tokens (classes on
 * the page, so dark mode works); transforms are folded into coordinates; text takes the house sizes. The
 * marks then go through the same gridline clearing, label-collision and out-of-plot checks as every chart.
 *
 * What a Plot mark can say, besides its channels:
 * - `ariaLabel` (a channel): the data key, so scrolly states and tests find a bar and its labels together;
 * - `title` (a channel): the tooltip of a bar or dot;
 * - `fillOpacity` or `strokeOpacity` below 1: the datum is dimmed (the page's muted style);
 * - `className`: `t-small`, `t-label`, `t-value` or `t-heading` for a text size, `t-bold`, `is-dim` for a
 *   whole dimmed mark, and `unchecked` for text the collision check may let overlap (never needed for labels).
 * A dot's `symbol` (circle, square, diamond, triangle) becomes the house marker of that shape and its `r`.
 * Anything the sanitiser cannot map (a colour outside the theme, rotated text, multi-line text, a link,
 * Plot's own warning sign) fails the build naming the chart.
 */
import { num } from '../frame/svg-marks';
import type { ColorToken, Mark, ShapeToken, TextSize } from '../types';
import { readPaint, type Paint } from './paint';
import type { PlotElement, PlotNode } from './render';

interface Context {
  dx: number;
  dy: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: string;
  anchor?: string;
  fontSize?: number;
  bold: boolean;
  classes: readonly string[];
  /** Inside an axis or grid: tick labels are small, soft and unchecked; grid lines are rules. */
  axis?: 'labels' | 'grid' | 'ticks';
  /** Inside Plot's dot mark: its paths are markers. */
  dot: boolean;
  dimmed: boolean;
}

const sizes: ReadonlyArray<readonly [number, TextSize]> = [
  [12, 'small'],
  [13, 'label'],
  [14, 'value'],
  [15, 'heading'],
];
const textSizes: readonly TextSize[] = ['small', 'label', 'value', 'heading'];

/**
 * How far each d3 symbol reaches from its centre for a Plot `r` (Plot sizes a symbol by the area of the circle
 * of radius r), so a marker keeps the r the spec asked for and is redrawn in the house shape.
 */
const symbolReach: Record<ShapeToken, number> = {
  circle: 1,
  square: Math.sqrt(Math.PI) / 2,
  diamond: Math.sqrt(Math.PI / (2 * Math.tan(Math.PI / 6))),
  triangle: 2 * Math.sqrt(Math.PI / (3 * Math.sqrt(3))),
};

/** Plot's vertical text offsets for lineAnchor top and middle; bottom has none. */
const baselines: Record<string, 'top' | 'middle'> = { '0.71em': 'top', '0.32em': 'middle' };

const isElement = (node: PlotNode): node is PlotElement => 'tagName' in node;

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}. Plot charts may use theme colours only (color.* and patternFill in src/charts/plot/paint.ts), one-line unrotated text, and bars, rules, dots, lines, areas and text.`);
}

function number(element: PlotElement, name: string, fallback = 0): number {
  const value = element.getAttribute(name);
  return value === null ? fallback : Number(value);
}

function translation(element: PlotElement, where: string): [number, number] {
  const transform = element.getAttribute('transform');
  if (!transform) return [0, 0];
  const match = /^translate\(\s*(-?[\d.e+-]+)(?:[ ,]+(-?[\d.e+-]+))?\s*\)$/u.exec(transform.trim());
  if (!match?.[1]) fail(where, `a mark has the transform "${transform}"; only translations can be drawn`);
  return [Number(match[1]), Number(match[2] ?? 0)];
}

function inherit(element: PlotElement, context: Context, where: string): Context {
  const [dx, dy] = translation(element, where);
  const label = element.getAttribute('aria-label') ?? '';
  const classes = (element.getAttribute('class') ?? '').split(/\s+/u).filter((name) => name && !name.startsWith('plot-'));
  const opacity = Math.min(number(element, 'fill-opacity', 1), number(element, 'stroke-opacity', 1), number(element, 'opacity', 1));
  const fontSize = element.getAttribute('font-size');
  const fontWeight = element.getAttribute('font-weight');
  const strokeWidth = element.getAttribute('stroke-width');
  const axis =
    /\b(?:axis|tick) label\b/u.test(label) ? 'labels' : /-grid$/u.test(label) ? 'grid' : /-axis tick$/u.test(label) ? 'ticks' : context.axis;
  return {
    dx: context.dx + dx,
    dy: context.dy + dy,
    fill: element.getAttribute('fill') ?? context.fill,
    stroke: element.getAttribute('stroke') ?? context.stroke,
    strokeWidth: strokeWidth === null ? context.strokeWidth : Number(strokeWidth),
    dash: element.getAttribute('stroke-dasharray') ?? context.dash,
    anchor: element.getAttribute('text-anchor') ?? context.anchor,
    fontSize: fontSize === null ? context.fontSize : Number(fontSize),
    bold: fontWeight === null ? context.bold : fontWeight === 'bold' || Number(fontWeight) >= 600,
    classes: [...context.classes, ...classes],
    axis,
    dot: context.dot || label === 'dot',
    // Plot's grids are drawn at a low stroke opacity; that is the grid's look (a rule), not dimming.
    dimmed: context.dimmed || classes.includes('is-dim') || (opacity < 1 && axis !== 'grid'),
  };
}

function paintOf(value: string | undefined, where: string, role: string): Paint {
  if (value === undefined) return { none: true };
  const paint = readPaint(value);
  if (!paint) fail(where, `a ${role} uses the colour "${value}", which is not a theme colour`);
  return paint;
}

function tokenOf(value: string | undefined, where: string, role: string): ColorToken | undefined {
  const paint = paintOf(value, where, role);
  if ('none' in paint) return undefined;
  if (paint.pattern) fail(where, `a ${role} uses a pattern, which only bars can`);
  return paint.token;
}

function keyAndTitle(element: PlotElement): { key?: string; title?: string } {
  const key = element.getAttribute('aria-label') ?? undefined;
  const titleNode = Array.from(element.childNodes).find((node): node is PlotElement => isElement(node) && node.tagName.toLowerCase() === 'title');
  const title = titleNode ? textOf(titleNode) : undefined;
  return { ...(key ? { key } : {}), ...(title ? { title } : {}) };
}

function textOf(element: PlotElement): string {
  return Array.from(element.childNodes)
    .map((node) => (isElement(node) ? '' : (node.textContent ?? '')))
    .join('');
}

const dimmedFlag = (context: Context) => (context.dimmed ? { dimmed: true } : {});

/** Moves an absolute path by (dx, dy) and rounds it to the precision the markup writer uses. */
export function translatePath(d: string, dx: number, dy: number, where: string): string {
  const commands = d.match(/[a-zA-Z][^a-zA-Z]*/gu) ?? [];
  return commands
    .map((command) => {
      const letter = command[0] ?? '';
      const values = (command.slice(1).match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/giu) ?? []).map(Number);
      const moved = values.map((value, index) => {
        switch (letter) {
          case 'M': case 'L': case 'C': case 'S': case 'Q': case 'T':
            return value + (index % 2 === 0 ? dx : dy);
          case 'H':
            return value + dx;
          case 'V':
            return value + dy;
          case 'A':
            return index % 7 === 5 ? value + dx : index % 7 === 6 ? value + dy : value;
          case 'Z': case 'z':
            return value;
          default:
            return fail(where, `a path uses the relative command "${letter}"`);
        }
      });
      return letter + moved.map((value) => num(value)).join(',');
    })
    .join('');
}

function pathReach(d: string): number {
  const values = (d.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/giu) ?? []).map((value) => Math.abs(Number(value)));
  return Math.max(0, ...values);
}

/**
 * Which house shape a d3 symbol drawn by Plot's dot is, and how far it reaches from its centre, from its
 * outline around (0, 0): arcs make a circle, a path of horizontal and vertical steps a square, three
 * corners a triangle and four corners on the axes a diamond. A dot may then use a `symbol` channel as
 * freely as a constant.
 */
function readSymbol(d: string): { shape: ShapeToken; reach: number } | undefined {
  const start = /^M\s*(-?[\d.e+-]+)[ ,]\s*(-?[\d.e+-]+)/u.exec(d);
  if (!start) return undefined;
  const [x0, y0] = [Math.abs(Number(start[1])), Math.abs(Number(start[2]))];
  if (/A/u.test(d)) return { shape: 'circle', reach: Math.max(x0, y0) };
  if (/^M[^A-Za-z]+h[^A-Za-z]+v[^A-Za-z]+h[^A-Za-z]+Z$/u.test(d)) return { shape: 'square', reach: x0 };
  const corners = [...d.matchAll(/[ML]\s*(-?[\d.e+-]+)[ ,]\s*(-?[\d.e+-]+)/gu)].map((match) => [Number(match[1]), Number(match[2])] as const);
  const reach = pathReach(d);
  if (corners.length === 3) return { shape: 'triangle', reach };
  const onAxis = (value: number) => Math.abs(value) < 0.01 * Math.max(1, reach);
  if (corners.length === 4 && corners.every(([x, y]) => onAxis(x) || onAxis(y))) return { shape: 'diamond', reach };
  return undefined;
}

function textMark(element: PlotElement, context: Context, where: string): Mark {
  if (Array.from(element.childNodes).some((node) => isElement(node) && node.tagName.toLowerCase() === 'tspan')) {
    fail(where, `the text "${element.getAttribute('aria-label') ?? textOf(element)}" runs over several lines; draw one text per line`);
  }
  const [tx, ty] = translation(element, where);
  const text = textOf(element);
  if (context.fontSize === undefined && element.getAttribute('font-family') === 'initial') {
    fail(where, `Plot warned while drawing (${keyAndTitle(element).title ?? 'see its warning'})`);
  }
  const named = textSizes.find((size) => context.classes.includes(`t-${size}`));
  const measured = sizes.find(([px]) => px === context.fontSize)?.[1];
  const size: TextSize = named ?? measured ?? (context.axis === 'labels' ? 'small' : 'label');
  const anchor = context.anchor === 'end' ? 'end' : context.anchor === 'middle' ? 'middle' : 'start';
  const baseline = baselines[element.getAttribute('y') ?? ''] ?? 'bottom';
  const fill = context.axis === 'labels' && context.fill === undefined ? 'ink-soft' : tokenOf(context.fill, where, `text "${text}"`);
  const { key } = keyAndTitle(element);
  return {
    type: 'text',
    x: context.dx + tx + number(element, 'x'),
    y: context.dy + ty + (baselines[element.getAttribute('y') ?? ''] ? 0 : number(element, 'y')),
    text,
    size,
    anchor,
    baseline,
    ...(context.bold || context.classes.includes('t-bold') ? { weight: 'bold' as const } : {}),
    ...(fill && fill !== 'ink' ? { fill } : {}),
    ...(context.axis === 'labels' || context.classes.includes('unchecked') ? {} : { checked: true }),
    ...(key ? { key } : {}),
    ...dimmedFlag(context),
  };
}

function symbolMark(element: PlotElement, context: Context, where: string): Mark {
  const [tx, ty] = translation(element, where);
  const { shape, reach } = readSymbol(element.getAttribute('d') ?? '') ?? fail(where, 'a dot uses a symbol the site does not draw (use circle, square, diamond or triangle)');
  const fill = tokenOf(context.fill, where, 'dot') ?? fail(where, 'a dot needs a fill colour');
  const stroke = tokenOf(context.stroke, where, 'dot');
  return {
    type: 'point',
    x: context.dx + tx,
    y: context.dy + ty,
    r: reach / symbolReach[shape],
    shape,
    fill,
    ...(stroke ? { stroke } : {}),
    ...keyAndTitle(element),
    ...dimmedFlag(context),
  };
}

function elementMarks(element: PlotElement, parent: Context, where: string): Mark[] {
  const tag = element.tagName.toLowerCase();
  if (tag === 'style' || tag === 'title' || tag === 'defs') return [];
  const context = inherit(element, parent, where);
  // The element's own translation is part of `context` for groups only; marks read theirs themselves.
  const own: Context = { ...context, dx: parent.dx, dy: parent.dy };
  switch (tag) {
    case 'svg':
    case 'g':
      return Array.from(element.childNodes).flatMap((node) => (isElement(node) ? elementMarks(node, context, where) : []));
    case 'rect': {
      const paint = paintOf(own.fill, where, 'bar');
      if ('none' in paint) fail(where, 'a bar has no fill');
      return [{
        type: 'rect',
        x: own.dx + number(element, 'x'),
        y: own.dy + number(element, 'y'),
        width: number(element, 'width'),
        height: number(element, 'height'),
        fill: paint.token,
        ...(paint.pattern ? { pattern: paint.pattern } : {}),
        ...keyAndTitle(element),
        ...dimmedFlag(own),
      }];
    }
    case 'line': {
      const stroke = own.axis === 'grid' ? 'rule' : (tokenOf(own.stroke, where, 'rule') ?? fail(where, 'a rule has no stroke colour'));
      const [tx, ty] = translation(element, where);
      return [{
        type: 'line',
        x1: own.dx + tx + number(element, 'x1'),
        y1: own.dy + ty + number(element, 'y1'),
        x2: own.dx + tx + number(element, 'x2'),
        y2: own.dy + ty + number(element, 'y2'),
        stroke,
        ...(own.strokeWidth !== undefined && own.strokeWidth !== 1 ? { strokeWidth: own.strokeWidth } : {}),
        ...(own.dash ? { dash: own.dash } : {}),
        ...(element.getAttribute('aria-label') ? { key: element.getAttribute('aria-label') ?? '' } : {}),
        ...dimmedFlag(own),
      }];
    }
    case 'circle': {
      const fill = tokenOf(own.fill, where, 'dot') ?? fail(where, 'a dot needs a fill colour');
      const stroke = tokenOf(own.stroke, where, 'dot');
      return [{
        type: 'point',
        x: own.dx + number(element, 'cx'),
        y: own.dy + number(element, 'cy'),
        r: number(element, 'r'),
        shape: 'circle',
        fill,
        ...(stroke ? { stroke } : {}),
        ...keyAndTitle(element),
        ...dimmedFlag(own),
      }];
    }
    case 'path': {
      if (own.dot) return [symbolMark(element, own, where)];
      if (own.axis === 'ticks') fail(where, 'an axis draws tick marks; give the axis tickSize: 0 (the house style has none)');
      const [tx, ty] = translation(element, where);
      const fill = tokenOf(own.fill, where, 'area');
      const stroke = tokenOf(own.stroke, where, 'line');
      const { key } = keyAndTitle(element);
      return [{
        type: 'path',
        d: translatePath(element.getAttribute('d') ?? '', own.dx + tx, own.dy + ty, where),
        ...(fill ? { fill } : {}),
        ...(stroke ? { stroke } : {}),
        ...(stroke && own.strokeWidth !== undefined ? { strokeWidth: own.strokeWidth } : {}),
        ...(own.dash ? { dash: own.dash } : {}),
        ...(key ? { key } : {}),
        ...dimmedFlag(own),
      }];
    }
    case 'text':
      return [textMark(element, own, where)];
    default:
      return fail(where, `Plot drew a <${tag}>, which the site does not draw`);
  }
}

/**
 * The marks of one Plot panel, moved to (left, top) in the layout. Plot sets the root's fill to
 * currentColor and its text to 10 px; neither is a choice the spec made, so only its text anchor is inherited.
 */
export function marksFromPlot(svg: PlotElement, left: number, top: number, where: string): Mark[] {
  const root: Context = { dx: left, dy: top, anchor: svg.getAttribute('text-anchor') ?? undefined, bold: false, classes: [], dimmed: false, dot: false };
  return Array.from(svg.childNodes).flatMap((node) => (isElement(node) ? elementMarks(node, root, where) : []));
}
