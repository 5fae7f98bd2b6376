/**
 * The contract between a chart's pure spec function and the shared frame that renders it.
 * A spec function takes facts (through the registry), a locale and optionally a scrolly state, and
 * returns a ChartSpec: words, a data table and two complete layouts (narrow for phones, wide for
 * larger screens), each a list of positioned marks computed with D3 scales. The frame turns marks into
 * inline SVG at build time; no chart code runs in the browser.
 */
import type { FactId } from '../facts/registry';
import type { Locale } from '../lib/locale';

/** Colours are tokens, resolved by CSS custom properties so light, dark and print themes all work. */
export type ColorToken = 'zhipu' | 'minimax' | 'neutral' | 'ink' | 'ink-soft' | 'rule' | 'accent' | 'paper' | 'other';

/** Second encodings besides colour: hatch patterns for areas, marker shapes for points. */
export type PatternToken = 'solid' | 'hatch' | 'dots' | 'cross';
export type ShapeToken = 'circle' | 'square' | 'diamond' | 'triangle';

/** Text sizes in CSS px at 1:1 scale; narrow layouts are drawn at 360 units wide so 1 unit = 1 px on a phone. */
export type TextSize = 'small' | 'label' | 'value' | 'heading';

interface MarkBase {
  /** Marks sharing a key can be highlighted or dimmed together by scrolly states. */
  key?: string;
  /** Dimmed marks are drawn in a muted style (scrolly emphasis). */
  dimmed?: boolean;
}

export type Mark =
  | (MarkBase & { type: 'rect'; x: number; y: number; width: number; height: number; fill: ColorToken; pattern?: PatternToken; title?: string })
  | (MarkBase & { type: 'path'; d: string; stroke?: ColorToken; fill?: ColorToken; strokeWidth?: number; dash?: string })
  | (MarkBase & { type: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: ColorToken; strokeWidth?: number; dash?: string })
  | (MarkBase & { type: 'point'; x: number; y: number; r: number; shape: ShapeToken; fill: ColorToken; stroke?: ColorToken; title?: string })
  | (MarkBase & {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: TextSize;
      anchor?: 'start' | 'middle' | 'end';
      /** Vertical alignment relative to y. */
      baseline?: 'top' | 'middle' | 'bottom';
      weight?: 'normal' | 'bold';
      fill?: ColorToken;
      /** Direct labels are checked for overlap and for staying inside the plot at build time. */
      checked?: boolean;
    });

export interface ChartLayout {
  width: number;
  height: number;
  marks: readonly Mark[];
}

export interface LegendItem {
  label: string;
  color: ColorToken;
  pattern?: PatternToken;
  shape?: ShapeToken;
  /** A bar with end caps: a range the sources give rather than one figure. */
  range?: boolean;
}

export interface ChartTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface ChartSpec {
  /** Stable id: permalink anchor (#chart-<id>) and download file names. */
  id: string;
  /** A headline that states the finding, not the topic. */
  title: string;
  /** Units and period, e.g. "Revenue, RMB million, 2022 to H1 2025". */
  subtitle: string;
  /** Screen-reader and print summary, drafted from the facts; editors may override. */
  summary: string;
  /** Every fact the chart draws; drives the source line and the downloads. */
  factIds: readonly FactId[];
  /** Disagreements and caveats, shown on the chart itself under the plot. */
  notes: readonly string[];
  legend: readonly LegendItem[];
  table: ChartTable;
  narrow: ChartLayout;
  wide: ChartLayout;
}

export interface ChartOptions {
  locale: Locale;
  /** Scrolly state name; each chart documents the states it knows. */
  state?: string;
  /** Editor overrides for the drafted words. */
  title?: string;
  summary?: string;
}

export type ChartBuilder = (options: ChartOptions) => ChartSpec;
