/**
 * The Traditional edition's pages are the Simplified pages converted as rendered: every piece of text in the
 * markup goes through toTraditional, except what must stay as written.
 *
 * - Elements marked `data-verbatim` hold plain text shown exactly as written: seed quotes and headlines
 *   (evidence, in the seed's own characters on every edition) and the autonyms of the other editions
 *   ("简体中文" on a Traditional page). Components mark them; `verbatimAttribute` is the one spelling.
 * - Scripts and styles: Astro hashes them into each page's Content-Security-Policy, so they must not change.
 *   JSON-LD is data for search engines, not code, and is converted like the text.
 *
 * Tags, attribute names, URLs and class names are ASCII, which the converter leaves alone, so the markup
 * keeps its shape and only Chinese text changes.
 */
import { toTraditional } from './traditional';

export const verbatimAttribute = 'data-verbatim';

// An element carrying data-verbatim and holding text only (no child elements), as the components write it.
const verbatimElement = String.raw`<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\s${verbatimAttribute}(?:=""|\b)[^>]*>[^<]*</\1>`;
const codeElement = String.raw`<(script|style)\b(?![^>]*type="application/ld\+json")[^>]*>[\s\S]*?</\2>`;
const untouched = new RegExp(`${verbatimElement}|${codeElement}`, 'gu');

/** The markup with every text converted to Traditional but verbatim elements, scripts and styles. */
export function traditionalMarkup(markup: string): string {
  let result = '';
  let last = 0;
  for (const match of markup.matchAll(untouched)) {
    result += toTraditional(markup.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + toTraditional(markup.slice(last));
}

/** The text of a page's verbatim elements, for checks that must leave them out. */
export function withoutVerbatim(markup: string): string {
  return markup.replace(new RegExp(verbatimElement, 'gu'), '');
}
