/** The corrections log, newest first, and its schema.org form for a chapter's NewsArticle. */
import { getCollection } from 'astro:content';
import { chapterSlugs, type ChapterSlug, type Correction } from './correction-schema';

export type { Correction };

export async function allCorrections(): Promise<Correction[]> {
  const entries = await getCollection('corrections');
  return sortCorrections(entries.map((entry) => entry.data));
}

export async function correctionsFor(chapter: ChapterSlug | string): Promise<Correction[]> {
  return (await allCorrections()).filter((correction) => correction.chapter === chapter);
}

/** Newest first; on one day, in reading order of the chapters, so the build is stable. */
export function sortCorrections(corrections: readonly Correction[]): Correction[] {
  const position = (c: Correction) => chapterSlugs.indexOf(c.chapter);
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

/** schema.org CorrectionComment items for NewsArticle.correction. */
export function correctionComments(corrections: readonly Correction[]): CorrectionComment[] {
  return corrections.map((correction) => ({
    '@type': 'CorrectionComment',
    text: `${correction.what} ${correction.why}`,
    datePublished: isoDay(correction.date),
  }));
}
