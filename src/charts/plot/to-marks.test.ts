import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { layoutMarkup, classPaint } from '../frame/svg-markup';
import { color, patternFill } from './paint';
import { plotSvg } from './render';
import { marksFromPlot, translatePath } from './to-marks';

const data = [
  { name: 'a', value: 2, key: 'zhipu-a' },
  { name: 'b', value: 4, key: 'minimax-b' },
];
const draw = (options: Parameters<typeof plotSvg>[0]) => marksFromPlot(plotSvg(options, 300, 120, 'test'), 10, 5, 'Chart "test"');

describe('the Plot sanitiser', () => {
  test('Plot draws a <style> element and its own attributes; none of it reaches the markup', () => {
    const svg = plotSvg({ x: { tickSize: 0 }, y: { axis: null }, marks: [Plot.barY(data, { x: 'name', y: 'value', fill: color.zhipu })] }, 300, 120, 'test');
    expect(JSON.stringify(svg.childNodes[0] && 'tagName' in svg.childNodes[0] ? svg.childNodes[0].tagName.toLowerCase() : '')).toBe('"style"');
    const markup = layoutMarkup({ width: 300, height: 120, marks: marksFromPlot(svg, 0, 0, 'test') }, 'p', classPaint);
    expect(markup).not.toMatch(/<style|style=|font-family|font-variant|aria-label|fill-opacity|currentColor|var\(/u);
    expect(markup.match(/<rect class="f-zhipu"/gu)).toHaveLength(2);
  });

  test('colours become theme tokens, patterns keep their colour, keys and titles travel, opacity means dimmed', () => {
    const marks = draw({
      axis: null,
      marks: [
        Plot.barY(data, { x: 'name', y: 'value', fill: (d) => patternFill(d.value > 3 ? 'hatch' : 'solid', 'minimax'), ariaLabel: 'key', title: 'name', fillOpacity: (d) => (d.value > 3 ? 0.3 : 1) }),
        Plot.ruleY([0], { stroke: color['ink-soft'] }),
      ],
    });
    expect(marks).toHaveLength(3);
    const [first, second, rule] = marks;
    expect(first).toMatchObject({ type: 'rect', fill: 'minimax', key: 'zhipu-a', title: 'a' });
    expect(first).not.toHaveProperty('dimmed');
    expect(second).toMatchObject({ type: 'rect', fill: 'minimax', pattern: 'hatch', key: 'minimax-b', dimmed: true });
    expect(rule).toMatchObject({ type: 'line', stroke: 'ink-soft', y1: 124.5, y2: 124.5, x1: 10.5, x2: 309.5 });
  });

  test('text takes the house sizes; axis labels are small, soft and left out of the collision check', () => {
    const marks = draw({
      y: { axis: null },
      x: { tickSize: 0, label: null },
      marks: [Plot.text(data, { x: 'name', y: 'value', text: 'name', className: 't-value t-bold', lineAnchor: 'top', textAnchor: 'start' })],
    });
    const texts = marks.filter((mark) => mark.type === 'text');
    expect(texts).toHaveLength(4);
    expect(texts.slice(0, 2)).toEqual([
      expect.objectContaining({ text: 'a', size: 'small', fill: 'ink-soft', anchor: 'middle' }),
      expect.objectContaining({ text: 'b', size: 'small', fill: 'ink-soft', anchor: 'middle' }),
    ]);
    expect(texts[0]).not.toHaveProperty('checked');
    expect(texts[2]).toMatchObject({ text: 'a', size: 'value', weight: 'bold', baseline: 'top', anchor: 'start', checked: true });
  });

  test('a dot keeps the r the spec asked for in the house shapes', () => {
    const marks = draw({
      axis: null,
      marks: [
        Plot.dot(data, { x: 'name', y: 'value', r: 5, symbol: 'diamond', fill: color.zhipu }),
        Plot.dot(data, { x: 'name', y: 'value', r: 4, fill: color.minimax }),
        Plot.dot(data, { x: 'name', y: 'value', r: 6, symbol: (d) => (d.value > 3 ? 'square' : 'circle'), fill: color.accent }),
        Plot.dot(data, { x: 'name', y: 'value', r: 3, symbol: 'triangle', fill: color.ink }),
      ],
    });
    expect(marks.map((mark) => (mark.type === 'point' ? `${mark.shape} ${mark.r.toFixed(2)} ${mark.fill}` : mark.type))).toEqual([
      'diamond 5.00 zhipu', 'diamond 5.00 zhipu', 'circle 4.00 minimax', 'circle 4.00 minimax', 'circle 6.00 accent', 'square 6.00 accent', 'triangle 3.00 ink', 'triangle 3.00 ink',
    ]);
  });

  test('a colour outside the theme, a tick mark and Plot’s own warning fail the build by name', () => {
    expect(() => draw({ axis: null, marks: [Plot.barY(data, { x: 'name', y: 'value', fill: 'steelblue' })] })).toThrow(
      /^Chart "test": a bar uses the colour "steelblue", which is not a theme colour\./u,
    );
    expect(() => draw({ y: { axis: null }, marks: [Plot.barY(data, { x: 'name', y: 'value', fill: color.zhipu })] })).toThrow(/tickSize: 0/u);
    expect(() => draw({ axis: null, marks: [Plot.barY([{ name: '2022', value: 2 }], { x: 'name', y: 'value', fill: color.zhipu })] })).toThrow(
      /Plot warned while drawing/u,
    );
  });

  test('paths are moved by the panel offset and rounded', () => {
    expect(translatePath('M1,2L3.04,4C5,6,7,8,9,10Z', 10, 100, 'test')).toBe('M11,102L13,104C15,106,17,108,19,110Z');
    expect(translatePath('M0,0A5,5,0,1,1,10,0', 1, 2, 'test')).toBe('M1,2A5,5,0,1,1,11,2');
  });
});
