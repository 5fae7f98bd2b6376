/**
 * Revenue growth as small multiples: one panel per company, each in the currency it reports in and on its
 * own scale ("reported"), or both in renminbi on one scale with MiniMax converted at our assumed rate
 * ("common"). Years line up across panels; part-year periods (H1, 9M) are hatched so nobody reads them as
 * a fall.
 */
import { scaleBand, scaleLinear } from 'd3';
import { convert, multiple } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import { hasDisagreement, type Currency } from '../../facts/types';
import { formatMoney, formatMultiple, formatPlain, qualify } from '../../lib/format';
import { isChinese, type Locale } from '../../lib/locale';
import {
  describeChange,
  disagreementMark,
  disagreementNotes,
  factText,
  formatPeriod,
  isPartialPeriod,
  pickWords,
  type Words,
} from '../frame/draft-text';
import type { LayoutName } from '../frame/labels';
import { baseline, gutter, layoutWidth, panelHeading } from '../frame/layout-kit';
import { displayUnit, moneyAmount } from '../frame/money-units';
import type { ChartLayout, ChartOptions, ChartSpec, Mark } from '../types';

export const revenueGrowthStates = ['reported', 'common'] as const;
type State = (typeof revenueGrowthStates)[number];
type Company = 'zhipu' | 'minimax';

const series: Record<Company, readonly FactId[]> = {
  zhipu: ['zhipu.revenue.2022', 'zhipu.revenue.2023', 'zhipu.revenue.2024', 'zhipu.revenue.h1-2025'],
  minimax: ['minimax.revenue.2023', 'minimax.revenue.2024', 'minimax.revenue.9m-2025'],
};
const companies: readonly Company[] = ['zhipu', 'minimax'];
const rateFact: FactId = 'fx.usd-rmb';
const common: Currency = 'RMB';

interface Bar {
  company: Company;
  factId: FactId;
  period: string;
  /** Calendar year the period falls in, so years line up across panels. */
  year: string;
  partial: boolean;
  /** Absolute amount in the state's currency for this panel. */
  amount: number;
  currency: Currency;
  converted: boolean;
}

export const words: Words<{
  name: Record<Company, string>;
  subtitle: Record<State, string>;
  fullYear: string;
  partYear: string;
  column: { company: string; period: string; reported: string; common: string };
  caption: (rate: string) => string;
  rateNote: (rate: string) => string;
}> = {
  en: {
    name: { zhipu: 'Zhipu', minimax: 'MiniMax' },
    subtitle: {
      reported: 'Revenue by period, each company in the currency it reports in, on its own scale',
      common: 'Revenue by period in renminbi, on one scale; MiniMax converted from US dollars',
    },
    fullYear: 'Full year',
    partYear: 'Part of the year (H1 = Jan–Jun, 9M = Jan–Sep)',
    column: { company: 'Company', period: 'Period', reported: 'Revenue as reported', common: 'In renminbi' },
    caption: (rate) => `Revenue of Zhipu and MiniMax by period, as reported and in renminbi at our assumed rate of ${rate}`,
    rateNote: (rate) =>
      `MiniMax reports in US dollars. ≈ marks our conversion at an assumed ${rate}; no source states a rate, and the outlets’ own conversions differ slightly.`,
  },
  'zh-hans': {
    name: { zhipu: '智谱', minimax: 'MiniMax' },
    subtitle: {
      reported: '各期营收，两家公司各按其报告货币、各用自己的刻度',
      common: '各期营收，统一按人民币、同一刻度；MiniMax由美元折算',
    },
    fullYear: '全年',
    partYear: '非全年（H1＝1至6月，前三季＝1至9月）',
    column: { company: '公司', period: '期间', reported: '报告营收', common: '折合人民币' },
    caption: (rate) => `智谱与MiniMax各期营收：报告数及按本站假设汇率（${rate}）折合的人民币`,
    rateNote: (rate) => `MiniMax以美元报告。≈表示按本站假设汇率（${rate}）折算；来源均未给出汇率，各媒体自行折算的数字略有出入。`,
  },
};

function absoluteOf(id: FactId): { amount: number; currency: Currency } {
  return moneyAmount(id, 'revenue-growth');
}

function barsFor(state: State): Bar[] {
  return companies.flatMap((company) =>
    series[company].map((factId) => {
      const fact = getFact(factId);
      const reported = absoluteOf(factId);
      const convertNow = state === 'common' && reported.currency !== common;
      const amount = convertNow ? convert(factId, common, 'one').value : reported.amount;
      return {
        company,
        factId,
        period: fact.period,
        year: /\d{4}/u.exec(fact.period)?.[0] ?? fact.period,
        partial: isPartialPeriod(fact.period),
        amount,
        currency: convertNow ? common : reported.currency,
        converted: convertNow,
      };
    }),
  );
}

function barLabel(bar: Bar, locale: Locale): string {
  const { factor } = displayUnit(bar.currency, locale);
  const number = formatPlain(bar.amount / factor, locale, { digits: bar.converted ? 3 : 4 });
  const differs = hasDisagreement(getFact(bar.factId)) && !bar.converted;
  return `${bar.converted ? '≈' : ''}${number}${differs ? disagreementMark : ''}`;
}

function draw(name: LayoutName, bars: readonly Bar[], state: State, locale: Locale): ChartLayout {
  const width = layoutWidth[name];
  const side = gutter[name];
  const stacked = name === 'narrow';
  const panelGap = stacked ? 32 : 40;
  const panelWidth = stacked ? width - side * 2 : (width - side * 2 - panelGap) / 2;
  const headingHeight = 20;
  const labelRoom = 24;
  const barHeight = stacked ? 120 : 170;
  const periodRoom = 22;
  const panelHeight = headingHeight + labelRoom + barHeight + periodRoom;
  const years = [...new Set(bars.map((b) => b.year))].sort();
  const sharedMax = Math.max(...bars.map((b) => b.amount));
  const t = pickWords(words, locale);
  const marks: Mark[] = [];

  companies.forEach((company, index) => {
    const left = stacked ? side : side + index * (panelWidth + panelGap);
    const top = stacked ? index * (panelHeight + panelGap) : 0;
    const own = bars.filter((b) => b.company === company);
    const currency = own[0]?.currency ?? common;
    const floor = top + headingHeight + labelRoom + barHeight;
    const x = scaleBand<string>().domain(years).range([left, left + panelWidth]).paddingInner(0.32).paddingOuter(0.08);
    const max = state === 'common' ? sharedMax : Math.max(...own.map((b) => b.amount));
    const y = scaleLinear().domain([0, max]).range([floor, floor - barHeight]);

    marks.push(...panelHeading(left, top, t.name[company], displayUnit(currency, locale).label, company));
    for (const bar of own) {
      const bx = x(bar.year) ?? left;
      const by = y(bar.amount);
      const key = `${company}-${bar.year}`;
      marks.push(
        {
          type: 'rect',
          key,
          x: bx,
          y: by,
          width: x.bandwidth(),
          height: floor - by,
          fill: company,
          pattern: bar.partial ? 'hatch' : 'solid',
          title: `${t.name[company]}, ${formatPeriod(bar.period, locale)}: ${factText(bar.factId, locale)}`,
        },
        { type: 'text', key, x: bx + x.bandwidth() / 2, y: by - 5, text: barLabel(bar, locale), size: 'label', anchor: 'middle', checked: true },
        {
          type: 'text',
          key,
          x: bx + x.bandwidth() / 2,
          y: floor + 6,
          text: formatPeriod(bar.period, locale, 'short'),
          size: 'small',
          anchor: 'middle',
          baseline: 'top',
          fill: 'ink-soft',
          checked: true,
        },
      );
    }
    marks.push(baseline(left, left + panelWidth, floor));
  });

  const height = stacked ? panelHeight * 2 + panelGap : panelHeight;
  return { width, height, marks };
}

function rateText(locale: Locale): string {
  const rate = getFact(rateFact);
  return isChinese(locale) ? `1美元兑${formatPlain(Number(rate.value), locale)}元人民币` : `RMB ${formatPlain(Number(rate.value), locale)} per US dollar`;
}

function growthTitle(locale: Locale): string {
  const zhipuMultiple = formatMultiple(multiple('zhipu.revenue.2024', 'zhipu.revenue.2022').value, locale, { digits: 2 });
  const minimaxMultiple = formatMultiple(multiple('minimax.revenue.2024', 'minimax.revenue.2023').value, locale, { digits: 2 });
  return isChinese(locale)
    ? `智谱营收2022至2024年增至${zhipuMultiple}，MiniMax仅2024年一年便增至${minimaxMultiple}`
    : `Zhipu’s revenue grew ${zhipuMultiple} from 2022 to 2024; MiniMax’s grew ${minimaxMultiple} in 2024 alone`;
}

function commonTitle(locale: Locale): string {
  const zhipu = absoluteOf('zhipu.revenue.2024').amount;
  const minimax = convert('minimax.revenue.2024', common, 'one').value;
  const zhipuText = formatMoney(zhipu, common, locale, { digits: 4 });
  const minimaxText = qualify(formatMoney(minimax, common, locale, { digits: 3 }), 'about', locale);
  const zhipuLeads = zhipu >= minimax;
  if (isChinese(locale)) {
    return `按人民币计，2024年智谱营收${zhipuText}，${zhipuLeads ? '高于' : '低于'}MiniMax的${minimaxText}`;
  }
  return `In renminbi, Zhipu ${zhipuLeads ? 'out-earned' : 'trailed'} MiniMax in 2024: ${zhipuText} against ${minimaxText}`;
}

function summary(state: State, locale: Locale): string {
  const sentence = (company: Company, from: FactId, to: FactId, latest: FactId) => {
    const point = (id: FactId) => ({ text: factText(id, locale), period: getFact(id).period, value: absoluteOf(id).amount });
    const change = describeChange(point(from), point(to), locale);
    const last = point(latest);
    const name = pickWords(words, locale).name[company];
    return isChinese(locale)
      ? `${name}营收${change}，${formatPeriod(last.period, locale)}为${last.text}。`
      : `${name}’s revenue ${change}, and was ${last.text} in ${formatPeriod(last.period, locale)}.`;
  };
  const base =
    sentence('zhipu', 'zhipu.revenue.2022', 'zhipu.revenue.2024', 'zhipu.revenue.h1-2025') +
    (isChinese(locale) ? '' : ' ') +
    sentence('minimax', 'minimax.revenue.2023', 'minimax.revenue.2024', 'minimax.revenue.9m-2025');
  if (state === 'reported') return base;
  const converted = series.minimax
    .map((id) => {
      const text = qualify(formatMoney(convert(id, common, 'one').value, common, locale, { digits: 3 }), 'about', locale);
      return isChinese(locale) ? `${formatPeriod(getFact(id).period, locale)}${text}` : `${text} in ${formatPeriod(getFact(id).period, locale)}`;
    })
    .join(isChinese(locale) ? '，' : ', ');
  return isChinese(locale)
    ? `${base}按本站假设汇率折合人民币，MiniMax营收为：${converted}。`
    : `${base} At our assumed rate, MiniMax’s revenue comes to ${converted}.`;
}

function tableRows(locale: Locale): string[][] {
  const t = pickWords(words, locale);
  return companies.flatMap((company) =>
    series[company].map((id) => {
      const fact = getFact(id);
      const reported = absoluteOf(id);
      const differs = hasDisagreement(fact) ? disagreementMark : '';
      const inCommon =
        reported.currency === common
          ? factText(id, locale)
          : qualify(formatMoney(convert(id, common, 'one').value, common, locale, { digits: 3 }), 'about', locale);
      return [t.name[company], formatPeriod(fact.period, locale, 'short'), `${factText(id, locale)}${differs}`, inCommon];
    }),
  );
}

export function revenueGrowth(options: ChartOptions): ChartSpec {
  const { locale } = options;
  const state: State = options.state === 'common' ? 'common' : 'reported';
  const t = pickWords(words, locale);
  const bars = barsFor(state);
  const drawn = [...series.zhipu, ...series.minimax];
  const rate = rateText(locale);
  return {
    id: 'revenue-growth',
    title: state === 'common' ? commonTitle(locale) : growthTitle(locale),
    subtitle: t.subtitle[state],
    summary: summary(state, locale),
    factIds: [...drawn, rateFact],
    notes: [...disagreementNotes(drawn, locale), ...(state === 'common' ? [t.rateNote(rate)] : [])],
    legend: [
      { label: t.fullYear, color: 'neutral' },
      { label: t.partYear, color: 'neutral', pattern: 'hatch' },
    ],
    table: {
      caption: t.caption(rate),
      columns: [t.column.company, t.column.period, t.column.reported, t.column.common],
      rows: tableRows(locale),
    },
    narrow: draw('narrow', bars, state, locale),
    wide: draw('wide', bars, state, locale),
  };
}
