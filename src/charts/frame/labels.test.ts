import { describe, expect, test } from 'vitest';
import type { ChartLayout, Mark } from '../types';
import { assertLabelsFit, assertMarksInside, textBox } from './labels';
import { estimateTextWidth, wrapText } from './text-width';

const layout = (marks: Mark[]): ChartLayout => ({ width: 360, height: 200, marks });
const label = (text: string, x: number, y: number, extra: Partial<Extract<Mark, { type: 'text' }>> = {}): Mark => ({
  type: 'text',
  x,
  y,
  text,
  size: 'label',
  checked: true,
  ...extra,
});

describe('estimateTextWidth', () => {
  test('CJK characters are one em, Latin narrower, bold wider', () => {
    expect(estimateTextWidth('智谱', 13)).toBeGreaterThanOrEqual(26);
    expect(estimateTextWidth('MiniMax', 13)).toBeLessThan(estimateTextWidth('智谱智谱智谱智', 13));
    expect(estimateTextWidth('iiii', 13)).toBeLessThan(estimateTextWidth('MMMM', 13));
    expect(estimateTextWidth('Zhipu', 'label', 'bold')).toBeGreaterThan(estimateTextWidth('Zhipu', 'label'));
  });

  test('wrapText breaks Latin at spaces and CJK between characters, within the width', () => {
    const latin = wrapText('One of China’s first 100-billion-parameter models', 170, 'label');
    expect(latin.length).toBeGreaterThan(1);
    expect(latin.join(' ')).toBe('One of China’s first 100-billion-parameter models');
    for (const line of latin) expect(estimateTextWidth(line, 'label')).toBeLessThanOrEqual(170);
    const chinese = wrapText('研发出中国最早的千亿大模型之一', 80, 'label');
    expect(chinese.join('')).toBe('研发出中国最早的千亿大模型之一');
    for (const line of chinese) expect(estimateTextWidth(line, 'label')).toBeLessThanOrEqual(80);
  });
});

describe('assertLabelsFit', () => {
  test('fails a reference line drawn through a label, naming the label', () => {
    const reference: Mark = { type: 'line', x1: 40, y1: 20, x2: 40, y2: 120, stroke: 'ink-soft', dash: '3 3' };
    expect(() => assertLabelsFit('demo', 'narrow', layout([reference, label('Revenue itself', 20, 60)]))).toThrow(
      /Chart "demo" \(narrow\): a rule runs through "Revenue itself"/u,
    );
    expect(() => assertLabelsFit('demo', 'narrow', layout([reference, label('Revenue itself', 60, 60)]))).not.toThrow();
  });

  test('passes labels that sit apart', () => {
    expect(() => assertLabelsFit('demo', 'narrow', layout([label('2022', 20, 50), label('2023', 120, 50)]))).not.toThrow();
  });

  test('names the chart, layout and both labels when two direct labels overlap', () => {
    const marks = [label('RMB 312.4 million', 40, 50), label('RMB 191 million', 90, 52)];
    expect(() => assertLabelsFit('revenue-growth', 'narrow', layout(marks))).toThrow(
      'Chart "revenue-growth" (narrow): label "RMB 312.4 million" overlaps "RMB 191 million"',
    );
  });

  test('the same labels side by side on a wide layout fit, and anchoring is taken into account', () => {
    const marks = [label('Zhipu', 100, 50, { anchor: 'end' }), label('MiniMax', 104, 50, { anchor: 'start' })];
    expect(() => assertLabelsFit('demo', 'wide', layout(marks))).not.toThrow();
  });

  test('unchecked labels may overlap (axis ticks under a direct label, say)', () => {
    const marks = [label('2022', 40, 50), label('2022', 42, 50, { checked: false })];
    expect(() => assertLabelsFit('demo', 'narrow', layout(marks))).not.toThrow();
  });

  test('reports a label leaving the plot, at either edge and in Chinese too', () => {
    expect(() => assertLabelsFit('gross-margins', 'narrow', layout([label('MiniMax: nearly 70%', 300, 50)]))).toThrow(
      /^Chart "gross-margins" \(narrow\): label "MiniMax: nearly 70%" leaves the plot \(x 300–4\d\d of 360/u,
    );
    expect(() => assertLabelsFit('demo', 'wide', layout([label('营收', 10, 50, { anchor: 'end' })]))).toThrow(/label "营收" leaves the plot/u);
    expect(() => assertLabelsFit('demo', 'wide', layout([label('top', 10, 2, { checked: false })]))).toThrow(/leaves the plot/u);
  });

  test('vertical alignment moves the box the way the SVG renders it', () => {
    const top = textBox({ type: 'text', x: 0, y: 10, text: 'x', size: 'label', baseline: 'top' });
    const bottom = textBox({ type: 'text', x: 0, y: 10, text: 'x', size: 'label' });
    expect(top.y0).toBeCloseTo(10);
    expect(bottom.y1).toBeGreaterThan(10);
    expect(bottom.y0).toBeLessThan(top.y0);
  });
});

describe('assertMarksInside', () => {
  test('rejects a bar that runs past the layout', () => {
    const marks: Mark[] = [{ type: 'rect', x: 300, y: 10, width: 80, height: 20, fill: 'zhipu', title: 'Zhipu 2024' }];
    expect(() => assertMarksInside('demo', 'narrow', layout(marks))).toThrow('Chart "demo" (narrow): rect "Zhipu 2024" leaves the plot');
  });

  test('rejects a coordinate that is not a number, as when a scale meets a missing value', () => {
    const marks: Mark[] = [{ type: 'point', x: Number.NaN, y: 10, r: 4, shape: 'circle', fill: 'minimax', key: 'minimax-2025' }];
    expect(() => assertMarksInside('demo', 'wide', layout(marks))).toThrow(/point "minimax-2025" has a coordinate that is not a number/u);
  });

  test('rejects negative sizes', () => {
    const marks: Mark[] = [{ type: 'rect', x: 10, y: 50, width: 10, height: -5, fill: 'zhipu' }];
    expect(() => assertMarksInside('demo', 'wide', layout(marks))).toThrow(/negative width or height/u);
  });
});
