/**
 * Link previews: every page of every edition as an unfurler reads it. open-graph-scraper (the parser
 * behind many chat and CMS link cards) reads the Open Graph and Twitter tags from the built HTML; the
 * card image it finds must be in the build, a 1200x630 PNG, and small enough for every unfurler.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ogs from 'open-graph-scraper';
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { distRoot, publicRoot, sitePages } from '../support/site';

/** Some unfurlers skip larger images (WhatsApp among them); the issue sets this bound. */
const maxImageBytes = 150_000;

const root = await publicRoot();
const pages = await Promise.all(
  (await sitePages()).map(async (page) => {
    const { result, error } = await ogs({ html: page.html });
    if (error) throw new Error(`open-graph-scraper could not read ${page.path}`);
    return { ...page, preview: result, document: pageDocument(page.html) };
  }),
);

/** The built file behind a public URL of the site. */
function builtFile(url: string): string {
  const inside = new URL(url).pathname.slice(root.pathname.length);
  return path.join(distRoot, decodeURIComponent(inside));
}

/** Width and height from a PNG's header chunk (the first chunk after the 8-byte signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(pages.map((page) => ({ path: page.path, page })))('the link preview of $path', ({ page }) => {
  const { preview, document } = page;

  test('has the page title and description, for Open Graph and Twitter alike', () => {
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
    expect(document.title.length).toBeGreaterThan(3);
    // A Chinese character carries about what an English word does: 40 letters of English, 15 characters of Chinese.
    expect(description?.length).toBeGreaterThan(page.locale === 'en' ? 40 : 15);
    expect(preview.ogTitle).toBe(document.title);
    expect(preview.twitterTitle).toBe(document.title);
    expect(preview.ogDescription).toBe(description);
    expect(preview.twitterDescription).toBe(description);
    expect(preview.twitterCard).toBe('summary_large_image');
    expect(preview.ogUrl).toBe(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(preview.ogType).toBe(page.kind === 'chapter' ? 'article' : 'website');
  });

  test('shows a card image from the build: a described PNG of 1200x630 under 150 KB', () => {
    const [image] = preview.ogImage ?? [];
    expect(image?.url, 'og:image').toMatch(/^https?:\/\//u);
    const file = builtFile(image!.url);
    expect(existsSync(file), `${image!.url} in the build`).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect({ width: image?.width, height: image?.height }).toEqual({ width: '1200', height: '630' });
    expect(statSync(file).size).toBeLessThan(maxImageBytes);
    expect(image?.alt?.length).toBeGreaterThan(10);
  });
});

test('each chapter shows its own card, drawn for it', () => {
  const chapters = pages.filter((page) => page.kind === 'chapter');
  expect(chapters.length).toBeGreaterThan(0);
  for (const page of chapters) {
    expect(page.preview.ogImage?.[0]?.url, page.path).toBe(new URL(`${page.path.slice(1)}og.png`, root).href);
  }
});
