/**
 * A fact's notes in an edition: the note on the figure, the note on why its sources disagree, and the short
 * note on each other reading. The fact modules write them in English; the Chinese is written by us in
 * src/facts/notes-zh.ts and converted for the Traditional edition. A note with no Chinese fails the build,
 * so a Chinese page never shows an English note.
 */
import type { Fact, Reading } from '../facts/types';
import { factNotesZh, readingNotesZh, type FactNotesZh } from '../facts/notes-zh';
import type { Locale } from '../lib/locale';
import { toTraditional } from './traditional';

// Looked up by any fact's id: a fact the Chinese table does not know simply has no entry.
const notesById: Readonly<Record<string, FactNotesZh | undefined>> = factNotesZh;

function inChinese(simplified: string, locale: Exclude<Locale, 'en'>): string {
  return locale === 'zh-hans' ? simplified : toTraditional(simplified);
}

function missing(what: string, id: string): never {
  throw new Error(`Fact "${id}" has an English ${what} but no Chinese one: add it to src/facts/notes-zh.ts`);
}

/** The note on the figure (context a reader needs), if the fact has one. */
export function factNote(fact: Pick<Fact, 'id' | 'note'>, locale: Locale): string | undefined {
  if (fact.note === undefined || locale === 'en') return fact.note;
  return inChinese(notesById[fact.id]?.note ?? missing('note', fact.id), locale);
}

/** Why the sources disagree and which reading the site shows, if they do. */
export function disagreementNote(fact: Pick<Fact, 'id' | 'disagreementNote'>, locale: Locale): string | undefined {
  if (fact.disagreementNote === undefined || locale === 'en') return fact.disagreementNote;
  return inChinese(notesById[fact.id]?.disagreementNote ?? missing('disagreement note', fact.id), locale);
}

/** The short note beside another reading ("rounded"), if it has one. */
export function readingNote(reading: Pick<Reading, 'note'>, factId: string, locale: Locale): string | undefined {
  if (reading.note === undefined || locale === 'en') return reading.note;
  return inChinese(readingNotesZh[reading.note] ?? missing(`reading note "${reading.note}"`, factId), locale);
}
