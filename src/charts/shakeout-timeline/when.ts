/**
 * When an event happened, at exactly the precision the sources give. A date fact holds "2024", "2024-05"
 * or "2026-01-08"; where the value is a year, the fact's period may narrow it ("mid-2024", "end of 2024",
 * "early 2025"). Those words are shown, but the drawing never pretends to a month the sources do not give.
 */
import { getFact, type FactId } from '../../facts/registry';
import { formatIsoDate } from '../../lib/format';
import { isChinese, type Locale } from '../../lib/locale';

export type YearPart = 'early' | 'mid' | 'end';

export type When =
  /** A day or a month the source states: drawn as a marker. */
  | { kind: 'date'; iso: string; precision: 'day' | 'month' }
  /** Only the year, perhaps with a part of it: drawn across the whole year, or across that part of it. */
  | { kind: 'year'; year: number; part?: YearPart }
  /** Within a few days after a dated event, as "right after, within two days". */
  | { kind: 'after'; iso: string; withinDays: number }
  /** Undated, but the source ties it to another event: drawn as an open marker at that event. */
  | { kind: 'around'; iso: string };

const where = 'src/charts/shakeout-timeline/when.ts';

const partPatterns: ReadonlyArray<[RegExp, YearPart]> = [
  [/^early (\d{4})$/u, 'early'],
  [/^mid-(\d{4})$/u, 'mid'],
  [/^end of (\d{4})$/u, 'end'],
];

/** The precision a date fact carries, with any part of the year its period names. */
export function whenOf(id: FactId): DatedWhen {
  const fact = getFact(id, where);
  if (fact.unit.kind !== 'date' || typeof fact.value !== 'string') {
    throw new Error(`${where}: fact "${id}" is not a date fact, so the timeline cannot place it.`);
  }
  const iso = fact.value;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return { kind: 'date', iso, precision: 'day' };
  if (/^\d{4}-\d{2}$/u.test(iso)) return { kind: 'date', iso, precision: 'month' };
  if (!/^\d{4}$/u.test(iso)) throw new Error(`${where}: fact "${id}" has the date "${iso}", which is not an ISO year, month or day.`);
  const year = Number(iso);
  for (const [pattern, part] of partPatterns) {
    const match = pattern.exec(fact.period);
    if (!match) continue;
    if (Number(match[1]) !== year) {
      throw new Error(`${where}: fact "${id}" is dated ${year} but its period says "${fact.period}".`);
    }
    return { kind: 'year', year, part };
  }
  return { kind: 'year', year };
}

const dayMs = 86_400_000;

function utc(iso: string): number {
  const [year = NaN, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** The months a part of a year covers: the span drawn for "early 2025", and the check that events are in a possible order. */
const partMonths: Record<YearPart, [number, number]> = { early: [0, 4], mid: [4, 8], end: [8, 12] };

/** The earliest and latest moment the sources allow, in UTC milliseconds. */
export function window(when: When): { earliest: number; latest: number } {
  switch (when.kind) {
    case 'date': {
      const start = utc(when.iso);
      if (when.precision === 'day') return { earliest: start, latest: start + dayMs };
      const [year = NaN, month = 1] = when.iso.split('-').map(Number);
      return { earliest: start, latest: Date.UTC(year, month, 1) };
    }
    case 'year': {
      const [from, to] = when.part ? partMonths[when.part] : [0, 12];
      return { earliest: Date.UTC(when.year, from, 1), latest: Date.UTC(when.year, to, 1) };
    }
    case 'after':
      return { earliest: utc(when.iso), latest: utc(when.iso) + (when.withinDays + 1) * dayMs };
    case 'around':
      return { earliest: utc(when.iso), latest: utc(when.iso) + dayMs };
  }
}

/** The span the chart draws: the window the sources allow, so "mid-2024" covers the middle third of 2024, not all of it. */
export function drawnSpan(when: When): { from: Date; to: Date } {
  const { earliest, latest } = window(when);
  return { from: new Date(earliest), to: new Date(latest) };
}

/** The instant a marker is drawn at, for events drawn as markers. */
export function markerDate(when: Exclude<When, { kind: 'year' }>): Date {
  if (when.kind === 'date' && when.precision === 'month') return new Date(utc(when.iso) + 14 * dayMs);
  if (when.kind === 'after') return new Date(utc(when.iso) + (when.withinDays / 2) * dayMs);
  return new Date(utc(when.iso));
}

const partWords: Record<YearPart, { en: (y: number) => string; zh: (y: number) => string }> = {
  early: { en: (y) => `early ${y}`, zh: (y) => `${y}年初` },
  mid: { en: (y) => `mid-${y}`, zh: (y) => `${y}年中` },
  end: { en: (y) => `end of ${y}`, zh: (y) => `${y}年底` },
};

/** A date fact's when: always a day, a month or a year. */
export type DatedWhen = Extract<When, { kind: 'date' | 'year' }>;

/** "May 2024", "mid-2024", "2024" / "2024年5月", "2024年中", "2024年", at the source's precision. */
export function whenText(when: DatedWhen, locale: Locale): string {
  if (when.kind === 'date') return formatIsoDate(when.iso, locale);
  if (!when.part) return formatIsoDate(String(when.year), locale);
  const words = partWords[when.part];
  return isChinese(locale) ? words.zh(when.year) : words.en(when.year);
}
