/** The "figures in this chapter" downloads: exactly the facts a chapter cites, in order of first use. */
import { readFileSync } from 'node:fs';
import { getFact } from '../facts/registry';
import type { Fact } from '../facts/types';
import { readChapter } from './chapter-reading';
import { chaptersFor, type ChapterEntry } from './chapters';

export async function chapterDownloadPaths() {
  const chapters = await chaptersFor('en');
  return chapters.map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
}

/** Each cited fact, read from the chapter's file so an unknown id fails naming the line it is on. */
export function factsOfChapter(entry: ChapterEntry): Fact[] {
  const file = entry.filePath ?? entry.id;
  const reading = readChapter(entry.filePath ? readFileSync(entry.filePath, 'utf8') : (entry.body ?? ''));
  return reading.facts.map(({ id, line }) => getFact(id, `${file}:${line}`));
}
