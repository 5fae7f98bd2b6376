/**
 * Zhipu's average trade receivable turnover days, 2022 to H1 2025: how long customers take to pay, and
 * beneath them what on-premise work cost while it waited. Horizontal bars stretch to the right as the
 * wait grows. States for scrollytelling: 'all', 'early' (2022 and 2023 highlighted), 'stretch' (2024 and
 * H1 2025 highlighted) and 'costs' (on-premise revenue against its cost of revenue, H1 2025).
 */
import * as Plot from '@observablehq/plot';
import { range } from 'd3';
import { multiple } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import { formatDays, formatMultiple, formatTick } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { disagreementNotes, factText, formatPeriod, joinList } from '../frame/draft-text';
import { estimateTextWidth, textSizePx } from '../frame/text-width';
import { absoluteNumber, figureLabel } from '../kit/figures';
import { definePlotChart, type PlotFigure } from '../plot/define-plot-chart';
import { anchoredText, dimOpacity, inward } from '../plot/marks';
import { color } from '../plot/paint';
import type { ColorToken } from '../types';
import { words, type ReceivableWords } from './words';

const id = 'receivable-days';
const states = ['all', 'early', 'stretch', 'costs'] as const;
type State = (typeof states)[number];

const periods = [
  { fact: 'zhipu.receivable-days.2022', phase: 'early' },
  { fact: 'zhipu.receivable-days.2023', phase: 'early' },
  { fact: 'zhipu.receivable-days.2024', phase: 'stretch' },
  { fact: 'zhipu.receivable-days.h1-2025', phase: 'stretch' },
] as const satisfies ReadonlyArray<{ fact: FactId; phase: 'early' | 'stretch' }>;

/** On-premise deployment in H1 2025: what it earned and what it cost, and that cost's share of all cost of revenue. */
const onPremise = {
  revenue: 'zhipu.onprem-revenue.h1-2025',
  cost: 'zhipu.onprem-cost.h1-2025',
  share: 'zhipu.onprem-cost-share.h1-2025',
} as const satisfies Record<string, FactId>;
const factIds: FactId[] = [...periods.map((p) => p.fact), onPremise.revenue, onPremise.cost, onPremise.share];
const times = (locale: Locale) => formatMultiple(multiple(periods[3].fact, periods[0].fact).value, locale, { digits: 2 });

interface Row {
  fact: FactId;
  phase: 'early' | 'stretch';
  days: number;
  /** Short period for labels ("H1 2025"), long one for sentences ("the first half of 2025"). */
  period: string;
  periodLong: string;
  value: string;
  dimmed: boolean;
}

function rowsFor(locale: Locale, state: State): Row[] {
  return periods.map(({ fact, phase }) => {
    const days = absoluteNumber(id, fact);
    const { period } = getFact(fact);
    const [short, long] = [formatPeriod(period, locale, 'short'), formatPeriod(period, locale)];
    return { fact, phase, days, period: short, periodLong: long, value: formatDays(days, locale), dimmed: state !== 'all' && state !== phase };
  });
}

const phrase = (rows: readonly Row[], phase: Row['phase'], t: ReceivableWords, locale: Locale) =>
  joinList(rows.filter((row) => row.phase === phase).map((row) => t.step(row.value, row.periodLong)), locale);

interface Geometry {
  width: number;
  /** Side margin: narrow layouts run to the phone's screen edges, so they keep their own. */
  inset: number;
  /** Period labels sit in a column left of the bars (wide) or above each bar (narrow). */
  labels: 'left' | 'above';
  barHeight: number;
  rowGap: number;
}

const geometry: Record<'narrow' | 'wide', Geometry> = {
  narrow: { width: 360, inset: 16, labels: 'above', barHeight: 24, rowGap: 14 },
  wide: { width: 720, inset: 0, labels: 'left', barHeight: 28, rowGap: 16 },
};

/** Gridlines every 30 days: a month, two months, a quarter. */
const tickStep = 30;
const axisHeight = 22;
const valueGap = 6;
const valueRoom = (values: readonly string[]) => Math.max(...values.map((value) => estimateTextWidth(value, 'value', 'bold'))) + valueGap + 2;

/** Rows of bars on a band scale: each band holds the label above (when there is one), the bar and the gap below. */
function rowBands(count: number, top: number, labelBand: number, g: Geometry) {
  const rowHeight = labelBand + g.barHeight + g.rowGap;
  const bottom = top + count * rowHeight - g.rowGap;
  // Text sits at the middle of its band; these move it to the bar's middle and to the band's top.
  return { bottom, labelBand, range: [top, bottom + g.rowGap], toBar: labelBand + g.barHeight / 2 - rowHeight / 2, toTop: -rowHeight / 2 };
}

function daysFigure(rows: readonly Row[], annotation: string, emphasise: boolean, g: Geometry, locale: Locale): PlotFigure {
  const labelColumn = g.labels === 'left' ? Math.max(...rows.map((r) => estimateTextWidth(r.period, 'label'))) + 16 : 0;
  const maxDays = Math.ceil(Math.max(...rows.map((r) => r.days)) / tickStep) * tickStep;
  const top = axisHeight + 6;
  const bands = rowBands(rows.length, top, g.labels === 'above' ? textSizePx.label + 6 : 0, g);
  const height = bands.bottom + 8 + textSizePx.small + 4;
  const ticks = range(0, maxDays + 1, tickStep);
  const row = { y: 'fact', ariaLabel: 'fact', fillOpacity: (r: Row) => dimOpacity(r.dimmed) } as const;
  const bold = (r: Row) => emphasise && !r.dimmed;
  const value = (subset: readonly Row[], className: string) =>
    Plot.text(subset, { ...row, x: 'days', dx: valueGap, dy: bands.toBar, lineAnchor: 'middle', textAnchor: 'start', className, text: 'value' });
  const plot: Plot.PlotOptions = {
    margin: 0, marginTop: top - 4, marginBottom: height - bands.bottom,
    x: { domain: [0, maxDays], range: [g.inset + labelColumn, g.width - g.inset - valueRoom(rows.map((r) => r.value))], axis: null },
    y: { type: 'band', domain: rows.map((r) => r.fact), range: bands.range, padding: 0, axis: null },
    marks: [
      Plot.ruleX(ticks.slice(1), { stroke: color.rule, strokeWidth: 0.75 }),
      Plot.ruleX([0], { stroke: color['ink-soft'] }),
      ...anchoredText(ticks, inward(ticks.length), {
        x: (tick: number) => tick, frameAnchor: 'top', dy: 4 - top, lineAnchor: 'top', className: 't-small', fill: color['ink-soft'],
        text: (tick: number) => (tick === maxDays ? formatDays(tick, locale) : formatTick(tick, locale)),
      }),
      g.labels === 'left'
        ? Plot.text(rows, { ...row, x: 0, dx: -12, dy: bands.toBar, lineAnchor: 'middle', textAnchor: 'end', className: 't-label', text: 'period' })
        : Plot.text(rows, { ...row, x: 0, dy: bands.toTop, lineAnchor: 'top', textAnchor: 'start', className: 't-label', fill: color['ink-soft'], text: 'period' }),
      Plot.barX(rows, { ...row, x: 'days', insetTop: bands.labelBand, insetBottom: g.rowGap, fill: color.zhipu, title: (r: Row) => `${r.period}: ${r.value}` }),
      value(rows.filter(bold), 't-value t-bold'),
      value(rows.filter((r) => !bold(r)), 't-value'),
      Plot.text(rows.slice(-1), { x: 'days', ariaLabel: 'fact', fillOpacity: row.fillOpacity, frameAnchor: 'bottom', dy: 8, lineAnchor: 'top', textAnchor: 'end', className: 't-small', fill: color['ink-soft'], text: () => annotation }),
    ],
  };
  return { height, panels: [{ left: 0, top: 0, width: g.width, height, plot }] };
}

interface CostBar {
  fact: FactId;
  label: string;
  value: string;
  amount: number;
  fill: ColorToken;
}

function costBars(t: ReceivableWords, locale: Locale): CostBar[] {
  const bar = (fact: FactId, label: string, fill: ColorToken) => ({ fact, label, value: figureLabel(fact, locale), amount: absoluteNumber(id, fact), fill });
  return [bar(onPremise.revenue, t.costLabels.revenue, 'zhipu'), bar(onPremise.cost, t.costLabels.cost(factText(onPremise.share, locale)), 'neutral')];
}

/** On-premise revenue against its cost of revenue: a heading and one labelled bar each, from `top`. */
function costFigure(bars: readonly CostBar[], heading: string, top: number, dimmed: boolean, g: Geometry): PlotFigure {
  const bands = rowBands(bars.length, top + textSizePx.label + 12, textSizePx.label + 6, g);
  const height = bands.bottom + 4;
  const row = { y: 'fact', ariaLabel: 'fact', fillOpacity: dimOpacity(dimmed) } as const;
  const plot: Plot.PlotOptions = {
    margin: 0,
    x: { domain: [0, Math.max(...bars.map((bar) => bar.amount))], range: [g.inset, g.width - g.inset - valueRoom(bars.map((bar) => bar.value))], axis: null },
    y: { type: 'band', domain: bars.map((bar) => bar.fact), range: bands.range, padding: 0, axis: null },
    marks: [
      Plot.text([heading], { x: 0, frameAnchor: 'top', dy: top, lineAnchor: 'top', textAnchor: 'start', className: 't-label t-bold', ariaLabel: () => 'on-premise', fillOpacity: dimOpacity(dimmed) }),
      Plot.text(bars, { ...row, x: 0, dy: bands.toTop, lineAnchor: 'top', textAnchor: 'start', className: 't-label', fill: color['ink-soft'], text: 'label' }),
      Plot.barX(bars, { ...row, x: 'amount', insetTop: bands.labelBand, insetBottom: g.rowGap, fill: (bar: CostBar) => color[bar.fill], title: (bar: CostBar) => `${bar.label}: ${bar.value}` }),
      Plot.text(bars, { ...row, x: 'amount', dx: valueGap, dy: bands.toBar, lineAnchor: 'middle', textAnchor: 'start', className: 't-value t-bold', text: 'value' }),
    ],
  };
  return { height, panels: [{ left: 0, top: 0, width: g.width, height, plot }] };
}

export default definePlotChart({
  id,
  description: {
    en: 'Zhipu’s average trade receivable turnover days, 2022 to H1 2025: customers paid a little faster in 2023 than in 2022, then took far longer from 2024.',
    'zh-hans': '智谱2022年至2025年上半年的平均应收账款周转天数：2023年客户回款比2022年略快，2024年起明显拉长。',
  },
  usage: {
    en: 'Where a chapter explains the cost of selling on-premise projects; the states walk through the early years, the stretch and the costs.',
    'zh-hans': '用于解释私有化项目代价的段落；各状态依次展示早期、拉长和成本。',
  },
  words,
  facts: factIds,
  states,
  defaultState: 'all',
  text: ({ state, t, locale }) => {
    const rows = rowsFor(locale, state);
    const [firstRow, lastRow] = [rows[0], rows[rows.length - 1]];
    if (!firstRow || !lastRow) throw new Error(`Chart "${id}": no periods to draw`);
    const titles: Record<State, string> = {
      all: t.title(lastRow.value, times(locale)),
      early: t.earlyTitle(phrase(rows, 'early', t, locale)),
      stretch: t.stretchTitle(phrase(rows, 'stretch', t, locale)),
      costs: t.costsTitle(factText(onPremise.cost, locale), factText(onPremise.revenue, locale)),
    };
    return {
      title: titles[state],
      subtitle: t.subtitle(firstRow.period, lastRow.periodLong),
      summary: t.summary(phrase(rows, 'early', t, locale), phrase(rows, 'stretch', t, locale), times(locale)),
      notes: [...disagreementNotes(factIds, locale), t.computedNote(times(locale), lastRow.value, firstRow.value)],
      table: {
        caption: t.caption,
        columns: t.columns,
        rows: [...rows.map((row) => [row.period, row.value]), ...costBars(t, locale).map((bar) => [`${t.costsHeading}: ${bar.label}`, bar.value])],
      },
    };
  },
  plot: ({ state, t, locale, layout }) => {
    const g = geometry[layout];
    const rows = rowsFor(locale, state);
    const days = daysFigure(rows, t.annotation(times(locale), rows[0]?.periodLong ?? ''), state !== 'all', g, locale);
    const costs = (top: number) => costFigure(costBars(t, locale), t.costsHeading, top, state === 'early' || state === 'stretch', g);
    // A phone's pinned chart has room for one part at a readable size, so each state draws just one there.
    if (layout === 'narrow' && state !== 'all') return state === 'costs' ? costs(4) : days;
    const below = costs(days.height + 20);
    return { height: below.height, panels: [...days.panels, ...below.panels] };
  },
});
