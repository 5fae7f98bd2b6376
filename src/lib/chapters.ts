/** The chapters of one edition, in reading order, with what each one cites. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citedChartIds, citedFactIds, citedPassageIds, readingMinutes } from './chapter-text';
import type { Locale } from './locale';

export type ChapterEntry = CollectionEntry<'chapters'>;

export async function chaptersFor(locale: Locale): Promise<ChapterEntry[]> {
  const entries = await getCollection('chapters', (entry) => entry.data.language === locale);
  const sorted = entries.sort((a, b) => a.data.order - b.data.order);
  const orders = sorted.map((e) => e.data.order);
  const duplicate = orders.find((order, index) => orders.indexOf(order) !== index);
  if (duplicate !== undefined) {
    const files = sorted.filter((e) => e.data.order === duplicate).map((e) => e.filePath ?? e.id);
    throw new Error(`Chapters ${files.join(' and ')} both have order ${duplicate} in the ${locale} edition`);
  }
  return sorted;
}

export function chapterPath(entry: ChapterEntry): string {
  const prefix = entry.data.language === 'en' ? '' : `/${entry.data.language}`;
  return `${prefix}/${entry.data.slug}/`;
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

export function chapterMinutes(entry: ChapterEntry): number {
  return readingMinutes(entry.body ?? '', entry.data.language);
}
