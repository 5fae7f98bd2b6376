/**
 * Facts drawn as rows on one log axis (see log-rows.ts): the row each series of facts becomes, the geometry
 * every such chart shares, its data-table rows and the note that explains the scale.
 */
import { getFact, type FactId } from '../../facts/registry';
import type { Locale } from '../../lib/locale';
import { pickWords, type Words } from '../frame/draft-text';
import type { LayoutName } from '../frame/labels';
import { gutter, layoutWidth } from '../frame/layout-kit';
import type { ColorToken, ShapeToken } from '../types';
import type { LogRow, LogRowsGeometry } from './log-rows';

export interface LogSeries {
  fact: FactId;
  color: ColorToken;
  shape: ShapeToken;
  name: Words<string>;
  what: Words<string>;
}

/** Where a row sits on the axis and the label written beside it; a point is a range whose ends meet. */
export interface LogFigure {
  low: number;
  high: number;
  label: string;
}

/** A figure the source gives only as "more than" is drawn as a lower bound. */
export function seriesRow(series: LogSeries, figure: LogFigure, locale: Locale): LogRow {
  return {
    key: series.fact,
    low: figure.low,
    high: figure.high,
    label: figure.label,
    name: pickWords(series.name, locale),
    what: pickWords(series.what, locale),
    color: series.color,
    shape: series.shape,
    lowerBound: getFact(series.fact).qualifier === 'over',
  };
}

/** On a phone each row's name sits above it; on the wide layout, in a column left of the plot. */
export const logRowsGeometry: Record<LayoutName, LogRowsGeometry> = {
  narrow: { width: layoutWidth.narrow, inset: gutter.narrow, names: 'above', nameColumn: 0 },
  wide: { width: layoutWidth.wide, inset: gutter.wide, names: 'left', nameColumn: 200 },
};

/** The data table: who and what the figure measures, then the figure as the chart labels it (buildChart sets a Chinese edition's separators full-width). */
export function logRowsTable(rows: readonly LogRow[]): string[][] {
  return rows.map((row) => [`${row.name}: ${row.what}`, row.label]);
}

export const logScaleNote: Words<string> = {
  en: 'Log scale: each gridline is ten times the one before.',
  'zh-hans': '对数刻度：每条网格线是前一条的十倍。',
};
