/** The "figures in this chapter" downloads: exactly the facts a chapter cites, in order of first use. */
import { readFileSync } from 'node:fs';
import { getFact, isFactId } from '../facts/registry';
import type { Fact } from '../facts/types';
import { editionParam } from '../i18n/editions';
import { chapterFacts, chaptersFor, type ChapterEntry } from './chapters';
import { locales } from './locale';

/** Each edition's chapter downloads: /data/chapters/<slug>.csv, /zh-hans/data/chapters/<slug>.csv... */
export async function chapterDownloadPaths() {
  const editions = await Promise.all(locales.map(async (locale) => ({ locale, chapters: await chaptersFor(locale) })));
  return editions.flatMap(({ locale, chapters }) =>
    chapters.map((entry) => ({ params: { edition: editionParam(locale), slug: entry.data.slug }, props: { entry } })),
  );
}

/** "file:line" of the first place an id appears in the chapter's source, for error messages. */
function placeOf(entry: ChapterEntry, id: string): string {
  const file = entry.filePath ?? entry.id;
  const source = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
  const index = source.indexOf(`"${id}"`);
  return index < 0 ? file : `${file}:${source.slice(0, index).split('\n').length}`;
}

export function factsOfChapter(entry: ChapterEntry): Fact[] {
  // The source is read again only to word the error for an unknown id.
  return chapterFacts(entry).map((id) => (isFactId(id) ? getFact(id) : getFact(id, placeOf(entry, id))));
}
