/**
 * Feeds: each edition's Atom feed, read by feedsmith (a maintained feed parser) after a strict XML
 * well-formedness check, lists that edition's published chapters (those with a publication date) with
 * their summaries and dates, and the corrections log; every page links its edition's feed from its head.
 * An edition with nothing published yet has no feed, and its pages link none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed } from 'feedsmith';
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { locales, type Locale } from '../../src/lib/locale';
import { feedPath } from '../../src/lib/urls';
import { distRoot, projectRoot, publicRoot, sitePages } from '../support/site';
import { articleMetadata, plainText } from './chapter-pages';
import { editionPath } from '../../src/i18n/edition-path.ts';

const root = await publicRoot();
const pages = (await sitePages()).map((page) => ({ ...page, document: pageDocument(page.html) }));
const editions = locales.filter((locale) => pages.some((page) => page.locale === locale && page.kind === 'chapter'));
const correctionsFolder = path.join(projectRoot, 'src/content/corrections');
/** The corrections log as editors write it: one YAML file per correction, with its date and chapter slug. */
const corrections = (existsSync(correctionsFolder) ? readdirSync(correctionsFolder) : [])
  .filter((file) => /\.ya?ml$/u.test(file))
  .map((file) => {
    const source = readFileSync(path.join(correctionsFolder, file), 'utf8');
    const field = (name: string) => new RegExp(`^${name}:\\s*['"]?([^'"\\r\\n]+?)['"]?\\s*$`, 'mu').exec(source)?.[1] ?? '';
    // A correction reaches the Chinese editions only with its Chinese text (src/lib/corrections.ts).
    return { file, date: field('date'), chapter: field('chapter'), inChinese: /^zh-hans:/mu.test(source) };
  });

/** A site path as the public URL the feed must use (site URL and base path included). */
const publicUrl = (sitePath: string): string => new URL(sitePath.replace(/^\//u, ''), root).href;

const editionPages = (locale: Locale) => pages.filter((page) => page.locale === locale);
const chaptersOf = (locale: Locale) => editionPages(locale).filter((page) => page.kind === 'chapter');
const publishedChapters = (locale: Locale) => chaptersOf(locale).filter((page) => articleMetadata(page.document).datePublished);
/** Corrections name a chapter by its slug; an edition lists those to its own chapters, and a Chinese one those written in Chinese. */
const correctionsOf = (locale: Locale) =>
  corrections.filter(
    (correction) => (locale === 'en' || correction.inChinese) && chaptersOf(locale).some((page) => page.path.endsWith(`/${correction.chapter}/`)),
  );
const hasFeed = (locale: Locale) => publishedChapters(locale).length + correctionsOf(locale).length > 0;

test('every edition with something published has a feed that each of its pages links, and no other page links one', () => {
  expect(editions).toContain('en');
  for (const locale of editions) {
    const feedFile = path.join(distRoot, feedPath(locale));
    expect(existsSync(feedFile), `${feedPath(locale)} in the build`).toBe(hasFeed(locale));
    const expected = hasFeed(locale) ? new URL(publicUrl(feedPath(locale))).pathname : undefined;
    const wrong = editionPages(locale)
      .filter((page) => page.document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href') !== expected)
      .map((page) => page.path);
    expect(wrong, `pages of the ${locale} edition not linking ${expected ?? 'no feed'}`).toEqual([]);
  }
});

describe.each(editions.filter(hasFeed))('the %s feed', (locale) => {
  const xml = readFileSync(path.join(distRoot, feedPath(locale)), 'utf8');
  const feed = parseAtomFeed(xml);
  const entriesIn = (category: string) => (feed.entries ?? []).filter((entry) => entry.categories?.some((item) => item.term === category));

  test('is well-formed XML and parses as Atom with id, title, author, updated and a self link', () => {
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    expect(feed.id).toBe(publicUrl(feedPath(locale)));
    expect(feed.title?.value).toBe(plainText(editionPages(locale).find((page) => page.kind === 'cover')?.document.querySelector('header a')));
    expect(feed.authors?.[0]?.name).toBeTruthy();
    expect(feed.links?.find((link) => link.rel === 'self')?.href).toBe(publicUrl(feedPath(locale)));
    const newest = (feed.entries ?? []).map((entry) => entry.updated ?? '').sort().at(-1);
    expect(feed.updated).toBe(newest);
  });

  test('lists every published chapter with its title, summary, link and dates', () => {
    const entries = entriesIn('chapter');
    expect(entries.map((entry) => entry.links?.[0]?.href).sort()).toEqual(publishedChapters(locale).map((page) => publicUrl(page.path)).sort());
    for (const page of publishedChapters(locale)) {
      const entry = entries.find((candidate) => candidate.id === publicUrl(page.path));
      expect(entry?.title?.value, page.path).toBe(plainText(page.document.querySelector('h1')));
      expect(entry?.summary?.value, page.path).toBe(page.document.querySelector('meta[name="description"]')?.getAttribute('content'));
      expect(entry?.published?.slice(0, 10), page.path).toBe(articleMetadata(page.document).datePublished?.slice(0, 10));
      expect(Date.parse(entry?.updated ?? ''), page.path).toBeGreaterThanOrEqual(Date.parse(entry?.published ?? ''));
    }
  });

  test('lists every correction as an entry dated as the log dates it, linking to its chapter', () => {
    const entries = entriesIn('correction');
    expect(entries.map((entry) => `${entry.updated?.slice(0, 10)} ${entry.links?.[0]?.href}`).sort()).toEqual(
      correctionsOf(locale).map((correction) => `${correction.date} ${publicUrl(editionPath(locale, `/${correction.chapter}/`))}`).sort(),
    );
    for (const entry of entries) expect(entry.summary?.value?.length, entry.id).toBeGreaterThan(20);
  });
});
