/**
 * Reader mode: Mozilla's Readability (the engine of Firefox's reader view and of several read-later apps)
 * run on every built chapter of every edition. It sees the page without our CSS, so anything CSS hides
 * (the second chart layout, the pinned scrollytelling stage) must be hidden in the markup or not be there.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { articleMetadata, chapterPages, plainText, readableText, type ChapterPage } from './chapter-pages';

const pages = await chapterPages();

interface ReaderView {
  title: string;
  byline: string;
  excerpt: string;
  publishedTime: string;
  lang: string;
  content: Document;
}

function readerView(page: ChapterPage): ReaderView {
  // Readability edits the document it is given, so it gets its own copy.
  const article = new Readability(parseHTML(page.html).document as unknown as Document).parse();
  if (!article) throw new Error(`Readability found no article on ${page.path}`);
  return {
    title: article.title ?? '',
    byline: article.byline ?? '',
    excerpt: article.excerpt ?? '',
    publishedTime: article.publishedTime ?? '',
    lang: article.lang ?? '',
    content: parseHTML(`<!doctype html><html><body>${article.content ?? ''}</body></html>`).document as unknown as Document,
  };
}

/**
 * The reading order as a list: headings, paragraphs and list items by their text, each figure by its id.
 * Text inside a figure belongs to the figure.
 */
function readingOrder(root: ParentNode, skip: (element: Element) => boolean = () => false): string[] {
  return [...root.querySelectorAll('h2, h3, h4, p, li, blockquote, figure')]
    .filter((element) => !skip(element) && !element.parentElement?.closest('figure') && !element.parentElement?.closest('li, blockquote'))
    .map((element) => (element.tagName === 'FIGURE' ? `figure#${element.id}` : readableText(element)))
    .filter((token) => token.length > 0);
}

function authorNames(page: ChapterPage): string {
  const { author } = articleMetadata(page.document);
  const authors = Array.isArray(author) ? author : author ? [author] : [];
  return authors.map((person) => person.name ?? '').join(', ');
}

const views = new Map(pages.map((page) => [page.path, readerView(page)]));
const viewOf = (page: ChapterPage): ReaderView => views.get(page.path)!;

describe.each(pages.map((page) => ({ path: page.path, page })))('reader mode of $path', ({ page }) => {
  test('gives the headline as title, the standfirst as excerpt, and the page language', () => {
    const view = viewOf(page);
    const headline = page.document.querySelector('h1');
    expect(view.title).toBe(plainText(headline));
    expect(view.excerpt).toBe(plainText(headline?.nextElementSibling));
    expect(view.excerpt.length).toBeGreaterThan(40);
    expect(view.lang).toBe(page.document.documentElement.getAttribute('lang'));
  });

  test('names the author and the publication date', () => {
    const view = viewOf(page);
    const { datePublished } = articleMetadata(page.document);
    expect(authorNames(page), 'JSON-LD author').not.toBe('');
    expect(view.byline).toBe(authorNames(page));
    expect(datePublished, 'JSON-LD datePublished').toMatch(/^\d{4}-\d{2}-\d{2}/u);
    expect(view.publishedTime).toBe(datePublished);
  });

  test('keeps every heading, paragraph and figure of the chapter body in order, once, and drops the pinned stage', () => {
    const body = page.document.querySelector('.prose-story');
    expect(body).not.toBeNull();
    const expected = readingOrder(body!, (element) => element.closest('.scrolly-stage') !== null);
    const actual = readingOrder(viewOf(page).content);
    const start = actual.indexOf(expected[0] ?? '');
    expect(start, `first paragraph "${expected[0]}"`).toBeGreaterThanOrEqual(0);
    expect(actual.slice(start, start + expected.length)).toEqual(expected);
  });

  test('shows each figure with its headline, summary and (in the full frame) its data table, and no chart drawing', () => {
    const { content } = viewOf(page);
    expect(content.querySelectorAll('svg')).toHaveLength(0);
    const figures = [...content.querySelectorAll('figure')];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const original = page.document.getElementById(figure.id);
      const headline = plainText(original?.querySelector('.chart-title'));
      expect(headline, figure.id).not.toBe('');
      expect(plainText(figure.querySelector('figcaption')), figure.id).toContain(headline);
      expect(plainText(content.getElementById(`${figure.id}-summary`)), figure.id).toBe(plainText(original?.querySelector('.chart-summary')));
      expect(figure.querySelectorAll('tbody tr'), figure.id).toHaveLength(original?.querySelectorAll('tbody tr').length ?? -1);
    }
  });

  test('shows each chart cited in full exactly once', () => {
    const { content } = viewOf(page);
    const fullFrames = [...page.document.querySelectorAll('.prose-story figure.chart--full')].map((figure) => figure.id);
    const withTables = [...content.querySelectorAll('figure')].filter((figure) => figure.querySelector('table')).map((figure) => figure.id);
    expect(fullFrames.length).toBeGreaterThan(0);
    expect(withTables).toEqual(fullFrames);
  });

  test('keeps every cited figure in the prose as readable text', () => {
    const { content } = viewOf(page);
    const readerText = plainText(content.body);
    const cited = [...page.document.querySelectorAll('.prose-story [data-fact], .prose-story [data-derived]')].filter(
      (element) => !element.closest('figure, .scrolly-stage'),
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const element of cited) {
      const shown = readableText(element);
      const id = element.getAttribute('data-fact') ?? element.getAttribute('data-derived');
      expect(readerText.includes(shown), `${id} shown as "${shown}"`).toBe(true);
    }
  });
});
