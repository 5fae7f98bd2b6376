/**
 * Two roads to the same exchange: Zhipu's lane from the Tsinghua lab to its listing, MiniMax's from its
 * founding (with the disputed earlier date) to its listing days later, and two industry moments for
 * context. Wide screens read it left to right; phones read it top to bottom, labels in one column.
 */
import { scaleLinear } from 'd3';
import { getFact, type FactId } from '../../facts/registry';
import { formatPlain } from '../../lib/format';
import { isChinese, type Locale } from '../../lib/locale';
import { disagreementMark, disagreementNotes, pickWords, type Words } from '../frame/draft-text';
import { layoutWidth } from '../frame/layout-kit';
import { estimateTextWidth, textSizePx, wrapText } from '../frame/text-width';
import type { ChartLayout, ChartOptions, ChartSpec, ColorToken, Mark, ShapeToken } from '../types';
import { decimalYear, timelineEvents, type Lane, type TimelineEvent } from './events';

const laneStyle: Record<Lane, { color: ColorToken; shape: ShapeToken }> = {
  zhipu: { color: 'zhipu', shape: 'circle' },
  minimax: { color: 'minimax', shape: 'square' },
  industry: { color: 'neutral', shape: 'diamond' },
};

export const words: Words<{
  lane: Record<Lane, string>;
  subtitle: string;
  listingNote: string;
  columns: [string, string, string];
}> = {
  en: {
    lane: { zhipu: 'Zhipu', minimax: 'MiniMax', industry: 'Industry' },
    subtitle: 'Milestones from the Tsinghua lab to the Hong Kong listings, 2016 to January 2026',
    listingNote:
      'No source gives MiniMax’s listing day: it listed after Zhipu, both within two days, so it is placed just after Zhipu.',
    columns: ['Date', 'Who', 'Milestone'],
  },
  'zh-hans': {
    lane: { zhipu: '智谱', minimax: 'MiniMax', industry: '行业' },
    subtitle: '从清华实验室到港股上市的里程碑，2016年至2026年1月',
    listingNote: '来源均未给出MiniMax的上市日：它在智谱之后上市，两家相隔不超过两天，因此图中置于智谱之后。',
    columns: ['日期', '主体', '里程碑'],
  },
};

const dateSize = 'small';
const captionSize = 'label';
const lineGap = 3;

interface Label {
  event: TimelineEvent;
  lines: string[];
  width: number;
  height: number;
}

function labelFor(event: TimelineEvent, maxWidth: number): Label {
  const date = `${event.date}${event.disputed ? disagreementMark : ''}`;
  const lines = [date, ...wrapText(event.caption, maxWidth, captionSize)];
  const width = Math.max(estimateTextWidth(date, dateSize, 'bold'), ...lines.slice(1).map((l) => estimateTextWidth(l, captionSize)));
  const height = textSizePx[dateSize] + (lines.length - 1) * (textSizePx[captionSize] + lineGap) + lineGap;
  return { event, lines, width, height };
}

/** A label's text marks, top-left at (x, y) or top-right when anchored at the end. */
function labelMarks(label: Label, x: number, y: number, anchor: 'start' | 'end'): Mark[] {
  const key = `${label.event.lane}-${label.event.factId}`;
  const { color } = laneStyle[label.event.lane];
  let cursor = y;
  return label.lines.map((line, index) => {
    const isDate = index === 0;
    const mark: Mark = {
      type: 'text',
      key,
      x,
      y: cursor,
      text: line,
      size: isDate ? dateSize : captionSize,
      weight: isDate ? 'bold' : 'normal',
      fill: isDate ? (label.event.lane === 'industry' ? 'ink-soft' : color) : label.event.lane === 'industry' ? 'ink-soft' : 'ink',
      anchor,
      baseline: 'top',
      checked: true,
    };
    cursor += (isDate ? textSizePx[dateSize] : textSizePx[captionSize]) + lineGap;
    return mark;
  });
}

function pointMark(event: TimelineEvent, x: number, y: number): Mark {
  const { color, shape } = laneStyle[event.lane];
  return {
    type: 'point',
    key: `${event.lane}-${event.factId}`,
    x,
    y,
    r: 5,
    shape,
    fill: event.alternative ? 'paper' : color,
    stroke: event.alternative ? color : 'paper',
    title: `${event.date}: ${event.caption}`,
  };
}

const yearTicks = (from: number, to: number) => Array.from({ length: Math.floor((to - from) / 2) + 1 }, (_, i) => from + i * 2);

/** The span each company's lane line covers: solid from founding to listing, dashed before. */
function laneSpans(events: readonly TimelineEvent[]): Array<{ lane: Lane; from: number; to: number; dashed: boolean }> {
  const at = (id: FactId, alternative = false) => events.find((e) => e.factId === id && Boolean(e.alternative) === alternative)?.at ?? Number.NaN;
  return [
    { lane: 'zhipu', from: at('zhipu.aminer-launch'), to: at('zhipu.founded'), dashed: true },
    { lane: 'zhipu', from: at('zhipu.founded'), to: at('zhipu.listing-date'), dashed: false },
    { lane: 'minimax', from: at('minimax.founded', true), to: at('minimax.founded'), dashed: true },
    { lane: 'minimax', from: at('minimax.founded'), to: at('minimax.listing-date'), dashed: false },
  ];
}

/** Phones: at least this many pixels a year, so long gaps still read as long. */
const narrowYear = 40;

/**
 * Phones: time runs down the page; three thin lanes on the left, every label in one column on the right,
 * each beside its own marker. A column that narrow cannot hold the labels of close events at a true scale,
 * so the time axis bends: each event's row starts below the previous label (and at least `narrowYear` px
 * a year after it), and the year rules and lane lines follow the same mapping, so every marker stays in
 * time order, between the right year rules, and level with its label.
 */
function drawNarrow(events: readonly TimelineEvent[], locale: Locale): ChartLayout {
  const width = layoutWidth.narrow;
  const laneX: Record<Lane, number> = { zhipu: 62, minimax: 80, industry: 98 };
  const labelX = 114;
  const right = width - 16;
  const first = Math.floor(Math.min(...events.map((e) => e.at)));
  const last = Math.ceil(Math.max(...events.map((e) => e.at)));
  const top = 14;
  const dateMiddle = textSizePx[dateSize] / 2;
  const rows: Array<{ event: TimelineEvent; label: Label; y: number }> = [];
  let cursor = top + (Math.min(...events.map((e) => e.at)) - first) * narrowYear;
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    const label = labelFor(event, right - labelX);
    const previous = rows.at(-1);
    const y = Math.max(cursor + dateMiddle, previous ? previous.y + (event.at - previous.event.at) * narrowYear : 0);
    rows.push({ event, label, y });
    cursor = y - dateMiddle + label.height + 10;
  }
  const knots = [
    { at: first, y: top },
    ...rows.map((row) => ({ at: row.event.at, y: row.y })).filter((knot, index, all) => index === 0 || knot.at > (all[index - 1]?.at ?? -Infinity)),
  ];
  const lastKnot = knots[knots.length - 1] ?? { at: first, y: top };
  knots.push({ at: last, y: Math.max(cursor, lastKnot.y + (last - lastKnot.at) * narrowYear) });
  const y = scaleLinear()
    .domain(knots.map((knot) => knot.at))
    .range(knots.map((knot) => knot.y));
  const marks: Mark[] = [];

  for (const year of yearTicks(first, last)) {
    marks.push(
      { type: 'line', x1: 16, y1: y(year), x2: right, y2: y(year), stroke: 'rule', strokeWidth: 1 },
      { type: 'text', x: 16, y: y(year) + 3, text: formatPlain(year, locale).replace(/,/gu, ''), size: 'small', fill: 'ink-soft', baseline: 'top' },
    );
  }
  for (const span of laneSpans(events)) {
    marks.push({ type: 'line', x1: laneX[span.lane], y1: y(span.from), x2: laneX[span.lane], y2: y(span.to), stroke: laneStyle[span.lane].color, strokeWidth: 2, dash: span.dashed ? '3 3' : undefined });
  }
  for (const row of rows) {
    // The row's own height, not y(at): two events on one date get a row each.
    const anchorY = row.y;
    marks.push(
      { type: 'line', x1: laneX[row.event.lane] + 7, y1: anchorY, x2: labelX - 4, y2: anchorY, stroke: 'rule', strokeWidth: 1 },
      pointMark(row.event, laneX[row.event.lane], anchorY),
      ...labelMarks(row.label, labelX, anchorY - dateMiddle, 'start'),
    );
  }
  return { width, height: Math.max(cursor, y(last)) + 8, marks };
}

interface Placed {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/**
 * Wide screens: one row per lane, labels stacked above their points. Labels are placed right to left, each
 * as low as it fits, so a label's leader never crosses a label already placed.
 */
function drawWide(events: readonly TimelineEvent[], locale: Locale): ChartLayout {
  const width = layoutWidth.wide;
  const t = pickWords(words, locale);
  const left = 84;
  const right = width - 4;
  const first = Math.floor(Math.min(...events.map((e) => e.at)));
  const last = Math.ceil(Math.max(...events.map((e) => e.at)));
  const x = scaleLinear().domain([first - 0.4, last]).range([left, right]);
  const lanes: Lane[] = ['industry', 'zhipu', 'minimax'];
  const marks: Mark[] = [];
  const laneY = new Map<Lane, number>();
  let floor = 0;

  for (const lane of lanes) {
    const placed: Placed[] = [];
    const items: Array<{ label: Label; px: number; anchor: 'start' | 'end'; x0: number; top: number }> = [];
    const own = events.filter((e) => e.lane === lane).sort((a, b) => b.at - a.at);
    for (const event of own) {
      const label = labelFor(event, 170);
      const px = x(event.at);
      const anchor = px - 3 + label.width > right ? 'end' : 'start';
      const x0 = anchor === 'start' ? px - 3 : px + 3 - label.width;
      let bottom = -10;
      for (;;) {
        const blocking = placed.filter((p) => p.x0 < x0 + label.width + 6 && x0 < p.x1 + 6 && p.top < bottom && bottom - label.height < p.bottom);
        if (blocking.length === 0) break;
        bottom = Math.min(...blocking.map((p) => p.top)) - 6;
      }
      placed.push({ x0, x1: x0 + label.width, top: bottom - label.height, bottom });
      items.push({ label, px, anchor, x0, top: bottom - label.height });
    }
    const rise = -Math.min(0, ...placed.map((p) => p.top));
    const y = floor + rise + 6;
    laneY.set(lane, y);
    for (const item of items) {
      const labelTop = y + item.top;
      marks.push(
        { type: 'line', x1: item.px, y1: y - 5, x2: item.px, y2: labelTop + item.label.height, stroke: 'rule', strokeWidth: 1 },
        ...labelMarks(item.label, item.anchor === 'start' ? item.x0 : item.x0 + item.label.width, labelTop, item.anchor),
      );
    }
    marks.push({
      type: 'text',
      x: 0,
      y,
      text: t.lane[lane],
      size: 'label',
      weight: 'bold',
      fill: lane === 'industry' ? 'ink-soft' : laneStyle[lane].color,
      baseline: 'middle',
      checked: true,
    });
    floor = y + 14;
  }

  const axisY = floor + 4;
  for (const year of yearTicks(first, last)) {
    marks.push(
      { type: 'line', x1: x(year), y1: axisY, x2: x(year), y2: axisY + 4, stroke: 'ink-soft', strokeWidth: 1 },
      { type: 'text', x: x(year), y: axisY + 7, text: formatPlain(year, locale).replace(/,/gu, ''), size: 'small', fill: 'ink-soft', anchor: 'middle', baseline: 'top' },
    );
  }
  marks.push({ type: 'line', x1: left, y1: axisY, x2: right, y2: axisY, stroke: 'ink-soft', strokeWidth: 1 });
  for (const span of laneSpans(events)) {
    const y = laneY.get(span.lane) ?? 0;
    marks.push({ type: 'line', x1: x(span.from), y1: y, x2: x(span.to), y2: y, stroke: laneStyle[span.lane].color, strokeWidth: 2, dash: span.dashed ? '3 3' : undefined });
  }
  for (const event of events) {
    if (event.lane === 'industry') {
      marks.push({ type: 'line', x1: x(event.at), y1: laneY.get('industry') ?? 0, x2: x(event.at), y2: axisY, stroke: 'rule', strokeWidth: 1, dash: '2 3' });
    }
  }
  for (const event of events) marks.push(pointMark(event, x(event.at), laneY.get(event.lane) ?? 0));
  return { width, height: axisY + 7 + textSizePx.small + 4, marks };
}

function headStart(locale: Locale): string {
  const zhipu = getFact('zhipu.founded');
  const minimax = getFact('minimax.founded');
  const readings = [minimax.value, ...(minimax.alternatives ?? []).map((r) => r.value)];
  const gaps = readings.map((value) => Math.floor(decimalYear(value, minimax.period)) - Math.floor(decimalYear(zhipu.value, zhipu.period)));
  const [low, high] = [Math.min(...gaps), Math.max(...gaps)];
  const span = low === high ? formatPlain(low, locale) : isChinese(locale) ? `${formatPlain(low, locale)}至${formatPlain(high, locale)}` : `${formatPlain(low, locale)} to ${formatPlain(high, locale)}`;
  return isChinese(locale)
    ? `智谱比MiniMax早起步${span}年，两家却在几天之内先后登陆港交所`
    : `Zhipu had a head start of ${span} years on MiniMax, yet the two listed in Hong Kong days apart`;
}

export function originsTimeline(options: ChartOptions): ChartSpec {
  const { locale } = options;
  const t = pickWords(words, locale);
  const events = timelineEvents(locale);
  const factIds = [...new Set<FactId>([...events.map((e) => e.factId), 'minimax.listing-window'])];
  const sentence = (e: TimelineEvent) => (isChinese(locale) ? `${e.date}：${e.caption}。` : `${e.date}: ${e.caption}.`);
  return {
    id: 'origins-timeline',
    title: headStart(locale),
    subtitle: t.subtitle,
    summary: events.map(sentence).join(isChinese(locale) ? '' : ' '),
    factIds,
    notes: [...disagreementNotes(['minimax.founded'], locale), t.listingNote],
    legend: (['zhipu', 'minimax', 'industry'] as const).map((lane) => ({ label: t.lane[lane], color: laneStyle[lane].color, shape: laneStyle[lane].shape })),
    table: {
      caption: t.subtitle,
      columns: t.columns,
      rows: events.map((e) => [e.date, t.lane[e.lane], e.caption]),
    },
    narrow: drawNarrow(events, locale),
    wide: drawWide(events, locale),
  };
}
