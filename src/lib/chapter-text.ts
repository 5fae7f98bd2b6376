import type { Locale } from './locale';

/**
 * Reads a chapter's raw MDX for the things the build needs to know about it: which facts and charts it
 * cites (facts, passages, charts), how long it is, and its prose with components taken out (for the hard-coded-figure check).
 */

/** Every `<Fact id="...">` and `<Derived ... >` input cited in the MDX source, in order of first use. */
export function citedFactIds(mdx: string): string[] {
  const ids: string[] = [];
  for (const match of mdx.matchAll(/<(?:Fact|Derived)\b[^>]*>/gu)) {
    for (const attr of match[0].matchAll(/\b(?:id|from|to|of|by)="([a-z0-9][a-z0-9.-]*)"/gu)) {
      const id = attr[1]!;
      if (id.includes('.') && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** Every passage a `<Cite p="...">` names in the MDX source, in order of first citation. */
export function citedPassageIds(mdx: string): string[] {
  const ids = [...mdx.matchAll(/<Cite\b[^>]*?\bp="([^"]*)"/gu)].flatMap((m) => m[1]!.split(/\s+/u).filter((id) => id !== ''));
  return [...new Set(ids)];
}

/** Every `<Chart id="...">` and `<Scrolly chart="...">` in the MDX source. */
export function citedChartIds(mdx: string): string[] {
  const ids = [...mdx.matchAll(/<(?:Chart\s[^>]*\bid|Scrolly\s[^>]*\bchart)="([a-z0-9-]+)"/gu)].map((m) => m[1]!);
  return [...new Set(ids)];
}

/** The prose a reader reads, with frontmatter, imports, JSX tags and expressions removed. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\n/u, '')
    .replace(/^(?:import|export)\s.*$/gmu, '')
    .replace(/<[A-Z][^<>]*?\/>/gu, ' FIGURE ')
    .replace(/<\/?[A-Za-z][^>]*>/gu, ' ')
    .replace(/\{[^}]*\}/gu, ' ');
}

/**
 * The MDX with everything that is not prose blanked out (frontmatter, imports, components, tags and
 * expressions), line breaks kept, so a rule that reads the prose can say on which line of the file it found something.
 */
export function proseKeepingLines(mdx: string): string {
  const blank = (text: string) => text.replace(/[^\n]/gu, ' ');
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/u, blank)
    .replace(/^(?:import|export)\s.*$/gmu, blank)
    .replace(/<[A-Za-z/][^<>]*>/gu, blank)
    .replace(/\{[^}]*\}/gu, blank);
}

/** Words a reader reads; each cited figure counts as one word. */
export function wordCount(mdx: string): number {
  return proseOf(mdx)
    .replace(/^#+\s/gmu, '')
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
