/**
 * Revenue growth as small multiples: one panel per company, each in the currency it reports in and on its
 * own scale ("reported"), or both in renminbi on one scale with MiniMax converted at our assumed rate
 * ("common"). Years line up across panels; part-year periods (H1, 9M) are hatched so nobody reads them as
 * a fall.
 */
import * as Plot from '@observablehq/plot';
import { convert, multiple } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import { hasDisagreement, type Currency } from '../../facts/types';
import { formatMoney, formatMultiple, formatPlain, qualify } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { describeChange, disagreementMark, disagreementNotes, factText, formatPeriod, isPartialPeriod } from '../frame/draft-text';
import { panelHeading, twoPanels } from '../frame/layout-kit';
import { displayUnit, moneyAmount } from '../frame/money-units';
import { definePlotChart } from '../plot/define-plot-chart';
import { color, patternFill } from '../plot/paint';
import { words, type Company, type RevenueGrowthWords, type State } from './words';

const series: Record<Company, readonly FactId[]> = {
  zhipu: ['zhipu.revenue.2022', 'zhipu.revenue.2023', 'zhipu.revenue.2024', 'zhipu.revenue.h1-2025'],
  minimax: ['minimax.revenue.2023', 'minimax.revenue.2024', 'minimax.revenue.9m-2025'],
};
const companies: readonly Company[] = ['zhipu', 'minimax'];
/** The summary tells each company's growth to its last full year, then its latest part year. */
const told: Record<Company, readonly [FactId, FactId, FactId]> = {
  zhipu: ['zhipu.revenue.2022', 'zhipu.revenue.2024', 'zhipu.revenue.h1-2025'],
  minimax: ['minimax.revenue.2023', 'minimax.revenue.2024', 'minimax.revenue.9m-2025'],
};
const drawn = [...series.zhipu, ...series.minimax];
const rateFact: FactId = 'fx.usd-rmb';
const common: Currency = 'RMB';
const amountOf = (id: FactId) => moneyAmount(id, 'revenue-growth');
const inCommon = (id: FactId, locale: Locale) => qualify(formatMoney(convert(id, common, 'one').value, common, locale, { digits: 3 }), 'about', locale);

/** One bar: a revenue fact in the state's currency for its panel. */
function barsFor(company: Company, state: State) {
  return series[company].map((factId) => {
    const { period } = getFact(factId);
    const reported = amountOf(factId);
    const converted = state === 'common' && reported.currency !== common;
    return {
      factId,
      period,
      /** Calendar year the period falls in, so years line up across panels. */
      year: /\d{4}/u.exec(period)?.[0] ?? period,
      key: `${company}-${/\d{4}/u.exec(period)?.[0] ?? period}`,
      amount: converted ? convert(factId, common, 'one').value : reported.amount,
      currency: converted ? common : reported.currency,
      converted,
    };
  });
}
type Bar = ReturnType<typeof barsFor>[number];

function barLabel(bar: Bar, locale: Locale): string {
  const number = formatPlain(bar.amount / displayUnit(bar.currency, locale).factor, locale, { digits: bar.converted ? 3 : 4 });
  const differs = hasDisagreement(getFact(bar.factId)) && !bar.converted;
  return `${bar.converted ? '≈' : ''}${number}${differs ? disagreementMark : ''}`;
}

function title(state: State, t: RevenueGrowthWords, locale: Locale): string {
  if (state === 'reported') {
    const grew = (to: FactId, from: FactId) => formatMultiple(multiple(to, from).value, locale, { digits: 2 });
    return t.growthTitle(grew('zhipu.revenue.2024', 'zhipu.revenue.2022'), grew('minimax.revenue.2024', 'minimax.revenue.2023'));
  }
  const zhipu = amountOf('zhipu.revenue.2024').amount;
  const minimax = convert('minimax.revenue.2024', common, 'one').value;
  return t.commonTitle(formatMoney(zhipu, common, locale, { digits: 4 }), inCommon('minimax.revenue.2024', locale), zhipu >= minimax);
}

function summary(state: State, t: RevenueGrowthWords, locale: Locale): string {
  const point = (id: FactId) => ({ text: factText(id, locale), period: getFact(id).period, value: amountOf(id).amount });
  const sentence = (company: Company) => {
    const [first, fullYear, latest] = told[company];
    const last = point(latest);
    return t.companySentence(t.name[company], describeChange(point(first), point(fullYear), locale), last.text, formatPeriod(last.period, locale));
  };
  const base = companies.map(sentence).join(t.sentenceGap);
  if (state === 'reported') return base;
  const converted = series.minimax.map((id) => t.convertedItem(inCommon(id, locale), formatPeriod(getFact(id).period, locale)));
  return base + t.commonSentence(converted.join(t.listGap));
}

export default definePlotChart({
  id: 'revenue-growth',
  description: {
    en: 'Revenue by period as small multiples, each company in its reporting currency, with a common-currency (RMB) state.',
    'zh-hans': '按期间绘制的营收小多图，两家公司各按报告货币，另有统一折合人民币的状态。',
  },
  usage: {
    en: 'Where a chapter compares how fast revenue grew; use state="common" when the text compares sizes.',
    'zh-hans': '用于比较营收增速的段落；正文比较规模时用state="common"。',
  },
  words,
  facts: [...drawn, rateFact],
  states: ['reported', 'common'],
  text: ({ state, t, locale }) => {
    const rate = t.rate(formatPlain(Number(getFact(rateFact).value), locale));
    return {
      title: title(state, t, locale),
      subtitle: t.subtitle[state],
      summary: summary(state, t, locale),
      notes: [...disagreementNotes(drawn, locale), ...(state === 'common' ? [t.rateNote(rate)] : [])],
      legend: [
        { label: t.fullYear, color: 'neutral' },
        { label: t.partYear, color: 'neutral', pattern: 'hatch' },
      ],
      table: {
        caption: t.caption(rate),
        columns: [t.column.company, t.column.period, t.column.reported, t.column.common],
        rows: companies.flatMap((company) =>
          series[company].map((id) => [
            t.name[company],
            formatPeriod(getFact(id).period, locale, 'short'),
            `${factText(id, locale)}${hasDisagreement(getFact(id)) ? disagreementMark : ''}`,
            amountOf(id).currency === common ? factText(id, locale) : inCommon(id, locale),
          ]),
        ),
      },
    };
  },
  plot: ({ state, t, locale, layout }) => {
    const frame = twoPanels(layout, 32);
    const bars = { zhipu: barsFor('zhipu', state), minimax: barsFor('minimax', state) };
    const years = [...new Set(drawn.map((id) => /\d{4}/u.exec(getFact(id).period)?.[0] ?? ''))].sort();
    const sharedMax = Math.max(...bars.zhipu.map((b) => b.amount), ...bars.minimax.map((b) => b.amount));
    const [heading, labelRoom, barHeight, periodRoom] = [20, 24, frame.stacked ? 120 : 170, 22];
    const height = heading + labelRoom + barHeight + periodRoom;
    const panels = companies.map((company, index) => {
      const own = bars[company];
      const top = frame.stacked ? index * (height + frame.gap) : 0;
      const label = { x: 'year', ariaLabel: 'key' } as const;
      return {
        left: frame.left(index),
        top,
        width: frame.panelWidth,
        height,
        heading: panelHeading(frame.left(index), top, t.name[company], displayUnit(own[0]?.currency ?? common, locale).label, company),
        plot: {
          margin: 0, marginTop: heading + labelRoom, marginBottom: periodRoom,
          x: { type: 'band', domain: years, paddingInner: 0.32, paddingOuter: 0.08, axis: null },
          y: { domain: [0, state === 'common' ? sharedMax : Math.max(...own.map((b) => b.amount))], axis: null },
          marks: [
            Plot.barY(own, { ...label, y: 'amount', fill: (b: Bar) => patternFill(isPartialPeriod(b.period) ? 'hatch' : 'solid', company),
              title: (b: Bar) => `${t.name[company]}, ${formatPeriod(b.period, locale)}: ${factText(b.factId, locale)}` }),
            Plot.text(own, { ...label, y: 'amount', dy: -5, lineAnchor: 'bottom', className: 't-label', text: (b: Bar) => barLabel(b, locale) }),
            Plot.text(own, { ...label, y: 0, dy: 6, lineAnchor: 'top', className: 't-small', fill: color['ink-soft'], text: (b: Bar) => formatPeriod(b.period, locale, 'short') }),
            Plot.ruleY([0], { stroke: color['ink-soft'] }),
          ],
        } satisfies Plot.PlotOptions,
      };
    });
    return { height: frame.stacked ? height * 2 + frame.gap : height, panels, marks: panels.flatMap((panel) => panel.heading) };
  },
});
