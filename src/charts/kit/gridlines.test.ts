import { describe, expect, test } from 'vitest';
import { textBox, type TextMark } from '../frame/labels';
import type { ChartLayout, Mark } from '../types';
import { clearGridlines } from './gridlines';

const label: TextMark = { type: 'text', x: 30, y: 60, text: 'Zhipu R&D', size: 'label', baseline: 'middle', checked: true };
const layout = (marks: Mark[]): ChartLayout => ({ width: 360, height: 200, marks });
const lines = (result: ChartLayout) => result.marks.filter((m) => m.type === 'line');

describe('clearGridlines', () => {
  test('cuts a gridline where a checked label sits on it, keeping a gap on either side', () => {
    const box = textBox(label);
    const grid: Mark = { type: 'line', x1: 50, y1: 10, x2: 50, y2: 150, stroke: 'rule' };
    const pieces = lines(clearGridlines(layout([grid, label])));
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toMatchObject({ y1: 10, y2: box.y0 - 2 });
    expect(pieces[1]).toMatchObject({ y1: box.y1 + 2, y2: 150 });
  });

  test('leaves axes, reference lines and gridlines clear of labels alone', () => {
    const reference: Mark = { type: 'line', x1: 50, y1: 10, x2: 50, y2: 150, stroke: 'ink-soft' };
    const clear: Mark = { type: 'line', x1: 300, y1: 10, x2: 300, y2: 150, stroke: 'rule' };
    expect(lines(clearGridlines(layout([reference, clear, label])))).toEqual([reference, clear]);
  });
});
