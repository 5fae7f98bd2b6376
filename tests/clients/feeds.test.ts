/**
 * Feeds: each edition's Atom feed, read by feedsmith (a maintained feed parser) after a strict XML
 * well-formedness check, lists that edition's chapters with their summaries and dates and the corrections
 * log, and every page links its edition's feed from its head.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/lib/locale';
import { feedPath } from '../../src/lib/urls';
import { distRoot, projectRoot, publicRoot, sitePages } from '../support/site';
import { articleMetadata, plainText } from './chapter-pages';

const root = await publicRoot();
const pages = (await sitePages()).map((page) => ({ ...page, document: parseHTML(page.html).document as unknown as Document }));
const editions = locales.filter((locale) => pages.some((page) => page.locale === locale && page.kind === 'chapter'));
const correctionsFolder = path.join(projectRoot, 'src/content/corrections');
const correctionFiles = existsSync(correctionsFolder) ? readdirSync(correctionsFolder).filter((file) => /\.(?:md|ya?ml|json)$/u.test(file)) : [];

/** A site path as the public URL the feed must use (site URL and base path included). */
const publicUrl = (sitePath: string): string => new URL(sitePath.replace(/^\//u, ''), root).href;

test('there is at least one edition to check', () => {
  expect(editions).toContain('en');
});

describe.each(editions)('the %s feed', (locale) => {
  const file = path.join(distRoot, feedPath(locale));
  const chapters = pages.filter((page) => page.locale === locale && page.kind === 'chapter');

  test('exists, is well-formed XML and parses as Atom with id, title, author, updated and a self link', () => {
    expect(existsSync(file), `${feedPath(locale)} in the build`).toBe(true);
    const xml = readFileSync(file, 'utf8');
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe(publicUrl(feedPath(locale)));
    expect(feed.title?.value).toBe(plainText(pages.find((page) => page.locale === locale && page.kind === 'cover')?.document.querySelector('header a')));
    expect(feed.authors?.[0]?.name).toBeTruthy();
    expect(feed.links?.find((link) => link.rel === 'self')?.href).toBe(publicUrl(feedPath(locale)));
    const newest = [...(feed.entries ?? [])].map((entry) => entry.updated ?? '').sort().at(-1);
    expect(feed.updated).toBe(newest);
  });

  test('lists every chapter of the edition with its title, summary, link and dates', () => {
    const feed = parseAtomFeed(readFileSync(file, 'utf8'));
    const entries = (feed.entries ?? []).filter((entry) => entry.categories?.some((category) => category.term === 'chapter'));
    expect(entries.map((entry) => entry.links?.[0]?.href).sort()).toEqual(chapters.map((page) => publicUrl(page.path)).sort());
    for (const page of chapters) {
      const entry = entries.find((candidate) => candidate.id === publicUrl(page.path));
      expect(entry?.title?.value, page.path).toBe(plainText(page.document.querySelector('h1')));
      expect(entry?.summary?.value, page.path).toBe(page.document.querySelector('meta[name="description"]')?.getAttribute('content'));
      const published = articleMetadata(page.document).datePublished;
      expect(published, `${page.path} JSON-LD datePublished`).toBeTruthy();
      expect(entry?.published?.slice(0, 10), page.path).toBe(published?.slice(0, 10));
      expect(Date.parse(entry?.updated ?? ''), page.path).toBeGreaterThanOrEqual(Date.parse(entry?.published ?? ''));
    }
  });

  test('lists every correction as an entry linking to its chapter', () => {
    const feed = parseAtomFeed(readFileSync(file, 'utf8'));
    const corrections = (feed.entries ?? []).filter((entry) => entry.categories?.some((category) => category.term === 'correction'));
    expect(corrections).toHaveLength(correctionFiles.length);
    const chapterUrls = chapters.map((page) => publicUrl(page.path));
    for (const entry of corrections) {
      expect(chapterUrls, entry.id).toContain(entry.links?.[0]?.href);
      expect(entry.updated, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}T/u);
      expect(entry.summary?.value?.length, entry.id).toBeGreaterThan(10);
    }
  });
});

test('every page links its edition’s feed from its head', () => {
  const missing = pages
    .filter((page) => page.document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href') !== new URL(publicUrl(feedPath(page.locale))).pathname)
    .map((page) => page.path);
  expect(missing).toEqual([]);
});
