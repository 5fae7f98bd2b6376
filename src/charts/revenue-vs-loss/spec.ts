/**
 * Revenue against net loss, period by period: revenue rises above the zero line, the loss hangs below it
 * on the same scale, and each period says how many times its revenue the loss was. One panel per company,
 * each in the currency it reports in; part-year periods are hatched, as in the revenue chart.
 */
import { scaleBand, scaleLinear } from 'd3';
import { multiple } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import { hasDisagreement } from '../../facts/types';
import { formatMultiple, formatPlain } from '../../lib/format';
import { isChinese, type Locale } from '../../lib/locale';
import { disagreementMark, disagreementNotes, factText, formatPeriod, isPartialPeriod, pickWords, type Words } from '../frame/draft-text';
import type { LayoutName } from '../frame/labels';
import { baseline, panelHeading, twoPanels } from '../frame/layout-kit';
import { displayUnit, moneyAmount } from '../frame/money-units';
import type { ChartLayout, ChartOptions, ChartSpec, Mark } from '../types';

type Company = 'zhipu' | 'minimax';

interface Period {
  company: Company;
  period: string;
  revenue?: FactId;
  loss: FactId;
}

const periods: readonly Period[] = [
  { company: 'zhipu', period: '2022', revenue: 'zhipu.revenue.2022', loss: 'zhipu.net-loss.2022' },
  { company: 'zhipu', period: '2023', revenue: 'zhipu.revenue.2023', loss: 'zhipu.net-loss.2023' },
  { company: 'zhipu', period: '2024', revenue: 'zhipu.revenue.2024', loss: 'zhipu.net-loss.2024' },
  { company: 'zhipu', period: 'H1 2025', revenue: 'zhipu.revenue.h1-2025', loss: 'zhipu.net-loss.h1-2025' },
  { company: 'minimax', period: '2022', loss: 'minimax.net-loss.2022' },
  { company: 'minimax', period: '2023', revenue: 'minimax.revenue.2023', loss: 'minimax.net-loss.2023' },
  { company: 'minimax', period: '2024', revenue: 'minimax.revenue.2024', loss: 'minimax.net-loss.2024' },
  { company: 'minimax', period: '9M 2025', revenue: 'minimax.revenue.9m-2025', loss: 'minimax.net-loss.9m-2025' },
];
const companies: readonly Company[] = ['zhipu', 'minimax'];
const chartId = 'revenue-vs-loss';

export const words: Words<{
  name: Record<Company, string>;
  subtitle: string;
  revenue: string;
  revenueOf: (company: Company) => string;
  loss: string;
  partYear: string;
  lossTimes: (multiple: string) => string;
  noRevenue: string;
  columns: [string, string, string, string, string];
  caption: string;
  title: (zhipu: string, minimax: string) => string;
  sentence: (name: string, period: string, revenue: string, loss: string, times: string) => string;
}> = {
  en: {
    name: { zhipu: 'Zhipu', minimax: 'MiniMax' },
    subtitle: 'Revenue (above the line) and net loss (below), each company in the currency it reports in; in bold, the loss as a multiple of revenue',
    revenue: 'Revenue',
    revenueOf: (company) => `${company === 'zhipu' ? 'Zhipu' : 'MiniMax'} revenue`,
    loss: 'Net loss',
    partYear: 'Part of the year (H1, 9M)',
    lossTimes: (m) => `loss ${m}`,
    noRevenue: 'no revenue figure',
    columns: ['Company', 'Period', 'Revenue', 'Net loss', 'Loss ÷ revenue'],
    caption: 'Revenue and net loss of Zhipu and MiniMax by period, with the loss as a multiple of revenue',
    title: (zhipu, minimax) => `Both lose many times what they earn: in 2024 Zhipu’s net loss was ${zhipu} its revenue, MiniMax’s ${minimax}`,
    sentence: (name, period, revenue, loss, times) => `${name}, ${period}: revenue ${revenue}, net loss ${loss} (${times} revenue).`,
  },
  'zh-hans': {
    name: { zhipu: '智谱', minimax: 'MiniMax' },
    subtitle: '营收（零线以上）与净亏损（零线以下），两家公司各按其报告货币；粗体为亏损相当于营收的倍数',
    revenue: '营收',
    revenueOf: (company) => `${company === 'zhipu' ? '智谱' : 'MiniMax'}营收`,
    loss: '净亏损',
    partYear: '非全年（H1、前三季）',
    lossTimes: (m) => `亏损为营收${m}`,
    noRevenue: '无营收数据',
    columns: ['公司', '期间', '营收', '净亏损', '亏损÷营收'],
    caption: '智谱与MiniMax各期营收与净亏损，及亏损相当于营收的倍数',
    title: (zhipu, minimax) => `两家亏损都是营收的数倍：2024年智谱净亏损为营收的${zhipu}，MiniMax为${minimax}`,
    sentence: (name, period, revenue, loss, times) => `${name}${period}：营收${revenue}，净亏损${loss}（为营收的${times}）。`,
  },
};

function lossMultiple(period: Period, locale: Locale): string | undefined {
  return period.revenue ? formatMultiple(multiple(period.loss, period.revenue).value, locale, { digits: 2 }) : undefined;
}

function amountLabel(id: FactId, locale: Locale): string {
  const { amount, currency } = moneyAmount(id, chartId);
  const mark = hasDisagreement(getFact(id)) ? disagreementMark : '';
  return `${formatPlain(amount / displayUnit(currency, locale).factor, locale, { digits: 4 })}${mark}`;
}

function draw(name: LayoutName, locale: Locale): ChartLayout {
  const panels = twoPanels(name, 36);
  const { panelWidth } = panels;
  const t = pickWords(words, locale);
  const headingHeight = 22;
  const revenueRoom = 22;
  const lossDepth = panels.stacked ? 150 : 190;
  const labelRoom = 40;
  const marks: Mark[] = [];
  let bottom = 0;

  companies.forEach((company, index) => {
    const own = periods.filter((p) => p.company === company);
    const left = panels.left(index);
    const top = panels.top(index, bottom);
    const amounts = own.flatMap((p) => [p.loss, ...(p.revenue ? [p.revenue] : [])].map((id) => moneyAmount(id, chartId)));
    const currency = amounts[0]?.currency ?? 'RMB';
    const maxLoss = Math.max(...own.map((p) => moneyAmount(p.loss, chartId).amount));
    const maxRevenue = Math.max(...own.flatMap((p) => (p.revenue ? [moneyAmount(p.revenue, chartId).amount] : [])));
    const revenueHeight = (lossDepth * maxRevenue) / maxLoss;
    // Period names sit just under the zero line; losses hang below them.
    const zero = top + headingHeight + revenueRoom + Math.max(revenueHeight, 4);
    const lossTop = zero + 20;
    const y = scaleLinear().domain([0, maxLoss]).range([0, lossDepth]);
    const x = scaleBand<string>().domain(own.map((p) => p.period)).range([left, left + panelWidth]).paddingInner(0.3).paddingOuter(0.08);
    marks.push(...panelHeading(left, top, t.name[company], displayUnit(currency, locale).label, company));

    for (const period of own) {
      const bx = x(period.period) ?? left;
      const mid = bx + x.bandwidth() / 2;
      const key = `${company}-${period.period}`;
      const pattern = isPartialPeriod(period.period) ? 'hatch' : 'solid';
      const periodName = formatPeriod(period.period, locale, 'short');
      if (period.revenue) {
        const h = y(moneyAmount(period.revenue, chartId).amount);
        marks.push(
          { type: 'rect', key, x: bx, y: zero - h, width: x.bandwidth(), height: h, fill: company, pattern, title: `${t.name[company]} ${periodName}, ${t.revenue}: ${factText(period.revenue, locale)}` },
          { type: 'text', key, x: mid, y: zero - h - 4, text: amountLabel(period.revenue, locale), size: 'small', anchor: 'middle', checked: true },
        );
      }
      const depth = y(moneyAmount(period.loss, chartId).amount);
      const times = lossMultiple(period, locale);
      marks.push(
        { type: 'text', key, x: mid, y: zero + 4, text: periodName, size: 'small', weight: 'bold', fill: 'ink-soft', anchor: 'middle', baseline: 'top', checked: true },
        { type: 'rect', key, x: bx, y: lossTop, width: x.bandwidth(), height: depth, fill: 'neutral', pattern, title: `${t.name[company]} ${periodName}, ${t.loss}: ${factText(period.loss, locale)}` },
        { type: 'text', key, x: mid, y: lossTop + depth + 4, text: amountLabel(period.loss, locale), size: 'small', anchor: 'middle', baseline: 'top', checked: true },
        {
          type: 'text',
          key,
          x: mid,
          y: lossTop + depth + 20,
          text: times ?? '–',
          size: 'label',
          weight: 'bold',
          fill: times ? 'ink' : 'ink-soft',
          anchor: 'middle',
          baseline: 'top',
          checked: true,
        },
      );
    }
    marks.push(baseline(left, left + panelWidth, zero));
    bottom = Math.max(bottom, lossTop + lossDepth + labelRoom);
  });
  return { width: panels.width, height: bottom, marks };
}

export function revenueVsLoss(options: ChartOptions): ChartSpec {
  const { locale } = options;
  const t = pickWords(words, locale);
  const drawn = periods.flatMap((p) => [...(p.revenue ? [p.revenue] : []), p.loss]);
  const in2024 = (company: Company) => lossMultiple(periods.find((p) => p.company === company && p.period === '2024') as Period, locale) ?? '';
  const summary = periods
    .map((p) =>
      p.revenue
        ? t.sentence(t.name[p.company], formatPeriod(p.period, locale), factText(p.revenue, locale), factText(p.loss, locale), lossMultiple(p, locale) ?? '')
        : isChinese(locale)
          ? `${t.name[p.company]}${formatPeriod(p.period, locale)}：净亏损${factText(p.loss, locale)}，${t.noRevenue}。`
          : `${t.name[p.company]}, ${formatPeriod(p.period, locale)}: net loss ${factText(p.loss, locale)}; ${t.noRevenue}.`,
    )
    .join(isChinese(locale) ? '' : ' ');
  return {
    id: chartId,
    title: t.title(in2024('zhipu'), in2024('minimax')),
    subtitle: t.subtitle,
    summary,
    factIds: drawn,
    notes: disagreementNotes(drawn, locale),
    legend: [
      { label: t.revenueOf('zhipu'), color: 'zhipu' },
      { label: t.revenueOf('minimax'), color: 'minimax' },
      { label: t.loss, color: 'neutral' },
      { label: t.partYear, color: 'neutral', pattern: 'hatch' },
    ],
    table: {
      caption: t.caption,
      columns: t.columns,
      rows: periods.map((p) => [
        t.name[p.company],
        formatPeriod(p.period, locale, 'short'),
        p.revenue ? factText(p.revenue, locale) : t.noRevenue,
        factText(p.loss, locale),
        lossMultiple(p, locale) ?? '–',
      ]),
    },
    narrow: draw('narrow', locale),
    wide: draw('wide', locale),
  };
}
