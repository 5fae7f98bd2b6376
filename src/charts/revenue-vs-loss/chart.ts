/**
 * Revenue against net loss, period by period: revenue rises above the zero line, the loss hangs below it
 * on the same scale, and each period says how many times its revenue the loss was. One panel per company,
 * each in the currency it reports in; part-year periods are hatched, as in the revenue chart. Each company
 * is two Plot panels on one scale, revenue above and loss below, with the period names between them.
 */
import * as Plot from '@observablehq/plot';
import { multiple } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import { hasDisagreement } from '../../facts/types';
import { formatMultiple, formatPlain } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { disagreementMark, disagreementNotes, factText, formatPeriod, isPartialPeriod } from '../frame/draft-text';
import { panelHeading, twoPanels } from '../frame/layout-kit';
import { displayUnit, moneyAmount } from '../frame/money-units';
import { definePlotChart, type PlotPanel } from '../plot/define-plot-chart';
import { color, patternFill } from '../plot/paint';
import type { ColorToken, Mark } from '../types';
import { words, type Company } from './words';

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
const drawn = periods.flatMap((p) => [...(p.revenue ? [p.revenue] : []), p.loss]);
const amount = (id: FactId) => moneyAmount(id, chartId).amount;

function lossMultiple(period: Period, locale: Locale): string | undefined {
  return period.revenue ? formatMultiple(multiple(period.loss, period.revenue).value, locale, { digits: 2 }) : undefined;
}

function amountLabel(id: FactId, locale: Locale): string {
  const { currency } = moneyAmount(id, chartId);
  const mark = hasDisagreement(getFact(id)) ? disagreementMark : '';
  return `${formatPlain(amount(id) / displayUnit(currency, locale).factor, locale, { digits: 4 })}${mark}`;
}

export default definePlotChart({
  id: chartId,
  description: {
    en: 'Revenue above the line, net loss below, per period and company in its reporting currency, with the loss as a multiple of revenue.',
    'zh-hans': '线上为营收、线下为净亏损，按期间和公司、各按报告货币绘制，并标出亏损相当于营收的倍数。',
  },
  usage: { en: 'Where a chapter shows growth bought with losses.', 'zh-hans': '用于展示以亏损换增长的段落。' },
  words,
  facts: drawn,
  text: ({ t, locale }) => {
    const in2024 = (company: Company) => lossMultiple(periods.find((p) => p.company === company && p.period === '2024') as Period, locale) ?? '';
    const sentence = (p: Period) => {
      const [name, period, loss] = [t.name[p.company], formatPeriod(p.period, locale), factText(p.loss, locale)];
      return p.revenue ? t.sentence(name, period, factText(p.revenue, locale), loss, lossMultiple(p, locale) ?? '') : t.lossOnlySentence(name, period, loss);
    };
    return {
      title: t.title(in2024('zhipu'), in2024('minimax')),
      subtitle: t.subtitle,
      summary: periods.map(sentence).join(t.sentenceGap),
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
    };
  },
  plot: ({ t, locale, layout }) => {
    const frame = twoPanels(layout, 36);
    const [heading, revenueRoom, lossDepth, nameRoom, labelRoom] = [22, 22, frame.stacked ? 150 : 190, 20, 40];
    const panels: PlotPanel[] = [];
    const headings: Mark[] = [];
    let bottom = 0;
    for (const [index, company] of companies.entries()) {
      const own = periods.filter((p) => p.company === company);
      const [first] = own;
      if (!first) throw new Error(`Chart "${chartId}": no periods for ${company}`);
      const earned = own.filter((p): p is Period & { revenue: FactId } => p.revenue !== undefined);
      const [left, top] = [frame.left(index), frame.top(index, bottom)];
      const maxLoss = Math.max(...own.map((p) => amount(p.loss)));
      // Revenue and loss share px per unit; the revenue panel is as tall as its tallest bar (at least 4).
      const revenueArea = Math.max((lossDepth * Math.max(...earned.map((p) => amount(p.revenue)))) / maxLoss, 4);
      const zero = top + heading + revenueRoom + revenueArea;
      const x = { type: 'band', domain: own.map((p) => p.period), paddingInner: 0.3, paddingOuter: 0.08, axis: null } as const;
      const bar = (id: (p: Period) => FactId, tone: ColorToken, noun: string) => ({
        x: 'period', y: (p: Period) => amount(id(p)), ariaLabel: (p: Period) => `${company}-${p.period}`,
        fill: (p: Period) => patternFill(isPartialPeriod(p.period) ? 'hatch' : 'solid', tone),
        title: (p: Period) => `${t.name[company]} ${formatPeriod(p.period, locale, 'short')}, ${noun}: ${factText(id(p), locale)}`,
      });
      const label = (id: (p: Period) => FactId) => ({ x: 'period', y: (p: Period) => amount(id(p)), ariaLabel: (p: Period) => `${company}-${p.period}` });
      headings.push(...panelHeading(left, top, t.name[company], displayUnit(moneyAmount(first.loss, chartId).currency, locale).label, company));
      panels.push(
        { left, top: top + heading, width: frame.panelWidth, height: revenueRoom + revenueArea, plot: {
          margin: 0, marginTop: revenueRoom, x, y: { domain: [0, (revenueArea * maxLoss) / lossDepth], axis: null },
          marks: [
            Plot.barY(earned, bar((p) => p.revenue as FactId, company, t.revenue)),
            Plot.text(earned, { ...label((p) => p.revenue as FactId), dy: -4, lineAnchor: 'bottom', className: 't-small', text: (p: Period) => amountLabel(p.revenue as FactId, locale) }),
            Plot.ruleY([0], { stroke: color['ink-soft'] }),
          ],
        } },
        { left, top: zero, width: frame.panelWidth, height: nameRoom + lossDepth + labelRoom, plot: {
          margin: 0, marginTop: nameRoom, marginBottom: labelRoom, x, y: { domain: [0, maxLoss], reverse: true, axis: null },
          marks: [
            Plot.text(own, { ...label((p) => p.loss), y: 0, dy: 4 - nameRoom, lineAnchor: 'top', className: 't-small t-bold', fill: color['ink-soft'], text: (p: Period) => formatPeriod(p.period, locale, 'short') }),
            Plot.barY(own, bar((p) => p.loss, 'neutral', t.loss)),
            Plot.text(own, { ...label((p) => p.loss), dy: 4, lineAnchor: 'top', className: 't-small', text: (p: Period) => amountLabel(p.loss, locale) }),
            Plot.text(own, { ...label((p) => p.loss), dy: 20, lineAnchor: 'top', className: 't-label t-bold', text: (p: Period) => lossMultiple(p, locale) ?? '–',
              fill: (p: Period) => (p.revenue ? color.ink : color['ink-soft']) }),
          ],
        } },
      );
      bottom = Math.max(bottom, zero + nameRoom + lossDepth + labelRoom);
    }
    return { height: bottom, panels, marks: headings };
  },
});
