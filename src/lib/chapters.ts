/** The chapters of one edition, in reading order, with what each one cites. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citedChartIds, citedFactIds, citedPassageIds, readingMinutes } from './chapter-text';
import { editionPath } from '../i18n/href';
import { toTraditional } from '../i18n/traditional';
import type { Locale } from './locale';

export type ChapterEntry = CollectionEntry<'chapters'>;

/**
 * The chapters of an edition. The Traditional edition is generated: each Simplified chapter stands in for
 * its Traditional twin, with its headline, standfirst and summary converted here and its rendered page
 * converted by src/middleware.ts; a hand-written file in chapters/zh-hant/ with the same slug wins.
 */
export async function chaptersFor(locale: Locale): Promise<ChapterEntry[]> {
  if (locale !== 'zh-hant') return inOrder(locale, await getCollection('chapters', (entry) => entry.data.language === locale));
  const handWritten = await getCollection('chapters', (entry) => entry.data.language === 'zh-hant');
  const written = new Set(handWritten.map((entry) => entry.data.slug));
  const generated = (await getCollection('chapters', (entry) => entry.data.language === 'zh-hans'))
    .filter((entry) => !written.has(entry.data.slug))
    .map(traditionalTwin);
  return inOrder(locale, [...handWritten, ...generated]);
}

function traditionalTwin(simplified: ChapterEntry): ChapterEntry {
  const { title, standfirst, summary } = simplified.data;
  return {
    ...simplified,
    data: { ...simplified.data, language: 'zh-hant', title: toTraditional(title), standfirst: toTraditional(standfirst), summary: toTraditional(summary) },
  };
}

function inOrder(locale: Locale, entries: ChapterEntry[]): ChapterEntry[] {
  const sorted = entries.sort((a, b) => a.data.order - b.data.order);
  const orders = sorted.map((e) => e.data.order);
  const duplicate = orders.find((order, index) => orders.indexOf(order) !== index);
  if (duplicate !== undefined) {
    const files = sorted.filter((e) => e.data.order === duplicate).map((e) => e.filePath ?? e.id);
    throw new Error(`Chapters ${files.join(' and ')} both have order ${duplicate} in the ${locale} edition`);
  }
  return sorted;
}

/** The chapter's site path in its edition, base excluded: "/origins/", "/zh-hant/origins/". */
export function chapterPath(entry: ChapterEntry): string {
  return editionPath(entry.data.language, `/${entry.data.slug}/`);
}

export function chapterFacts(entry: ChapterEntry): string[] {
  return citedFactIds(entry.body ?? '');
}

export function chapterPassages(entry: ChapterEntry): string[] {
  return citedPassageIds(entry.body ?? '');
}

export function chapterCharts(entry: ChapterEntry): string[] {
  return citedChartIds(entry.body ?? '');
}

/** Minutes to read, by words in English and by characters in Chinese (readingMinutes in chapter-text.ts). */
export function chapterMinutes(entry: ChapterEntry): number {
  return readingMinutes(entry.body ?? '', entry.data.language);
}
