/**
 * The shakeout and the giants' entry, from ByteDance's Doubao launch in May 2024 to the January 2026
 * listings. Each event is dated exactly as precisely as the sources date it: a "mid-2024" never becomes
 * a June, and an undated round is tied to the event the source ties it to.
 */
import { getFact, type FactId } from '../../facts/registry';
import { readingOutlets } from '../frame/draft-text';
import { formatCount, formatDays, formatIsoDate, qualify } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { disagreementNotes, factText, pickWords } from '../frame/draft-text';
import type { ChartBuilder, LegendItem } from '../types';
import { timelineEvents, type Actor, type TimelineEvent } from './events';
import { actorColor, actorShape, narrowLayout, wideLayout, type TimelineRow } from './layout';
import { whenOf, whenText } from './when';
import { words, type Figure, type Precision, type TimelineWords } from './words';

function figureFor(locale: Locale): Figure {
  return (id: FactId) => {
    const fact = getFact(id);
    if (fact.unit.kind === 'count' && typeof fact.value === 'number') {
      const count = formatCount(fact.value, fact.unit.counted, locale, { withNoun: true });
      return qualify(count, fact.qualifier, locale, fact.unit);
    }
    return factText(id, locale);
  };
}

function eventWhen(event: TimelineEvent, w: TimelineWords, locale: Locale): string {
  switch (event.when.kind) {
    case 'date':
    case 'year':
      return whenText(event.when, locale);
    case 'after':
      return w.withinDays(formatDays(event.when.withinDays, locale));
    case 'around':
      return w.aroundListings;
  }
}

function precisionOf(event: TimelineEvent): Precision {
  switch (event.when.kind) {
    case 'date':
      return event.when.precision;
    case 'year':
      return event.when.part ? 'part' : 'year';
    case 'after':
      return 'window';
    case 'around':
      return 'undated';
  }
}

const legendActors: ReadonlyArray<Exclude<Actor, 'zhipu' | 'minimax'>> = ['giant', 'tiger', 'industry'];

export const shakeoutTimelineChart: ChartBuilder = ({ locale, title, summary }) => {
  const w = pickWords(words, locale);
  const figure = figureFor(locale);
  const events = timelineEvents();
  const rows: TimelineRow[] = events.map((event) => ({
    key: event.key,
    actor: event.actor,
    when: event.when,
    label: w.event[event.key](figure),
    whenText: eventWhen(event, w, locale),
  }));
  const factIds: FactId[] = [...new Set(events.flatMap((e) => e.factIds))];

  const allIn = whenOf('giants.bytedance.all-in-date');
  const giantsYear = allIn.kind === 'year' ? formatIsoDate(String(allIn.year), locale) : whenText(allIn, locale);

  const legend: LegendItem[] = [
    ...legendActors.map((actor) => ({ label: w.actor[actor], color: actorColor[actor], shape: actorShape[actor] })),
    { label: w.yearSpan, color: 'neutral', pattern: 'hatch' },
  ];

  return {
    id: 'shakeout-timeline',
    title: title ?? w.title({ giantsYear, layoffsWhen: whenText(whenOf('peers.baichuan.layoffs-date'), locale), layoffsShare: factText('peers.baichuan.layoffs-share', locale) }),
    subtitle: w.subtitle,
    summary: summary ?? [w.summaryIntro, ...rows.map((row) => w.summaryLine(row.whenText, row.label))].join(' '),
    factIds,
    notes: [
      w.notes.yearSpans,
      w.notes.minimaxDay(readingOutlets(getFact('minimax.listing-window'), locale)),
      w.notes.moonshotUndated(readingOutlets(getFact('peers.moonshot.series-c'), locale)),
      ...disagreementNotes(factIds, locale),
    ],
    legend,
    table: {
      caption: w.tableCaption,
      columns: w.columns,
      rows: events.map((event, index) => [rows[index]!.label, rows[index]!.whenText, w.precision[precisionOf(event)]]),
    },
    narrow: narrowLayout(rows),
    wide: wideLayout(rows),
  };
};
