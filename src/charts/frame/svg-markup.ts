/**
 * The one writer of chart SVG markup. Marks name their look as class lists (the classes chart.css styles);
 * a Paint turns a class list into attributes: on the page, the classes themselves, so themes and print
 * restyle the chart; in a standalone export, literal presentation attributes (see export-paint.ts), since
 * a file opened on its own has no stylesheet.
 */
import type { ChartLayout, ColorToken, LegendItem, Mark } from '../types';
import { baselineShift } from './labels';
import { classes, fillClass, num, patternId, shapePath, strokeClass, usedPatterns, type FilledPattern } from './svg-marks';

export type Attributes = Record<string, string | number | undefined>;

/** Turns the classes chart.css knows into the attributes an element carries. */
export type Paint = (classList: string) => Attributes;

/** On the page: the classes, for the stylesheet to resolve. */
export const classPaint: Paint = (classList) => ({ class: classList || undefined });

export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

export function element(name: string, attributes: Attributes, children = ''): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  // Explicit end tags read the same as HTML (inline SVG) and as XML (a standalone file).
  return `<${name}${attrs}>${children}</${name}>`;
}

const titled = (title: string | undefined) => (title ? element('title', {}, escapeXml(title)) : '');

/** A hatch, cross or dot fill in a series colour; the pattern's children take the colour from the pattern. */
export function patternMarkup(id: string, pattern: FilledPattern, color: ColorToken, paint: Paint): string {
  const ink =
    pattern === 'hatch' ? element('line', { ...paint('pat-ink'), x1: 0, y1: 0, x2: 0, y2: 6 })
    : pattern === 'cross' ? element('path', { ...paint('pat-ink'), d: 'M0,0L6,6M6,0L0,6' })
    : element('circle', { ...paint(`pat-dot ${fillClass(color)}`), cx: 3, cy: 3, r: 1.3 });
  return element(
    'pattern',
    { id, ...paint(`pat ${strokeClass(color)}`), patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: pattern === 'hatch' ? 'rotate(45)' : undefined },
    element('rect', { ...paint(`pat-bg ${fillClass(color)}`), width: 6, height: 6 }) + ink,
  );
}

const anchors = { start: undefined, middle: 'middle', end: 'end' } as const;

function markMarkup(mark: Mark, prefix: string, paint: Paint): string {
  const dim = mark.dimmed && 'is-dim';
  const key = mark.key;
  switch (mark.type) {
    case 'rect': {
      const patterned = mark.pattern && mark.pattern !== 'solid' ? mark.pattern : undefined;
      return element(
        'rect',
        {
          ...paint(classes(patterned ? `m-pat ${strokeClass(mark.fill)}` : fillClass(mark.fill), dim)),
          ...(patterned ? { fill: `url(#${patternId(prefix, patterned, mark.fill)})` } : {}),
          x: num(mark.x), y: num(mark.y), width: num(mark.width), height: num(mark.height),
          'data-key': key,
        },
        titled(mark.title),
      );
    }
    case 'line':
      return element('line', {
        ...paint(classes(strokeClass(mark.stroke), dim)),
        x1: num(mark.x1), y1: num(mark.y1), x2: num(mark.x2), y2: num(mark.y2),
        'stroke-width': mark.strokeWidth, 'stroke-dasharray': mark.dash, 'data-key': key,
      });
    case 'path':
      return element('path', {
        ...paint(classes(mark.fill ? fillClass(mark.fill) : 'no-fill', mark.stroke && strokeClass(mark.stroke), dim)),
        d: mark.d, 'stroke-width': mark.strokeWidth, 'stroke-dasharray': mark.dash, 'data-key': key,
      });
    case 'point': {
      const look = paint(classes('m-point', fillClass(mark.fill), strokeClass(mark.stroke ?? 'paper'), dim));
      const title = titled(mark.title);
      if (mark.shape === 'circle') return element('circle', { ...look, cx: num(mark.x), cy: num(mark.y), r: num(mark.r), 'data-key': key }, title);
      if (mark.shape === 'square') {
        return element('rect', { ...look, x: num(mark.x - mark.r), y: num(mark.y - mark.r), width: num(mark.r * 2), height: num(mark.r * 2), 'data-key': key }, title);
      }
      return element('path', { ...look, d: shapePath(mark.shape, mark.x, mark.y, mark.r), 'data-key': key }, title);
    }
    case 'text': {
      const shift = baselineShift[mark.baseline ?? 'bottom'];
      // The no-break space before each label (outside any <text>, so SVG draws nothing) keeps labels apart for
      // clients that read the svg as text, such as text browsers: "0 100 200", not "0100200". A line break or
      // a plain space would do in English, but w3m drops both between two Chinese characters.
      return '\n&#160;' + element(
        'text',
        {
          ...paint(classes(`t-${mark.size}`, mark.fill && fillClass(mark.fill), mark.weight === 'bold' && 't-bold', dim)),
          x: num(mark.x), y: num(mark.y), dy: shift ? `${shift}em` : undefined,
          'text-anchor': anchors[mark.anchor ?? 'start'], 'data-key': key,
        },
        escapeXml(mark.text),
      );
    }
  }
}

/** The inside of one layout's <svg>: its pattern definitions, then its marks in drawing order. */
export function layoutMarkup(layout: ChartLayout, prefix: string, paint: Paint): string {
  const patterns = usedPatterns(layout.marks);
  const defs = patterns.length > 0 ? element('defs', {}, patterns.map(({ pattern, color }) => patternMarkup(patternId(prefix, pattern, color), pattern, color, paint)).join('')) : '';
  return defs + layout.marks.map((mark) => markMarkup(mark, prefix, paint)).join('');
}

/** The key's sample of a series, inside an 18 × 14 box: the same colour, pattern or marker shape as the marks. */
export function swatchMarkup(item: LegendItem, idPrefix: string, paint: Paint): string {
  const pattern = item.pattern && item.pattern !== 'solid' ? item.pattern : undefined;
  if (item.range) {
    const cap = (x: number) => element('line', { ...paint(strokeClass(item.color)), x1: x, y1: 1.5, x2: x, y2: 12.5, 'stroke-width': 2 });
    return element('rect', { ...paint(fillClass(item.color)), x: 3, y: 5, width: 12, height: 4 }) + cap(3) + cap(15);
  }
  if (item.shape) {
    const look = paint(`m-point ${fillClass(item.color)} s-paper`);
    if (item.shape === 'circle') return element('circle', { ...look, cx: 9, cy: 7, r: 5 });
    if (item.shape === 'square') return element('rect', { ...look, x: 4, y: 2, width: 10, height: 10 });
    return element('path', { ...look, d: shapePath(item.shape, 9, 7.5, 4.4) });
  }
  if (pattern) {
    const id = patternId(idPrefix, pattern, item.color);
    return (
      element('defs', {}, patternMarkup(id, pattern, item.color, paint)) +
      element('rect', { ...paint(`m-pat ${strokeClass(item.color)}`), fill: `url(#${id})`, x: 1, y: 1, width: 16, height: 12 })
    );
  }
  return element('rect', { ...paint(fillClass(item.color)), x: 1, y: 1, width: 16, height: 12 });
}
