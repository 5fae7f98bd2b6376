/**
 * The corrections log on the built site: each corrected chapter shows its corrections at its foot and
 * carries them in its NewsArticle JSON-LD; /corrections/ lists them all; every page's footer links there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { distRoot, requireBuild, sitePages } from '../support/site';
import { editionPath } from '../../src/i18n/edition-path.ts';

requireBuild();

function page(slug: string): Document {
  return pageDocument(readFileSync(path.join(distRoot, slug, 'index.html'), 'utf8'));
}

interface NewsArticle {
  '@type': string;
  correction?: { '@type': string; text: string; datePublished: string }[];
}

function newsArticle(document: Document): NewsArticle {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '{}') as NewsArticle);
  const article = scripts.find((s) => s['@type'] === 'NewsArticle');
  if (!article) throw new Error('no NewsArticle JSON-LD on the page');
  return article;
}

// The ten errors issue 10 lists, plus the eleven the chapter editors' fact-check found, by chapter:
// origins 1 + 2, to-b-versus-to-c 2 + 2, growth-bought-with-losses 2 + 2, the-markets-verdict 3 + 1,
// the-shakeout 2 + 4 (src/content/corrections/).
const perChapter: [string, number][] = [
  ['origins', 3],
  ['to-b-versus-to-c', 4],
  ['growth-bought-with-losses', 4],
  ['the-markets-verdict', 4],
  ['the-shakeout', 6],
];

describe.each(perChapter)('/%s/', (slug, count) => {
  const document = page(slug);

  test(`shows its ${count} correction(s) at the foot of the chapter`, () => {
    const items = document.querySelectorAll('#corrections li.correction');
    expect(items.length).toBe(count);
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-02');
  });

  test('carries them in its NewsArticle JSON-LD as CorrectionComment items', () => {
    const corrections = newsArticle(document).correction ?? [];
    expect(corrections).toHaveLength(count);
    for (const correction of corrections) {
      expect(correction['@type']).toBe('CorrectionComment');
      expect(correction.datePublished).toBe('2026-12-02');
      expect(correction.text.length).toBeGreaterThan(40);
    }
  });
});

test('the corrections page lists every correction with a link to its chapter', () => {
  const document = page('corrections');
  const items = [...document.querySelectorAll('li.correction')];
  expect(items).toHaveLength(21);
  expect(items.map((item) => item.querySelector('a')?.getAttribute('href'))).toContain('/the-markets-verdict/');
  expect(document.body.textContent).toContain('782.2%');
});

test('every page links to the corrections page from its footer', async () => {
  for (const { path: pagePath, html, locale } of await sitePages()) {
    const footer = pageDocument(html).querySelector('footer');
    expect(footer?.querySelector(`a[href="${editionPath(locale, '/corrections/')}"]`), pagePath).not.toBeNull();
  }
});
