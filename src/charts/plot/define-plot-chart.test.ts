import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { labels, rects } from '../../../tests/support/chart-marks';
import { factText } from '../frame/draft-text';
import { assertLabelsFit, assertMarksInside } from '../frame/labels';
import { definePlotChart } from './define-plot-chart';
import { color } from './paint';
import type { FactId } from '../../facts/registry';
import { formatPlain } from '../../lib/format';
import { absoluteNumber } from '../kit/figures';

// The whole spec of a two-series bar chart of existing facts: revenue and net loss, Zhipu, 2022 to 2024.
const years = ['2022', '2023', '2024'] as const;
const rows = years.flatMap((year) => (['revenue', 'net-loss'] as const).map((series) => ({ year, series, id: `zhipu.${series}.${year}` as FactId })));
const millions = (row: (typeof rows)[number]) => absoluteNumber('example-revenue-loss', row.id) / 1e6;
const example = definePlotChart({
  id: 'example-revenue-loss',
  description: { en: 'Zhipu’s revenue beside its net loss, 2022 to 2024.', 'zh-hans': '智谱2022至2024年营收与净亏损。' },
  usage: { en: 'Where a chapter sets growth against losses.', 'zh-hans': '用于对比增长与亏损的段落。' },
  words: {
    en: { revenue: 'Revenue', 'net-loss': 'Net loss', title: 'Zhipu’s losses outgrew its revenue', unit: 'RMB million', columns: ['Year', 'Series', 'Amount'] },
    'zh-hans': { revenue: '营收', 'net-loss': '净亏损', title: '智谱亏损增速超过营收', unit: '百万元', columns: ['年份', '项目', '金额'] },
  },
  facts: rows.map((row) => row.id),
  text: ({ t, locale }) => ({
    title: t.title,
    subtitle: t.unit,
    summary: rows.map((row) => `${t[row.series]} ${row.year}: ${factText(row.id, locale)}.`).join(' '),
    legend: [{ label: t.revenue, color: 'zhipu' }, { label: t['net-loss'], color: 'ink-soft' }],
    table: { caption: t.title, columns: t.columns, rows: rows.map((row) => [row.year, t[row.series], factText(row.id, locale)]) },
  }),
  plot: ({ layout, locale }) => ({
    height: layout === 'narrow' ? 220 : 260,
    marginTop: 20, x: { axis: null, padding: 0.2 }, fx: { label: null, tickSize: 0 }, y: { axis: null },
    marks: [
      Plot.barY(rows, { fx: 'year', x: 'series', y: millions, fill: (row) => (row.series === 'revenue' ? color.zhipu : color['ink-soft']), ariaLabel: (row) => row.id }),
      Plot.text(rows, { fx: 'year', x: 'series', y: millions, text: (row) => formatPlain(millions(row), locale), dy: -4, lineAnchor: 'bottom', className: 't-small', ariaLabel: (row) => row.id }),
    ],
  }),
});

describe('a Plot chart defined in under thirty lines', () => {
  const spec = example.build({ locale: 'en' });

  test.each(['narrow', 'wide'] as const)('the %s layout has six bars in the theme colours with their values above', (name) => {
    const layout = spec[name];
    expect(rects(layout).map((bar) => `${bar.key}:${bar.fill}`)).toEqual([
      'zhipu.revenue.2022:zhipu', 'zhipu.net-loss.2022:ink-soft', 'zhipu.revenue.2023:zhipu', 'zhipu.net-loss.2023:ink-soft', 'zhipu.revenue.2024:zhipu', 'zhipu.net-loss.2024:ink-soft',
    ]);
    expect(labels(layout)).toEqual(['2022', '2023', '2024', '57.4', '144', '124.5', '788', '312.4', '2,958']);
    expect(() => assertMarksInside(example.id, name, layout)).not.toThrow();
    expect(() => assertLabelsFit(example.id, name, layout)).not.toThrow();
  });

  test('bars are drawn to scale: 2024 net loss over 2024 revenue', () => {
    const height = (key: string) => rects(spec.wide).find((bar) => bar.key === key)?.height ?? Number.NaN;
    expect(height('zhipu.net-loss.2024') / height('zhipu.revenue.2024')).toBeCloseTo(2958 / 312.4, 2);
  });

  test('the words follow the locale', () => {
    expect(example.build({ locale: 'zh-hans' }).title).toBe('智谱亏损增速超过营收');
    expect(spec.table.rows[1]).toEqual(['2022', 'Net loss', 'RMB 144 million']);
  });
});
