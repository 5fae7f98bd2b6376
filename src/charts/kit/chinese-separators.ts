/**
 * Tooltips (a bar's or point's SVG <title>) and data-table cells are often worded by a chart as "name, period:
 * value", a list of them as "one; two". In Chinese the separators are full-width, as on every other Chinese
 * line of the site: "智谱，2022年：5740万元". Only a comma, colon or semicolon followed by a space is a
 * separator; figures keep theirs ("1,245", "10:30").
 */
import { isChinese, type Locale } from '../../lib/locale';
import type { ChartLayout, ChartSpec } from '../types';

export function chineseSeparators(text: string): string {
  return text.replaceAll(', ', '，').replaceAll(': ', '：').replaceAll('; ', '；');
}

function layoutTitles(layout: ChartLayout): ChartLayout {
  return {
    ...layout,
    marks: layout.marks.map((mark) => ('title' in mark && mark.title !== undefined ? { ...mark, title: chineseSeparators(mark.title) } : mark)),
  };
}

/** The spec with full-width separators in its tooltips and table cells, in a Chinese edition; as it is otherwise. */
export function localiseSeparators(spec: ChartSpec, locale: Locale): ChartSpec {
  if (!isChinese(locale)) return spec;
  return {
    ...spec,
    table: { ...spec.table, rows: spec.table.rows.map((row) => row.map(chineseSeparators)) },
    narrow: layoutTitles(spec.narrow),
    wide: layoutTitles(spec.wide),
  };
}
