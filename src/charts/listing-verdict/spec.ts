/**
 * The market's verdict on the two listings: offer price against first-day close (the close computed as
 * offer × (1 + first-day change)), and market value before listing against the latest. Each company is a
 * row of two points, hollow before and filled after, joined by an arrow. States for scrollytelling:
 * 'offer' (offer prices only), 'first-day' (the first-day moves) and 'market-value' (valuations).
 */
import { range, scaleLinear, type ScaleLinear } from 'd3';
import { growth } from '../../facts/derived';
import type { FactId } from '../../facts/registry';
import { formatChange, formatMoney, formatPercent, formatTick } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { t } from '../../lib/strings';
import { disagreementMark, disagreementNotes, factText, pickWords, type Words } from '../frame/draft-text';
import { estimateTextWidth, textSizePx, wrapText } from '../frame/text-width';
import { absoluteNumber, figureLabel } from '../kit/figures';
import { resolveState } from '../kit/states';
import type { ChartBuilder, ChartLayout, ChartSpec, ColorToken, Mark, ShapeToken } from '../types';

export const id = 'listing-verdict';

export const states = ['offer', 'first-day', 'market-value'] as const;
type State = (typeof states)[number] | 'all';

type Company = 'zhipu' | 'minimax';
type PanelName = 'price' | 'value';

const companies = {
  zhipu: {
    offer: 'zhipu.offer-price',
    change: 'zhipu.first-day-change',
    before: 'zhipu.pre-ipo-valuation',
    after: 'zhipu.market-value',
    shape: 'circle',
  },
  minimax: {
    offer: 'minimax.offer-price',
    change: 'minimax.first-day-change',
    before: 'minimax.pre-ipo-valuation',
    after: 'minimax.market-value',
    shape: 'diamond',
  },
} as const satisfies Record<Company, { offer: FactId; change: FactId; before: FactId; after: FactId; shape: ShapeToken }>;

const order: readonly Company[] = ['zhipu', 'minimax'];

export const words: Words<{
  title: (minimax: string, zhipu: string) => string;
  offerTitle: (minimax: string, zhipu: string) => string;
  valueTitle: (before: string, minimax: string, zhipu: string) => string;
  subtitle: string;
  priceHeading: string;
  valueHeading: string;
  offerDetail: (offer: string) => string;
  priceDetail: (offer: string, close: string) => string;
  valueDetail: (before: string, after: string) => string;
  summary: (parts: { zhipu: Record<'offer' | 'close' | 'change' | 'after', string>; minimax: Record<'offer' | 'close' | 'change' | 'after', string>; before: string }) => string;
  closeNote: string;
  valueNote: string;
  caption: string;
  columns: [string, string, string, string];
  priceRow: (company: string) => string;
  valueRow: (company: string) => string;
  changeComputed: (change: string) => string;
}> = {
  en: {
    title: (minimax, zhipu) => `Investors paid up for MiniMax: its shares closed day one up ${minimax}, Zhipu’s up ${zhipu}`,
    offerTitle: (minimax, zhipu) => `MiniMax sold its shares at ${minimax} each, Zhipu at ${zhipu}`,
    valueTitle: (before, minimax, zhipu) => `Both were valued at ${before} before listing; now MiniMax is worth ${minimax}, Zhipu ${zhipu}`,
    subtitle: 'Share price at the offer and the first-day close, HK$; market value before listing and latest, HK$',
    priceHeading: 'Share price: offer → first-day close, HK$',
    valueHeading: 'Market value: before listing → latest, HK$',
    offerDetail: (offer) => `offer ${offer}`,
    priceDetail: (offer, close) => `offer ${offer} → first-day close ${close}`,
    valueDetail: (before, after) => `${before} → ${after}`,
    summary: ({ zhipu, minimax, before }) =>
      `Zhipu listed at ${zhipu.offer} a share and closed its first day at ${zhipu.close}, up ${zhipu.change}. ` +
      `MiniMax listed at ${minimax.offer} and closed at ${minimax.close}, up ${minimax.change}. ` +
      `Both were valued at ${before} before listing; the latest market values are ${zhipu.after} for Zhipu and ${minimax.after} for MiniMax.`,
    closeNote: 'First-day closes are our computation: offer price × (1 + first-day change).',
    valueNote: 'Latest market values are as the articles were written; the outlets do not name the day.',
    caption: 'Offer price and first-day close; market value before listing and latest',
    columns: ['Company and measure', 'Before', 'After', 'Change'],
    priceRow: (company) => `${company}: share price (offer, first-day close)`,
    valueRow: (company) => `${company}: market value (before listing, latest)`,
    changeComputed: (change) => `${change} (calculated)`,
  },
  'zh-hans': {
    title: (minimax, zhipu) => `资金更青睐MiniMax：首日收涨${minimax}，智谱收涨${zhipu}`,
    offerTitle: (minimax, zhipu) => `MiniMax发行价每股${minimax}，智谱${zhipu}`,
    valueTitle: (before, minimax, zhipu) => `两家上市前估值均为${before}；如今MiniMax市值${minimax}，智谱${zhipu}`,
    subtitle: '发行价与首日收盘价（港元）；上市前估值与最新市值（港元）',
    priceHeading: '股价：发行价 → 首日收盘（港元）',
    valueHeading: '市值：上市前 → 最新（港元）',
    offerDetail: (offer) => `发行价${offer}`,
    priceDetail: (offer, close) => `发行价${offer} → 首日收盘${close}`,
    valueDetail: (before, after) => `${before} → ${after}`,
    summary: ({ zhipu, minimax, before }) =>
      `智谱发行价为每股${zhipu.offer}，首日收盘${zhipu.close}，上涨${zhipu.change}。` +
      `MiniMax发行价为${minimax.offer}，首日收盘${minimax.close}，上涨${minimax.change}。` +
      `两家上市前估值均为${before}；最新市值智谱为${zhipu.after}，MiniMax为${minimax.after}。`,
    closeNote: '首日收盘价为本站计算：发行价 ×（1 + 首日涨幅）。',
    valueNote: '最新市值为各报道撰稿时的数字，报道未注明具体日期。',
    caption: '发行价与首日收盘价；上市前估值与最新市值',
    columns: ['公司与指标', '之前', '之后', '变化'],
    priceRow: (company) => `${company}：股价（发行价、首日收盘）`,
    valueRow: (company) => `${company}：市值（上市前、最新）`,
    changeComputed: (change) => `${change}（计算值）`,
  },
};

interface Pair {
  company: Company;
  name: string;
  before: number;
  after: number;
  /** The text line above the row, stating both values. */
  detail: string;
  /** Shown at the arrow head; empty when the state shows no move. */
  change: string;
  showAfter: boolean;
}

interface Panel {
  name: PanelName;
  heading: string;
  pairs: Pair[];
  /** Axis maximum (absolute units) and gridline step. */
  max: number;
  step: number;
  dimmed: boolean;
}

interface Figures {
  offer: number;
  close: number;
  change: number;
  before: number;
  after: number;
}

function figures(company: Company): Figures {
  const c = companies[company];
  const offer = absoluteNumber(id, c.offer);
  const change = absoluteNumber(id, c.change);
  return { offer, change, close: offer * (1 + change / 100), before: absoluteNumber(id, c.before), after: absoluteNumber(id, c.after) };
}

/** "+13.17%", with † when the sources differ. */
function changeLabel(factId: FactId, locale: Locale): string {
  const label = figureLabel(factId, locale);
  return label.endsWith(disagreementMark)
    ? `${formatChange(absoluteNumber(id, factId), locale)}${disagreementMark}`
    : formatChange(absoluteNumber(id, factId), locale);
}

function closeText(company: Company, locale: Locale): string {
  return formatMoney(figures(company).close, 'HKD', locale, { digits: 4 });
}

function panels(locale: Locale, state: State): Panel[] {
  const w = pickWords(words, locale);
  const names = t(locale).chart.companies;
  const price: Pair[] = order.map((company) => {
    const c = companies[company];
    const f = figures(company);
    const offer = figureLabel(c.offer, locale);
    const showAfter = state !== 'offer';
    return {
      company,
      name: names[company],
      before: f.offer,
      after: f.close,
      detail: showAfter ? w.priceDetail(offer, closeText(company, locale)) : w.offerDetail(offer),
      change: showAfter ? changeLabel(c.change, locale) : '',
      showAfter,
    };
  });
  const value: Pair[] = order.map((company) => {
    const c = companies[company];
    const f = figures(company);
    return {
      company,
      name: names[company],
      before: f.before,
      after: f.after,
      detail: w.valueDetail(figureLabel(c.before, locale), figureLabel(c.after, locale)),
      change: '',
      showAfter: true,
    };
  });
  const priceMax = Math.max(...price.map((p) => Math.max(p.before, p.after)));
  const valueMax = Math.max(...value.map((p) => Math.max(p.before, p.after)));
  return [
    { name: 'price', heading: w.priceHeading, pairs: price, max: Math.ceil(priceMax / 100) * 100, step: 100, dimmed: state === 'market-value' },
    { name: 'value', heading: w.valueHeading, pairs: value, max: Math.ceil(valueMax / 40e9) * 40e9, step: 40e9, dimmed: state === 'offer' || state === 'first-day' },
  ];
}

const pointRadius = 6;
const headingHeight = textSizePx.label + 8;
const tickHeight = textSizePx.small + 6;
const lineGap = 3;

/** An arrow from (x1, y) to (x2, y) with a filled head; nothing when the points nearly touch. */
function arrow(x1: number, x2: number, y: number, color: ColorToken, common: Pick<Mark, 'key' | 'dimmed'>): Mark[] {
  const start = x1 + pointRadius + 2;
  const end = x2 - pointRadius * 1.3 - 2;
  if (end - start < 10) return [];
  const head = 6;
  return [
    { ...common, type: 'line', x1: start, y1: y, x2: end - head + 1, y2: y, stroke: color, strokeWidth: 2 },
    { ...common, type: 'path', d: `M${end},${y}L${end - head},${y - head * 0.6}L${end - head},${y + head * 0.6}Z`, fill: color },
  ];
}

/**
 * The first-day move, placed above the arrow when the arrow is long enough, else beyond the filled point,
 * else before the hollow one.
 */
function changeMark(pair: Pair, bx: number, ax: number, cy: number, right: number, common: Pick<Mark, 'key' | 'dimmed'>): Mark {
  const text = pair.change;
  const width = estimateTextWidth(text, 'value', 'bold');
  const base = { ...common, type: 'text', text, size: 'value', weight: 'bold', fill: pair.company } as const;
  if (ax - bx - pointRadius * 2.6 >= width + 8) return { ...base, x: (bx + ax) / 2, y: cy - 5, anchor: 'middle', baseline: 'bottom', checked: true };
  const after = ax + pointRadius * 1.3 + 6;
  if (after + width <= right) return { ...base, x: after, y: cy, anchor: 'start', baseline: 'middle', checked: true };
  return { ...base, x: bx - pointRadius - 6, y: cy, anchor: 'end', baseline: 'middle', checked: true };
}

/** One panel drawn from (left, top), `width` wide; returns its marks and the height it used. */
function drawPanel(panel: Panel, left: number, top: number, width: number, locale: Locale): { marks: Mark[]; height: number } {
  const marks: Mark[] = [];
  const panelKey = `panel-${panel.name}`;
  const x: ScaleLinear<number, number> = scaleLinear().domain([0, panel.max]).range([left + pointRadius + 1, left + width - pointRadius * 1.3 - 1]);
  marks.push({ key: panelKey, dimmed: panel.dimmed, type: 'text', x: left, y: top, text: panel.heading, size: 'label', weight: 'bold', baseline: 'top', checked: true });
  const ticksTop = top + headingHeight;
  const ticks = range(0, panel.max + 1, panel.step);
  for (const tick of ticks) {
    const anchor = tick === 0 ? 'start' : tick === ticks[ticks.length - 1] ? 'end' : 'middle';
    marks.push({ key: panelKey, dimmed: panel.dimmed, type: 'text', x: x(tick), y: ticksTop, text: formatTick(tick, locale), size: 'small', fill: 'ink-soft', anchor, baseline: 'top', checked: true });
  }
  let y = ticksTop + tickHeight;
  for (const pair of panel.pairs) {
    const color: ColorToken = pair.company;
    const common = { key: `${pair.company}-${panel.name}`, dimmed: panel.dimmed };
    marks.push({ ...common, type: 'text', x: left, y, text: pair.name, size: 'value', weight: 'bold', fill: color, baseline: 'top', checked: true });
    y += textSizePx.value + lineGap;
    for (const line of wrapText(pair.detail, width, 'small')) {
      marks.push({ ...common, type: 'text', x: left, y, text: line, size: 'small', fill: 'ink-soft', baseline: 'top', checked: true });
      y += textSizePx.small + lineGap;
    }
    // Room above the row for a move label set over the arrow.
    const cy = y + textSizePx.value * 1.2 + 6;
    const [bx, ax] = [x(pair.before), x(pair.after)];
    // The scale hangs below each row's line as ticks, so no rule runs through the labels above it.
    for (const tick of ticks) {
      marks.push({ ...common, type: 'line', x1: x(tick), y1: cy, x2: x(tick), y2: cy + pointRadius + 4, stroke: tick === 0 ? 'ink-soft' : 'rule', strokeWidth: 1 });
    }
    marks.push({ ...common, type: 'line', x1: x(0), y1: cy, x2: x(panel.max), y2: cy, stroke: 'rule', strokeWidth: 1 });
    if (pair.showAfter) marks.push(...arrow(bx, ax, cy, color, common));
    marks.push({ ...common, type: 'point', x: bx, y: cy, r: pointRadius, shape: companies[pair.company].shape, fill: 'paper', stroke: color });
    if (pair.showAfter) {
      marks.push({ ...common, type: 'point', x: ax, y: cy, r: pointRadius, shape: companies[pair.company].shape, fill: color });
    }
    if (pair.change) marks.push(changeMark(pair, bx, ax, cy, left + width, common));
    y = cy + pointRadius + 16;
  }
  const rowsBottom = y - 16 + 4;
  return { marks, height: rowsBottom - top };
}

/** Panels one above the other at any width: the reader compares the rows within a panel, not across panels. */
function stackedLayout(list: readonly Panel[], locale: Locale, width: number, inset: number): ChartLayout {
  const marks: Mark[] = [];
  let top = 4;
  for (const panel of list) {
    const drawn = drawPanel(panel, inset, top, width - inset * 2, locale);
    marks.push(...drawn.marks);
    top += drawn.height + 28;
  }
  return { width, height: top - 24, marks };
}

function titleFor(state: State, locale: Locale): string {
  const w = pickWords(words, locale);
  switch (state) {
    case 'offer':
      return w.offerTitle(factText(companies.minimax.offer, locale), factText(companies.zhipu.offer, locale));
    case 'market-value':
      return w.valueTitle(factText(companies.zhipu.before, locale), factText(companies.minimax.after, locale), factText(companies.zhipu.after, locale));
    default:
      return w.title(formatPercent(absoluteNumber(id, companies.minimax.change), locale), formatPercent(absoluteNumber(id, companies.zhipu.change), locale));
  }
}

export const build: ChartBuilder = (options): ChartSpec => {
  const { locale } = options;
  const state: State = resolveState(id, [...states, 'all'], options.state, 'all');
  const w = pickWords(words, locale);
  const names = t(locale).chart.companies;
  const list = panels(locale, state);
  const summaryParts = (company: Company) => ({
    offer: factText(companies[company].offer, locale),
    close: closeText(company, locale),
    change: factText(companies[company].change, locale),
    after: factText(companies[company].after, locale),
  });
  const factIds: FactId[] = order.flatMap((company) => {
    const c = companies[company];
    return [c.offer, c.change, c.before, c.after];
  });
  const valueChange = (company: Company) =>
    w.changeComputed(formatChange(Math.round(growth(companies[company].before, companies[company].after).value), locale));
  return {
    id,
    title: titleFor(state, locale),
    subtitle: w.subtitle,
    summary: w.summary({ zhipu: summaryParts('zhipu'), minimax: summaryParts('minimax'), before: factText(companies.zhipu.before, locale) }),
    factIds,
    notes: [...disagreementNotes(factIds, locale), w.closeNote, w.valueNote],
    legend: [],
    table: {
      caption: w.caption,
      columns: w.columns,
      rows: [
        ...order.map((company) => [
          w.priceRow(names[company]),
          figureLabel(companies[company].offer, locale),
          w.changeComputed(closeText(company, locale)),
          changeLabel(companies[company].change, locale),
        ]),
        ...order.map((company) => [
          w.valueRow(names[company]),
          figureLabel(companies[company].before, locale),
          figureLabel(companies[company].after, locale),
          valueChange(company),
        ]),
      ],
    },
    // A phone's pinned chart has room for one panel at a readable size, so a state that dims a panel leaves it out there.
    narrow: stackedLayout(list.some((panel) => panel.dimmed) ? list.filter((panel) => !panel.dimmed) : list, locale, 360, 16),
    wide: stackedLayout(list, locale, 720, 0),
  };
};

/** The computed first-day close, for prose and tests that need the same figure the chart draws. */
export function firstDayClose(company: Company): number {
  return figures(company).close;
}
