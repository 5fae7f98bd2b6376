/**
 * What each unit of revenue costs: R&D and marketing as multiples of 2024 revenue, against a 1× line for
 * revenue itself, and compute's share of R&D spending. Zhipu's stated 7× is checked against its R&D and
 * revenue facts; the 70%-to-80% range one source gives for compute is drawn as a dotted extension.
 */
import { scaleLinear } from 'd3';
import { multiple } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import { allReadings, isRange } from '../../facts/types';
import { formatMultiple, formatPercent } from '../../lib/format';
import { isChinese, type Locale } from '../../lib/locale';
import { disagreementMark, disagreementNotes, factText, pickWords, type Words } from '../frame/draft-text';
import type { LayoutName } from '../frame/labels';
import { panelHeading, twoPanels } from '../frame/layout-kit';
import { estimateTextWidth } from '../frame/text-width';
import { figureLabel } from '../kit/figures';
import type { ChartLayout, ChartOptions, ChartSpec, ColorToken, Mark } from '../types';

type Company = 'zhipu' | 'minimax';

interface MultipleRow {
  label: string;
  value: number;
  text: string;
  color: ColorToken;
  key: string;
}

const ids = {
  zhipuRnd: 'zhipu.rnd-multiple.2024',
  minimaxRnd: 'minimax.rnd-multiple.2024',
  marketing: 'minimax.marketing-share.2024',
  zhipuRndSpend: 'zhipu.rnd.2024',
  zhipuRevenue: 'zhipu.revenue.2024',
  compute: { zhipu: 'zhipu.compute-share-of-rnd', minimax: 'minimax.compute-share-of-rnd' },
} as const satisfies Record<string, FactId | Record<Company, FactId>>;

const companies: readonly Company[] = ['zhipu', 'minimax'];

export const words: Words<{
  name: Record<Company, string>;
  multiplesHeading: string;
  multiplesUnit: string;
  computeHeading: string;
  computeUnit: string;
  revenue: string;
  rnd: (name: string) => string;
  marketing: (name: string) => string;
  revenueLine: string;
  range: string;
  subtitle: string;
  checkNote: (spend: string, revenue: string, result: string) => string;
  /** The table row of our own computation: the R&D label with this after it. */
  ourCheck: string;
  jointNote: string;
  columns: [string, string, string];
  caption: string;
  title: (zhipu: string, minimax: string, marketing: string) => string;
}> = {
  en: {
    name: { zhipu: 'Zhipu', minimax: 'MiniMax' },
    multiplesHeading: 'Spending',
    multiplesUnit: 'multiple of 2024 revenue',
    computeHeading: 'Compute',
    computeUnit: 'share of R&D spending',
    revenue: 'Revenue itself',
    rnd: (name) => `${name} R&D`,
    marketing: (name) => `${name} sales and marketing`,
    revenueLine: 'revenue',
    range: 'Range one source gives',
    subtitle: 'R&D and marketing spending as multiples of revenue, 2024, and compute’s share of R&D',
    ourCheck: ' (our check)',
    checkNote: (spend, revenue, result) => `Our check: Zhipu’s R&D of ${spend} ÷ revenue of ${revenue} = ${result}, consistent with the 7× the source states.`,
    jointNote: 'The sources state the compute share of R&D for Zhipu and MiniMax together.',
    columns: ['Measure', 'Value', 'Period'],
    caption: 'R&D and marketing as multiples or shares of revenue, and compute’s share of R&D',
    title: (zhipu, minimax, marketing) =>
      `Zhipu spent ${zhipu} its revenue on R&D in 2024 and MiniMax ${minimax}; MiniMax’s marketing alone cost ${marketing} of revenue`,
  },
  'zh-hans': {
    name: { zhipu: '智谱', minimax: 'MiniMax' },
    multiplesHeading: '支出',
    multiplesUnit: '相当于2024年营收的倍数',
    computeHeading: '算力',
    computeUnit: '占研发投入比例',
    revenue: '营收本身',
    rnd: (name) => `${name}研发投入`,
    marketing: (name) => `${name}销售及营销费用`,
    revenueLine: '营收',
    range: '一家来源给出的区间',
    subtitle: '2024年研发与营销支出相当于营收的倍数，以及算力占研发投入的比例',
    ourCheck: '（本站核算）',
    checkNote: (spend, revenue, result) => `本站核算：智谱研发投入${spend}÷营收${revenue}＝${result}，与来源所称7倍相符。`,
    jointNote: '各来源对算力占研发比例的说法同时针对智谱和MiniMax。',
    columns: ['指标', '数值', '期间'],
    caption: '研发与营销支出相当于营收的倍数或比例，以及算力占研发投入的比例',
    title: (zhipu, minimax, marketing) => `2024年智谱研发投入为营收的${zhipu}，MiniMax为${minimax}；MiniMax仅营销费用就达营收的${marketing}`,
  },
};

function numberOf(id: FactId): number {
  const value = getFact(id).value;
  if (typeof value !== 'number') throw new Error(`Chart "spending-multiples": fact "${id}" must be a single number`);
  return value;
}

function multipleRows(locale: Locale): MultipleRow[] {
  const t = pickWords(words, locale);
  return [
    { label: t.revenue, value: 1, text: formatMultiple(1, locale), color: 'other', key: 'revenue' },
    { label: t.rnd(t.name.zhipu), value: numberOf(ids.zhipuRnd), text: figureLabel(ids.zhipuRnd, locale), color: 'zhipu', key: 'zhipu-rnd' },
    { label: t.rnd(t.name.minimax), value: numberOf(ids.minimaxRnd), text: figureLabel(ids.minimaxRnd, locale), color: 'minimax', key: 'minimax-rnd' },
    {
      label: t.marketing(t.name.minimax),
      value: numberOf(ids.marketing) / 100,
      text: isChinese(locale)
        ? `${factText(ids.marketing, locale)}（${formatMultiple(numberOf(ids.marketing) / 100, locale)}）`
        : `${factText(ids.marketing, locale)} (${formatMultiple(numberOf(ids.marketing) / 100, locale)})`,
      color: 'minimax',
      key: 'minimax-marketing',
    },
  ];
}

/** The widest range any reading gives for a compute share, for the dotted extension. */
function computeRange(id: FactId): { low: number; high: number } {
  const values = allReadings(getFact(id)).flatMap((r) => (isRange(r.value) ? [r.value.low, r.value.high] : typeof r.value === 'number' ? [r.value] : []));
  return { low: Math.min(...values), high: Math.max(...values) };
}

const rowLabelHeight = 18;
const barHeight = 16;
const rowGap = 14;

function barRows(
  marks: Mark[],
  rows: ReadonlyArray<{ label: string; key: string; color: ColorToken; from: number; to: number; extension?: number; text: string }>,
  top: number,
  left: number,
  right: number,
): { bottom: number; bars: Array<{ top: number; bottom: number }> } {
  const bars: Array<{ top: number; bottom: number }> = [];
  let y = top;
  for (const row of rows) {
    const barTop = y + rowLabelHeight;
    bars.push({ top: barTop, bottom: barTop + barHeight });
    marks.push(
      { type: 'text', key: row.key, x: left, y, text: row.label, size: 'label', baseline: 'top', checked: true },
      { type: 'rect', key: row.key, x: row.from, y: barTop, width: row.to - row.from, height: barHeight, fill: row.color, title: `${row.label}: ${row.text}` },
    );
    let end = row.to;
    if (row.extension !== undefined && row.extension > row.to) {
      marks.push({ type: 'rect', key: row.key, x: row.to, y: barTop, width: row.extension - row.to, height: barHeight, fill: row.color, pattern: 'dots', title: `${row.label}: ${row.text}` });
      end = row.extension;
    }
    const textWidth = estimateTextWidth(row.text, 'label', 'bold');
    const outside = end + 6 + textWidth <= right;
    const inside = !outside && row.to - row.from >= textWidth + 12;
    const mid = barTop + barHeight / 2;
    marks.push(
      outside || inside
        ? { type: 'text', key: row.key, x: outside ? end + 6 : row.to - 6, y: mid, text: row.text, size: 'label', weight: 'bold', fill: inside ? 'paper' : 'ink', anchor: outside ? 'start' : 'end', baseline: 'middle', checked: true }
        : { type: 'text', key: row.key, x: right, y: barTop + barHeight + 4, text: row.text, size: 'label', weight: 'bold', anchor: 'end', baseline: 'top', checked: true },
    );
    y = barTop + barHeight + (outside || inside ? 0 : 18) + rowGap;
  }
  return { bottom: y - rowGap, bars };
}

function draw(name: LayoutName, locale: Locale): ChartLayout {
  const panels = twoPanels(name, 32);
  const { panelWidth } = panels;
  const t = pickWords(words, locale);
  const marks: Mark[] = [];

  const rows = multipleRows(locale);
  const left = panels.left(0);
  const right = left + panelWidth;
  const x = scaleLinear()
    .domain([0, Math.max(...rows.map((r) => r.value)) * 1.3])
    .range([left, right]);
  marks.push(...panelHeading(left, 0, t.multiplesHeading, t.multiplesUnit, 'ink'));
  const rowsTop = 30;
  const first = barRows(
    marks,
    rows.map((r) => ({ label: r.label, key: r.key, color: r.color, from: x(0), to: x(r.value), text: r.text })),
    rowsTop,
    left,
    right,
  );
  const firstBottom = first.bottom;
  // The 1× line is drawn through the bars only, so it never crosses the row labels above them.
  marks.unshift(
    ...first.bars.map((bar): Mark => ({ type: 'line', x1: x(1), y1: bar.top - 3, x2: x(1), y2: bar.bottom + 3, stroke: 'ink-soft', strokeWidth: 1, dash: '3 3' })),
    { type: 'text', x: x(1) + 4, y: firstBottom + 6, text: `${t.revenueLine} = ${formatMultiple(1, locale)}`, size: 'small', fill: 'ink-soft', baseline: 'top', checked: true },
  );

  const secondLeft = panels.left(1);
  const secondTop = panels.top(1, firstBottom + 24);
  const secondRight = secondLeft + panelWidth;
  const percent = scaleLinear().domain([0, 100]).range([secondLeft, secondRight - 4]);
  marks.push(...panelHeading(secondLeft, secondTop, t.computeHeading, t.computeUnit, 'ink'));
  const computeRows = companies.map((company) => {
    const id = ids.compute[company];
    const range = computeRange(id);
    return {
      label: t.name[company],
      key: `${company}-compute`,
      color: company,
      from: percent(0),
      to: percent(numberOf(id)),
      extension: percent(range.high),
      text: figureLabel(id, locale),
    };
  });
  const secondBottom = barRows(marks, computeRows, secondTop + 30, secondLeft, secondRight).bottom;
  const axisY = secondBottom + 6;
  for (const tick of [0, 50, 100]) {
    marks.push({ type: 'line', x1: percent(tick), y1: secondBottom + 1, x2: percent(tick), y2: axisY - 1, stroke: 'ink-soft', strokeWidth: 1 });
    marks.push({ type: 'text', x: percent(tick), y: axisY, text: formatPercent(tick, locale), size: 'small', fill: 'ink-soft', anchor: tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle', baseline: 'top' });
  }
  const legendY = axisY + 20;
  marks.push(
    { type: 'rect', x: secondLeft, y: legendY, width: 16, height: 10, fill: 'neutral', pattern: 'dots' },
    { type: 'text', x: secondLeft + 22, y: legendY + 5, text: t.range, size: 'small', fill: 'ink-soft', baseline: 'middle', checked: true },
  );
  const bottom = Math.max(firstBottom + 24, legendY + 14);
  return { width: panels.width, height: bottom + 2, marks };
}

export function spendingMultiples(options: ChartOptions): ChartSpec {
  const { locale } = options;
  const t = pickWords(words, locale);
  const check = multiple(ids.zhipuRndSpend, ids.zhipuRevenue);
  const checkText = formatMultiple(check.value, locale);
  const drawn: FactId[] = [ids.zhipuRnd, ids.minimaxRnd, ids.marketing, ids.zhipuRndSpend, ids.zhipuRevenue, ids.compute.zhipu, ids.compute.minimax];
  const rows = multipleRows(locale).slice(1);
  const computeText = (company: Company) => `${t.name[company]}${isChinese(locale) ? '' : ':'} ${factText(ids.compute[company], locale)}`;
  const summary = isChinese(locale)
    ? `2024年支出相当于营收的倍数：${rows.map((r) => `${r.label}${r.text.replace(disagreementMark, '')}`).join('，')}。算力占研发投入：${companies.map(computeText).join('，')}。`
    : `Spending in 2024 as a multiple of revenue: ${rows.map((r) => `${r.label} ${r.text.replace(disagreementMark, '')}`).join(', ')}. Compute’s share of R&D: ${companies.map(computeText).join('; ')}.`;
  return {
    id: 'spending-multiples',
    title: t.title(factText(ids.zhipuRnd, locale), factText(ids.minimaxRnd, locale), factText(ids.marketing, locale)),
    subtitle: t.subtitle,
    summary,
    factIds: drawn,
    notes: [
      ...disagreementNotes(drawn, locale),
      t.checkNote(factText(ids.zhipuRndSpend, locale), factText(ids.zhipuRevenue, locale), checkText),
      t.jointNote,
    ],
    legend: [],
    table: {
      caption: t.caption,
      columns: t.columns,
      rows: [
        ...rows.map((r) => [r.label, r.text.replace(disagreementMark, ''), '2024']),
        [`${t.rnd(t.name.zhipu)}${t.ourCheck}`, checkText, '2024'],
        ...companies.map((company) => [`${t.computeHeading}: ${t.name[company]}`, factText(ids.compute[company], locale), getFact(ids.compute[company]).period]),
      ],
    },
    narrow: draw('narrow', locale),
    wide: draw('wide', locale),
  };
}
