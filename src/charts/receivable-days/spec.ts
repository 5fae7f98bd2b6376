/**
 * Zhipu's average trade receivable turnover days, 2022 to H1 2025: how long customers take to pay, and
 * beneath them what on-premise work cost while it waited. Horizontal bars stretch to the right as the
 * wait grows. States for scrollytelling: 'all', 'early' (2022 and 2023 highlighted), 'stretch' (2024 and
 * H1 2025 highlighted) and 'costs' (on-premise revenue against its cost of revenue, H1 2025).
 */
import { range, scaleLinear } from 'd3';
import { multiple } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import { formatDays, formatMultiple, formatTick } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { disagreementNotes, factText, formatPeriod, joinList, pickWords, type Words } from '../frame/draft-text';
import { estimateTextWidth, textSizePx } from '../frame/text-width';
import { absoluteNumber, figureLabel } from '../kit/figures';
import { resolveState } from '../kit/states';
import type { ChartBuilder, ChartLayout, ChartSpec, ColorToken, Mark } from '../types';

export const id = 'receivable-days';

export const states = ['all', 'early', 'stretch', 'costs'] as const;
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

const first = periods[0].fact;
const last = periods[3].fact;

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

export const words: Words<{
  title: (days: string, times: string) => string;
  /** Headlines for the scrolly steps: what the highlighted bars show. */
  earlyTitle: (periods: string) => string;
  stretchTitle: (periods: string) => string;
  costsTitle: (cost: string, revenue: string) => string;
  costsHeading: string;
  costLabels: { revenue: string; cost: (share: string) => string };
  subtitle: (from: string, to: string) => string;
  summary: (early: string, stretch: string, times: string) => string;
  step: (days: string, period: string) => string;
  annotation: (times: string, period: string) => string;
  caption: string;
  columns: [string, string];
  computedNote: (times: string, last: string, first: string) => string;
}> = {
  en: {
    title: (days, times) => `Zhipu now waits ${days} to be paid, ${times} as long as in 2022`,
    earlyTitle: (periods) => `At first Zhipu was paid fast: ${periods}`,
    stretchTitle: (periods) => `Then the wait stretched: ${periods}`,
    costsTitle: (cost, revenue) => `The costs do not wait: on-premise work cost ${cost} to deliver against ${revenue} of revenue`,
    costsHeading: 'On-premise deployment, first half of 2025',
    costLabels: { revenue: 'Revenue', cost: (share) => `Cost of revenue (${share} of the company’s total)` },
    subtitle: (from, to) => `Average trade receivable turnover days, ${from} to ${to}`,
    summary: (early, stretch, times) =>
      `Zhipu’s average trade receivable turnover days, the time its customers take to pay, were ${early}, then stretched to ${stretch}: ${times} the 2022 level.`,
    step: (days, period) => `${days} in ${period}`,
    annotation: (times, period) => `${times} the ${period} wait`,
    caption: 'Zhipu: average trade receivable turnover days; on-premise revenue and cost of revenue',
    columns: ['Period', 'Value'],
    computedNote: (times, lastDays, firstDays) => `${times} is our calculation: ${lastDays} divided by ${firstDays}.`,
  },
  'zh-hans': {
    title: (days, times) => `智谱回款周期拉长至${days}，是2022年的${times}`,
    earlyTitle: (periods) => `起初智谱回款很快：${periods}`,
    stretchTitle: (periods) => `随后回款周期不断拉长：${periods}`,
    costsTitle: (cost, revenue) => `成本却不等人：本地化部署收入${revenue}，营业成本${cost}`,
    costsHeading: '本地化部署，2025年上半年',
    costLabels: { revenue: '收入', cost: (share) => `营业成本（占公司总营业成本${share}）` },
    subtitle: (from, to) => `平均贸易应收款项周转天数，${from}至${to}`,
    summary: (early, stretch, times) =>
      `智谱平均贸易应收款项周转天数（客户付款所需时间）${early}，随后拉长至${stretch}，是2022年的${times}。`,
    step: (days, period) => `${period}${days}`,
    annotation: (times, period) => `是${period}的${times}`,
    caption: '智谱：平均贸易应收款项周转天数；本地化部署收入与营业成本',
    columns: ['期间', '数值'],
    computedNote: (times, lastDays, firstDays) => `${times}为本站计算：${lastDays} ÷ ${firstDays}。`,
  },
};

function rowsFor(locale: Locale, state: State): Row[] {
  return periods.map(({ fact, phase }) => {
    const days = absoluteNumber(id, fact);
    const { period } = getFact(fact);
    return {
      fact,
      phase,
      days,
      period: formatPeriod(period, locale, 'short'),
      periodLong: formatPeriod(period, locale),
      value: formatDays(days, locale),
      dimmed: state !== 'all' && state !== phase,
    };
  });
}

interface Geometry {
  width: number;
  /** Side margin: narrow layouts run to the phone's screen edges, so they keep their own. */
  inset: number;
  /** Period labels sit in a column left of the bars (wide) or above each bar (narrow). */
  labels: 'left' | 'above';
  barHeight: number;
  rowGap: number;
}

const narrowGeometry: Geometry = { width: 360, inset: 16, labels: 'above', barHeight: 24, rowGap: 14 };
const wideGeometry: Geometry = { width: 720, inset: 0, labels: 'left', barHeight: 28, rowGap: 16 };

/** Gridlines every 30 days: a month, two months, a quarter. */
const tickStep = 30;

const axisHeight = 22;
const valueGap = 6;

function layout(rows: readonly Row[], annotation: string, emphasise: boolean, g: Geometry, locale: Locale): ChartLayout {
  const labelColumn = g.labels === 'left' ? Math.max(...rows.map((r) => estimateTextWidth(r.period, 'label'))) + 16 : 0;
  const valueRoom = Math.max(...rows.map((r) => estimateTextWidth(r.value, 'value', 'bold'))) + valueGap + 2;
  const maxDays = Math.ceil(Math.max(...rows.map((r) => r.days)) / tickStep) * tickStep;
  const x = scaleLinear().domain([0, maxDays]).range([g.inset + labelColumn, g.width - g.inset - valueRoom]);
  const labelBand = g.labels === 'above' ? textSizePx.label + 6 : 0;
  const rowHeight = labelBand + g.barHeight + g.rowGap;
  const top = axisHeight + 6;
  const plotBottom = top + rows.length * rowHeight - g.rowGap;
  const marks: Mark[] = [];

  const ticks = range(0, maxDays + 1, tickStep);
  for (const tick of ticks) {
    const tx = x(tick);
    marks.push({ type: 'line', x1: tx, y1: top - 4, x2: tx, y2: plotBottom, stroke: tick === 0 ? 'ink-soft' : 'rule', strokeWidth: tick === 0 ? 1 : 0.75 });
    const anchor = tick === 0 ? 'start' : tick === ticks[ticks.length - 1] ? 'end' : 'middle';
    const text = tick === ticks[ticks.length - 1] ? formatDays(tick, locale) : formatTick(tick, locale);
    marks.push({ type: 'text', x: tx, y: 0, text, size: 'small', anchor, baseline: 'top', fill: 'ink-soft', checked: true });
  }

  rows.forEach((row, index) => {
    const rowTop = top + index * rowHeight;
    const barY = rowTop + labelBand;
    const barMid = barY + g.barHeight / 2;
    const end = x(row.days);
    const common = { key: row.fact, dimmed: row.dimmed };
    if (g.labels === 'left') {
      marks.push({ ...common, type: 'text', x: x(0) - 12, y: barMid, text: row.period, size: 'label', anchor: 'end', baseline: 'middle', checked: true });
    } else {
      marks.push({ ...common, type: 'text', x: x(0), y: rowTop, text: row.period, size: 'label', baseline: 'top', fill: 'ink-soft', checked: true });
    }
    marks.push({ ...common, type: 'rect', x: x(0), y: barY, width: end - x(0), height: g.barHeight, fill: 'zhipu', title: `${row.period}: ${row.value}` });
    marks.push({
      ...common,
      type: 'text',
      x: end + valueGap,
      y: barMid,
      text: row.value,
      size: 'value',
      weight: emphasise && !row.dimmed ? 'bold' : 'normal',
      baseline: 'middle',
      checked: true,
    });
  });

  const lastRow = rows[rows.length - 1];
  const annotationY = plotBottom + 8;
  if (lastRow) {
    marks.push({
      key: lastRow.fact,
      dimmed: lastRow.dimmed,
      type: 'text',
      x: x(lastRow.days),
      y: annotationY,
      text: annotation,
      size: 'small',
      anchor: 'end',
      baseline: 'top',
      fill: 'ink-soft',
      checked: true,
    });
  }
  return { width: g.width, height: annotationY + textSizePx.small + 4, marks };
}

interface CostBar {
  fact: FactId;
  label: string;
  value: string;
  amount: number;
  fill: ColorToken;
}

function costBars(locale: Locale): CostBar[] {
  const w = pickWords(words, locale);
  return [
    { fact: onPremise.revenue, label: w.costLabels.revenue, value: figureLabel(onPremise.revenue, locale), amount: absoluteNumber(id, onPremise.revenue), fill: 'zhipu' },
    {
      fact: onPremise.cost,
      label: w.costLabels.cost(factText(onPremise.share, locale)),
      value: figureLabel(onPremise.cost, locale),
      amount: absoluteNumber(id, onPremise.cost),
      fill: 'neutral',
    },
  ];
}

/** On-premise revenue against its cost of revenue: a heading and one labelled bar each, from `top`. */
function costPanel(bars: readonly CostBar[], heading: string, top: number, dimmed: boolean, g: Geometry): ChartLayout {
  const valueRoom = Math.max(...bars.map((bar) => estimateTextWidth(bar.value, 'value', 'bold'))) + valueGap + 2;
  const x = scaleLinear()
    .domain([0, Math.max(...bars.map((bar) => bar.amount))])
    .range([g.inset, g.width - g.inset - valueRoom]);
  const key = 'on-premise';
  const marks: Mark[] = [{ key, dimmed, type: 'text', x: g.inset, y: top, text: heading, size: 'label', weight: 'bold', baseline: 'top', checked: true }];
  let y = top + textSizePx.label + 12;
  for (const bar of bars) {
    const common = { key: bar.fact, dimmed };
    marks.push({ ...common, type: 'text', x: g.inset, y, text: bar.label, size: 'label', fill: 'ink-soft', baseline: 'top', checked: true });
    const barY = y + textSizePx.label + 6;
    const end = x(bar.amount);
    marks.push({ ...common, type: 'rect', x: x(0), y: barY, width: end - x(0), height: g.barHeight, fill: bar.fill, title: `${bar.label}: ${bar.value}` });
    marks.push({ ...common, type: 'text', x: end + valueGap, y: barY + g.barHeight / 2, text: bar.value, size: 'value', weight: 'bold', baseline: 'middle', checked: true });
    y = barY + g.barHeight + g.rowGap;
  }
  return { width: g.width, height: y - g.rowGap + 4, marks };
}

/** Days above costs. A phone's pinned chart has room for one part at a readable size, so `only` draws just one. */
function composed(days: ChartLayout, costs: (top: number) => ChartLayout, only?: 'days' | 'costs'): ChartLayout {
  if (only === 'days') return days;
  if (only === 'costs') return costs(4);
  const below = costs(days.height + 20);
  return { width: days.width, height: below.height, marks: [...days.marks, ...below.marks] };
}

export const build: ChartBuilder = (options): ChartSpec => {
  const { locale } = options;
  const state = resolveState(id, states, options.state, 'all');
  const w = pickWords(words, locale);
  const rows = rowsFor(locale, state);
  const times = formatMultiple(multiple(last, first).value, locale, { digits: 2 });
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  if (!firstRow || !lastRow) throw new Error(`Chart "${id}": no periods to draw`);
  const phrase = (phase: Row['phase']) =>
    joinList(rows.filter((row) => row.phase === phase).map((row) => w.step(row.value, row.periodLong)), locale);
  const annotation = w.annotation(times, firstRow.periodLong);
  const bars = costBars(locale);
  const factIds: FactId[] = [...periods.map((p) => p.fact), onPremise.revenue, onPremise.cost, onPremise.share];
  const titles: Record<State, string> = {
    all: w.title(lastRow.value, times),
    early: w.earlyTitle(phrase('early')),
    stretch: w.stretchTitle(phrase('stretch')),
    costs: w.costsTitle(factText(onPremise.cost, locale), factText(onPremise.revenue, locale)),
  };
  const costsDimmed = state === 'early' || state === 'stretch';
  const draw = (g: Geometry, only?: 'days' | 'costs') =>
    composed(layout(rows, annotation, state !== 'all', g, locale), (top) => costPanel(bars, w.costsHeading, top, costsDimmed, g), only);
  return {
    id,
    title: titles[state],
    subtitle: w.subtitle(firstRow.period, lastRow.periodLong),
    summary: w.summary(phrase('early'), phrase('stretch'), times),
    factIds,
    notes: [...disagreementNotes(factIds, locale), w.computedNote(times, lastRow.value, firstRow.value)],
    legend: [],
    table: {
      caption: w.caption,
      columns: w.columns,
      rows: [...rows.map((row) => [row.period, row.value]), ...bars.map((bar) => [`${w.costsHeading}: ${bar.label}`, bar.value])],
    },
    narrow: draw(narrowGeometry, state === 'all' ? undefined : state === 'costs' ? 'costs' : 'days'),
    wide: draw(wideGeometry),
  };
};
