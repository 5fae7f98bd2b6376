import { describe, expect, test } from 'vitest';
import { getFact } from '../../facts/registry';
import { formatDays, formatIsoDate } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { factText } from '../frame/draft-text';
import { assertLabelsFit, assertMarksInside } from '../frame/labels';
import type { ChartLayout, Mark } from '../types';
import { checkOrder, timelineEvents, type EventKey } from './events';
import { shakeoutTimelineChart } from './spec';
import { whenOf } from './when';

const locales: readonly Locale[] = ['en', 'zh-hans'];
const events = timelineEvents();
const layouts = ['narrow', 'wide'] as const;

type Rect = Extract<Mark, { type: 'rect' }>;
type Point = Extract<Mark, { type: 'point' }>;
type Text = Extract<Mark, { type: 'text' }>;

/** The track mark of an event: a span for year-precision events, else a marker (the bullet is the first point). */
const spanOf = (layout: ChartLayout, key: EventKey) => layout.marks.filter((m): m is Rect => m.type === 'rect' && m.key === key);
const trackPointsOf = (layout: ChartLayout, key: EventKey) =>
  layout.marks.filter((m): m is Point => m.type === 'point' && m.key === key).slice(1);
const textsOf = (layout: ChartLayout, key: EventKey) => layout.marks.filter((m): m is Text => m.type === 'text' && m.key === key);

describe('dates at the sources’ precision', () => {
  test('date facts keep their precision and the part of the year their period names', () => {
    expect(whenOf('giants.bytedance.doubao-launch')).toEqual({ kind: 'date', iso: '2024-05', precision: 'month' });
    expect(whenOf('zhipu.listing-date')).toEqual({ kind: 'date', iso: '2026-01-08', precision: 'day' });
    expect(whenOf('peers.baichuan.strategy-wobble-date')).toEqual({ kind: 'year', year: 2024, part: 'end' });
    expect(whenOf('industry.deepseek-moment')).toEqual({ kind: 'year', year: 2025, part: 'early' });
    expect(whenOf('giants.alibaba.qwen-open-source')).toEqual({ kind: 'year', year: 2024 });
  });

  test('a fact that is not a date cannot be placed, and the error names it', () => {
    expect(() => whenOf('minimax.listing-date')).toThrow(/minimax\.listing-date/u);
  });

  test('events listed out of the order the sources allow stop the build, naming both', () => {
    const [first, second] = [events.find((e) => e.key === 'doubao-launch')!, events.find((e) => e.key === 'deepseek-moment')!];
    expect(() => checkOrder([second, first])).toThrow(/"doubao-launch" is listed after "deepseek-moment"/u);
    expect(() => checkOrder(events)).not.toThrow();
  });
});

describe.each(locales)('shakeout timeline (%s)', (locale) => {
  const spec = shakeoutTimelineChart({ locale });

  test.each(layouts)('%s layout: every event is drawn once, in reading order', (name) => {
    const keys = spec[name].marks.filter((m) => m.type === 'point' || m.type === 'rect').map((m) => m.key);
    expect([...new Set(keys)]).toEqual(events.map((e) => e.key));
  });

  test.each(layouts)('%s layout: a year-only date is a span over that year, or over the part of it the source names', (name) => {
    const yearEvents = events.filter((e) => e.when.kind === 'year');
    expect(yearEvents.filter((e) => e.when.kind === 'year' && e.when.part !== undefined).length).toBeGreaterThan(0);
    // Qwen's open-sourcing is dated 2024 with no part of the year: it spans all 366 days of 2024.
    const y2024 = spanOf(spec[name], 'qwen-open-source')[0]!;
    const perDay = y2024.width / 366;
    const dayX = (year: number, month: number) => y2024.x + ((Date.UTC(year, month, 1) - Date.UTC(2024, 0, 1)) / 86_400_000) * perDay;
    const months = { whole: [0, 12], early: [0, 4], mid: [4, 8], end: [8, 12] } as const;
    for (const event of yearEvents) {
      if (event.when.kind !== 'year') continue;
      const [span, ...extra] = spanOf(spec[name], event.key);
      expect(extra, event.key).toHaveLength(0);
      expect(trackPointsOf(spec[name], event.key), event.key).toHaveLength(0);
      expect(span?.pattern).toBe('hatch');
      const [from, to] = months[event.when.part ?? 'whole'];
      expect(span!.x, event.key).toBeCloseTo(dayX(event.when.year, from), 6);
      expect(span!.x + span!.width, event.key).toBeCloseTo(dayX(event.when.year, to), 6);
    }
  });

  test.each(layouts)('%s layout: dated events are markers at their date on the same time scale', (name) => {
    const y2024 = spanOf(spec[name], 'qwen-open-source')[0]!;
    const perDay = y2024.width / 366;
    const doubao = trackPointsOf(spec[name], 'doubao-launch');
    expect(doubao).toHaveLength(1);
    // May 2024: somewhere in May, not at a precise day the source does not give.
    const may1 = Date.UTC(2024, 4, 1);
    const jan1 = Date.UTC(2024, 0, 1);
    const daysIn = (doubao[0]!.x - y2024.x) / perDay;
    expect(daysIn).toBeGreaterThanOrEqual((may1 - jan1) / 86_400_000);
    expect(daysIn).toBeLessThan((may1 - jan1) / 86_400_000 + 31);
    const zhipu = trackPointsOf(spec[name], 'zhipu-listing')[0]!;
    expect((zhipu.x - y2024.x) / perDay).toBeCloseTo((Date.UTC(2026, 0, 8) - jan1) / 86_400_000, 0);
    expect(zhipu.fill).toBe('zhipu');
    expect(trackPointsOf(spec[name], 'minimax-listing')[0]!.fill).toBe('minimax');
  });

  test.each(layouts)('%s layout: the undated round is an open marker at the listings', (name) => {
    const [moonshot] = trackPointsOf(spec[name], 'moonshot-series-c');
    const [zhipu] = trackPointsOf(spec[name], 'zhipu-listing');
    expect(moonshot?.fill).toBe('paper');
    expect(moonshot?.stroke).toBe('neutral');
    expect(moonshot?.x).toBeCloseTo(zhipu!.x, 6);
  });

  test.each(layouts)('%s layout: each row says when, at the source’s precision', (name) => {
    for (const event of events) {
      const words = textsOf(spec[name], event.key).map((t) => t.text).join(' ');
      if (event.when.kind === 'date') expect(words).toContain(formatIsoDate(event.when.iso, locale));
      if (event.when.kind === 'year') {
        expect(words).toContain(String(event.when.year));
        // No month is claimed for a year-precision event.
        expect(words).not.toMatch(locale === 'en' ? /January|February|March|April|May |June|July|August|September|October|November|December/u : /\d月/u);
      }
    }
  });

  test.each(layouts)('%s layout: labels carry the figures from the facts', (name) => {
    const words = (key: EventKey) => textsOf(spec[name], key).map((t) => t.text).join(locale === 'en' ? ' ' : '');
    expect(words('baichuan-round')).toContain(factText('peers.baichuan.funding-2024', locale));
    expect(words('baichuan-layoffs')).toContain(factText('peers.baichuan.layoffs-share', locale));
    const moonshot = words('moonshot-series-c').replace(/\s/gu, '');
    expect(moonshot).toContain(factText('peers.moonshot.series-c', locale).replace(/\s/gu, ''));
    expect(moonshot).toContain(factText('peers.moonshot.valuation', locale).replace(/\s/gu, ''));
  });

  test.each(layouts)('%s layout keeps every mark and label inside, with no collisions', (name) => {
    expect(() => assertMarksInside('shakeout-timeline', name, spec[name])).not.toThrow();
    expect(() => assertLabelsFit('shakeout-timeline', name, spec[name])).not.toThrow();
    expect(spec[name].width).toBe(name === 'narrow' ? 360 : 720);
  });

  test('the table lists every event with its date and how precisely the sources give it', () => {
    expect(spec.table.rows).toHaveLength(events.length);
    spec.table.rows.forEach((row, index) => {
      expect(row).toHaveLength(spec.table.columns.length);
      const event = events[index]!;
      if (event.when.kind === 'date') expect(row[1]).toBe(formatIsoDate(event.when.iso, locale));
    });
    expect(new Set(spec.table.rows.map((row) => row[2])).size).toBeGreaterThanOrEqual(4);
  });

  test('title, summary, notes and facts are there and drawn from the facts', () => {
    expect(spec.title).toContain(factText('peers.baichuan.layoffs-share', locale));
    expect(spec.title).toContain('2024');
    for (const row of spec.table.rows) expect(spec.summary).toContain(row[0]);
    expect(spec.notes.length).toBeGreaterThanOrEqual(3);
    for (const event of events) for (const id of event.factIds) expect(spec.factIds).toContain(id);
    const window = getFact('minimax.listing-window').value;
    expect(spec.table.rows[events.findIndex((e) => e.key === 'minimax-listing')]![1]).toContain(formatDays(Number(window), locale));
  });
});

test('the Traditional Chinese edition builds with every label inside and apart', () => {
  const spec = shakeoutTimelineChart({ locale: 'zh-hant' });
  for (const name of ['narrow', 'wide'] as const) {
    expect(() => assertMarksInside('shakeout-timeline', name, spec[name])).not.toThrow();
    expect(() => assertLabelsFit('shakeout-timeline', name, spec[name])).not.toThrow();
  }
});
