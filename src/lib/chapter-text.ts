import type { Locale } from './locale';

/**
 * What the build needs to know about a chapter, from its one reading (chapter-reading.ts): the facts,
 * passages and charts it cites, its prose, and how long it is.
 */
import { readChapter, type ChapterReading } from './chapter-reading.ts';

/** Every fact a `<Fact>` or `<Derived>` cites in the MDX source, in order of first use. */
export function citedFactIds(mdx: string): string[] {
  return readChapter(mdx).facts.map((cited) => cited.id);
}

/** Every passage a `<Cite p="...">` names in the MDX source, in order of first citation. */
export function citedPassageIds(mdx: string): string[] {
  return readChapter(mdx).passages.map((cited) => cited.id);
}

/** Every chart a `<Chart id="...">` or `<Scrolly chart="...">` shows, in order of first use. */
export function citedChartIds(mdx: string): string[] {
  return readChapter(mdx).charts.map((cited) => cited.id);
}

/** A stand-in word for a figure in prose, so a cited figure counts as one word and is never read as digits. */
const figureWord = 'FIGURE';

/** One paragraph's words, with each <Fact> or <Derived> as one stand-in word and other components left out. */
export function paragraphText(pieces: ChapterReading['paragraphs'][number]['pieces']): string {
  return pieces
    .map((piece) => {
      if (piece.kind === 'text') return piece.text;
      return piece.use.name === 'Fact' || piece.use.name === 'Derived' ? ` ${figureWord} ` : ' ';
    })
    .join('');
}

/** The prose a reader reads: headings and paragraphs, without frontmatter, imports, expressions or tags. */
export function proseOf(mdx: string): string {
  const reading = readChapter(mdx);
  return [...reading.headings.map((heading) => heading.text), ...reading.paragraphs.map((paragraph) => paragraphText(paragraph.pieces))].join('\n\n');
}

/** Words a reader reads; each cited figure counts as one word. */
export function wordCount(mdx: string): number {
  return proseOf(mdx)
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Chinese characters a reader reads (Han script only: Latin names, punctuation and cited figures not counted). */
export function hanCount(mdx: string): number {
  return proseOf(mdx).match(/\p{Script=Han}/gu)?.length ?? 0;
}

/**
 * Minutes to read, and at least one: English at 230 words a minute; Chinese at 255 characters a minute, the
 * silent-reading rate for Chinese in the IReST study (Trauzettel-Klosinski and Dietz, 2012), with each Latin
 * word or cited figure read as one character.
 */
export function readingMinutes(mdx: string, locale: Locale = 'en'): number {
  if (locale === 'en') return Math.max(1, Math.round(wordCount(mdx) / 230));
  const latinWords = proseOf(mdx).replace(/\p{Script=Han}/gu, ' ').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round((hanCount(mdx) + latinWords) / 255));
}
