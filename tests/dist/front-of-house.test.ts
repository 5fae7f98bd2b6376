/**
 * The front of the house as built: every chapter and the cover carry the desk's byline and the dates the
 * chapter frontmatter gives (published, and updated after a correction), chapters put the same in their
 * NewsArticle JSON-LD, and the gallery shows readers charts, not the editors' MDX.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { distRoot, requireBuild } from '../support/site';

requireBuild();
const page = (sitePath: string) => pageDocument(readFileSync(path.join(distRoot, sitePath, 'index.html'), 'utf8'));
const chapters = ['origins', 'to-b-versus-to-c', 'growth-bought-with-losses', 'the-markets-verdict', 'the-shakeout'];

describe.each(chapters)('/%s/', (slug) => {
  const doc = page(slug);

  test('shows the byline, the publication date and the date of the latest update', () => {
    const byline = doc.querySelector('.byline')?.textContent ?? '';
    expect(byline).toContain('By the Two Ways to Live data desk');
    expect(doc.querySelector('.byline time[datetime="2026-11-23"]')?.textContent).toBe('Published 23 November 2026');
    expect(doc.querySelector('.byline time[datetime="2026-12-02"]')?.textContent).toBe('Updated 2 December 2026');
  });

  test('puts author, publisher and dates in its NewsArticle JSON-LD', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.datePublished).toBe('2026-11-23');
    expect(ld.dateModified).toBe('2026-12-02');
    expect(ld.author).toMatchObject({ '@type': 'Organization', name: 'Two Ways to Live data desk' });
    expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: 'Two Ways to Live' });
  });
});

test('the cover has a byline, the dates and a lead graphic drawn from the facts', () => {
  const doc = page('');
  expect(doc.querySelector('.byline time[datetime="2026-11-23"]')).not.toBeNull();
  expect(doc.querySelector('section[aria-label="The story at a glance"] figure.chart svg')).not.toBeNull();
});

test('the cover says where its numbers come from as the methodology does: news articles, not prospectuses read by us', () => {
  const story = page('').querySelector('.prose-story')?.textContent?.replace(/\s+/gu, ' ') ?? '';
  expect(story).toContain('told through the numbers in five Chinese news articles, some of which quote the companies’ prospectuses');
  expect(story).not.toContain('numbers in their prospectuses');
  expect(story).toContain('a former executive of SenseTime, a Chinese AI company,');
});

test('the footer dates the sources as the seeds do: S4 is from late 2025, the others from after the January 2026 listings', () => {
  const footer = page('').querySelector('footer')?.textContent?.replace(/\s+/gu, ' ') ?? '';
  expect(footer).toContain('five Chinese news articles written around the companies’ Hong Kong listings, from late 2025 to early 2026');
  expect(footer).not.toContain('of January 2026');
});

test('"All charts" shows readers every chart with its downloads and no MDX snippets', () => {
  const doc = page('charts');
  expect(doc.querySelector('h1')?.textContent).toBe('All charts');
  expect(doc.querySelectorAll('figure.chart a[download]').length).toBeGreaterThanOrEqual(2 * 15);
  expect(doc.body.textContent).not.toContain('Embed in MDX');
  expect(doc.body.innerHTML).not.toContain('&lt;Chart id=');
  expect(page('charts/sequences').body.innerHTML).not.toContain('&lt;Scrolly chart=');
});
