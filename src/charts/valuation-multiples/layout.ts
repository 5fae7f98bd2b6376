/**
 * Geometry for the valuation multiples: one horizontal bar per company and stage, grouped by company,
 * on a shared linear scale from zero. Before-listing bars are hatched and after-listing bars solid, so the
 * stage does not rest on colour; the value sits at the end of each bar, and other reported readings of a
 * valuation are ticks on the bar with their multiples written underneath. Every bar carries its value, so
 * there is no axis, only the zero line the bars grow from.
 */
import { scaleLinear } from 'd3';
import type { ChartLayout, Mark } from '../types';
import { estimateTextWidth, wrapText } from '../frame/text-width';
import type { Company, Stage } from './figures';

export interface BarRow {
  key: string;
  company: Company;
  stage: Stage;
  multiple: number;
  valueLabel: string;
  /** "HK$112.8 billion ÷ 2024 revenue of US$30.52 million" */
  inputs: string;
  others: readonly number[];
  othersLabel?: string;
}

export interface LayoutWords {
  company: Record<Company, string>;
  stage: Record<Stage, string>;
}

interface Frame {
  width: number;
  inset: number;
  /** Wide layouts have room for the inputs on the stage label's line. */
  inputsInline: boolean;
}

const barHeight = 18;
const lineHeight = 17;
const headerHeight = 30;
const rowGap = 18;

export const stagePattern = { before: 'hatch', after: 'solid' } as const;

function layout(rows: readonly BarRow[], words: LayoutWords, frame: Frame): ChartLayout {
  const left = frame.inset;
  const right = frame.width - frame.inset;
  const labelRoom = Math.max(...rows.map((r) => estimateTextWidth(r.valueLabel, 'value', 'bold'))) + 8;
  const max = Math.max(...rows.flatMap((r) => [r.multiple, ...r.others]));
  const x = scaleLinear().domain([0, max]).range([left, right - labelRoom]);

  const marks: Mark[] = [];
  const bars: Array<{ top: number; bottom: number }> = [];
  let y = 0;
  let company: Company | undefined;
  for (const row of rows) {
    if (row.company !== company) {
      company = row.company;
      if (y > 0) y += 6;
      marks.push({ type: 'text', key: company, x: left, y, text: words.company[company], size: 'heading', weight: 'bold', baseline: 'top', fill: company, checked: true });
      y += headerHeight - 6;
    }
    const stageLabel = words.stage[row.stage];
    const labelMiddle = y + lineHeight / 2;
    marks.push({ type: 'text', key: row.key, x: left, y: labelMiddle, text: stageLabel, size: 'label', weight: 'bold', baseline: 'middle', checked: true });
    const inputsX = frame.inputsInline ? left + estimateTextWidth(stageLabel, 'label', 'bold') + 10 : left;
    const inputLines = wrapText(row.inputs, right - inputsX, 'small');
    const firstInput = frame.inputsInline ? labelMiddle : labelMiddle + lineHeight;
    inputLines.forEach((line, index) => {
      marks.push({ type: 'text', key: row.key, x: inputsX, y: firstInput + index * 15, text: line, size: 'small', baseline: 'middle', fill: 'ink-soft', checked: true });
    });
    const barY = firstInput + (inputLines.length - 1) * 15 + 13;
    const end = x(row.multiple);
    marks.push(
      { type: 'rect', key: row.key, x: left, y: barY, width: end - left, height: barHeight, fill: row.company, pattern: stagePattern[row.stage], title: `${stageLabel}: ${row.valueLabel}` },
      { type: 'text', key: row.key, x: end + 6, y: barY + barHeight / 2, text: row.valueLabel, size: 'value', weight: 'bold', baseline: 'middle', checked: true },
    );
    bars.push({ top: barY, bottom: barY + barHeight });
    y = barY + barHeight;
    if (row.others.length > 0 && row.othersLabel) {
      for (const other of row.others) {
        marks.push({ type: 'line', key: row.key, x1: x(other), y1: barY - 4, x2: x(other), y2: barY + barHeight + 4, stroke: 'ink', strokeWidth: 1.5 });
      }
      const lines = wrapText(row.othersLabel, right - left, 'small');
      lines.forEach((line, index) => {
        marks.push({ type: 'text', key: row.key, x: left, y: y + 8 + index * 15, text: line, size: 'small', baseline: 'top', fill: 'ink-soft', checked: true });
      });
      y += 8 + lines.length * 15;
    }
    y += rowGap;
  }

  const baseline: Mark = {
    type: 'line',
    x1: left,
    y1: (bars[0]?.top ?? 0) - 4,
    x2: left,
    y2: (bars[bars.length - 1]?.bottom ?? 0) + 4,
    stroke: 'ink',
    strokeWidth: 1,
  };
  return { width: frame.width, height: Math.ceil(y - rowGap + 4), marks: [...marks, baseline] };
}

export function narrowLayout(rows: readonly BarRow[], words: LayoutWords): ChartLayout {
  return layout(rows, words, { width: 360, inset: 8, inputsInline: false });
}

export function wideLayout(rows: readonly BarRow[], words: LayoutWords): ChartLayout {
  return layout(rows, words, { width: 720, inset: 0, inputsInline: true });
}
