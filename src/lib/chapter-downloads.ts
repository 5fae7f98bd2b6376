/** The "figures in this chapter" downloads: exactly the facts a chapter cites, in order of first use. */
import { readFileSync } from 'node:fs';
import { getFact } from '../facts/registry';
import type { Fact } from '../facts/types';
import { editionParam } from '../i18n/editions';
import { readChapter } from './chapter-reading';
import { chaptersFor, type ChapterEntry } from './chapters';
import { locales } from './locale';

/** Each edition's chapter downloads: /data/chapters/<slug>.csv, /zh-hans/data/chapters/<slug>.csv... */
export async function chapterDownloadPaths() {
  const editions = await Promise.all(locales.map(async (locale) => ({ locale, chapters: await chaptersFor(locale) })));
  return editions.flatMap(({ locale, chapters }) =>
    chapters.map((entry) => ({ params: { edition: editionParam(locale), slug: entry.data.slug }, props: { entry } })),
  );
}

/** Each cited fact, read from the chapter's file so an unknown id fails naming the line it is on. */
export function factsOfChapter(entry: ChapterEntry): Fact[] {
  const file = entry.filePath ?? entry.id;
  const reading = readChapter(entry.filePath ? readFileSync(entry.filePath, 'utf8') : (entry.body ?? ''));
  return reading.facts.map(({ id, line }) => getFact(id, `${file}:${line}`));
}
