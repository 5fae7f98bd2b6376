/** The corrections log of an edition, newest first, and its schema.org form for a chapter's NewsArticle. */
import { getCollection } from 'astro:content';
import { toTraditional } from '../i18n/traditional';
import { chapterSlugs, type ChapterSlug, type Correction } from './correction-schema';
import type { Locale } from './locale';

export type { Correction };

/** A correction as an edition shows it: its own words, or none when the error never reached that edition. */
export interface EditionCorrection {
  /** The file name without extension: stable, so the feed's entry ids do not change. */
  id: string;
  date: Date;
  chapter: ChapterSlug;
  what: string;
  why: string;
}

/** The correction in the edition's words; undefined when it concerns the English wording alone. */
export function inEdition(id: string, correction: Correction, locale: Locale): EditionCorrection | undefined {
  const { date, chapter } = correction;
  if (locale === 'en') return { id, date, chapter, what: correction.what, why: correction.why };
  const chinese = correction['zh-hans'];
  if (!chinese) return undefined;
  const words = locale === 'zh-hans' ? (text: string) => text : toTraditional;
  return { id, date, chapter, what: words(chinese.what), why: words(chinese.why) };
}

export async function allCorrections(locale: Locale): Promise<EditionCorrection[]> {
  const entries = await getCollection('corrections');
  return sortCorrections(entries.flatMap((entry) => inEdition(entry.id, entry.data, locale) ?? []));
}

export async function correctionsFor(chapter: ChapterSlug | string, locale: Locale): Promise<EditionCorrection[]> {
  return (await allCorrections(locale)).filter((correction) => correction.chapter === chapter);
}

type Sortable = Pick<Correction, 'date' | 'chapter' | 'what'>;

/** Newest first; on one day, in reading order of the chapters, so the build is stable. */
export function sortCorrections<T extends Sortable>(corrections: readonly T[]): T[] {
  const position = (c: T) => chapterSlugs.indexOf(c.chapter);
  return [...corrections].sort((a, b) => b.date.getTime() - a.date.getTime() || position(a) - position(b) || a.what.localeCompare(b.what));
}

/** The ISO day of a correction, as schema.org and the page's <time> element want it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface CorrectionComment {
  '@type': 'CorrectionComment';
  text: string;
  datePublished: string;
}

/** What was wrong and why, as one text: Chinese sentences follow each other with no space. */
export function correctionText(correction: Pick<Correction, 'what' | 'why'>): string {
  return `${correction.what}${/[。！？]$/u.test(correction.what) ? '' : ' '}${correction.why}`;
}

/** schema.org CorrectionComment items for NewsArticle.correction. */
export function correctionComments(corrections: readonly Pick<Correction, 'what' | 'why' | 'date'>[]): CorrectionComment[] {
  return corrections.map((correction) => ({
    '@type': 'CorrectionComment',
    text: correctionText(correction),
    datePublished: isoDay(correction.date),
  }));
}
