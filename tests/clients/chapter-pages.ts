/**
 * The built chapter pages of every edition, read and parsed once per test file, for the tests of clients
 * that never run our CSS or script: reader modes, text browsers, feed readers and link unfurlers.
 */
import { pageDocument } from '../support/page-document';
import { sitePages, type SitePage } from '../support/site';

export interface ChapterPage extends SitePage {
  document: Document;
}

export async function chapterPages(): Promise<ChapterPage[]> {
  const pages = (await sitePages()).filter((page) => page.kind === 'chapter');
  if (pages.length === 0) throw new Error('The build has no chapter pages to test');
  return pages.map((page) => ({ ...page, document: pageDocument(page.html) }));
}

/** Text as a reader meets it: runs of white space are one space. */
export function plainText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/**
 * The text of an element as a reader sees it on screen before opening anything: without what it hides from
 * assistive technology (reader modes drop that too) and without closed popovers (the source notes).
 */
export function readableText(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"], [hidden], [popover]')) hidden.remove();
  return plainText(copy);
}

export interface ArticleMetadata {
  headline?: string;
  description?: string;
  datePublished?: string;
  author?: { name?: string } | Array<{ name?: string }>;
}

/** The page's schema.org article, as search engines and Readability read it. */
export function articleMetadata(document: Document): ArticleMetadata {
  const script = document.querySelector('script[type="application/ld+json"]');
  if (!script?.textContent) throw new Error('The chapter page has no JSON-LD');
  return JSON.parse(script.textContent) as ArticleMetadata;
}
