/**
 * The three editions as built, discovered from the output: every English page has its Simplified and
 * Traditional twin at the same path under /zh-hans/ and /zh-hant/; every page says its language, points its
 * canonical link at itself, announces its twins with hreflang (x-default English) and links to them from the
 * language switcher; the sitemap lists the twins.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { distRoot, publicRoot, requireBuild, sitePages } from '../support/site';

requireBuild();
const pages = (await sitePages()).filter((page) => page.path !== '/404/');
const root = await publicRoot();
const lang = { en: 'en', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } as const;
const ogLocale = { en: 'en_US', 'zh-hans': 'zh_CN', 'zh-hant': 'zh_HK' } as const;
const english = pages.filter((page) => page.locale === 'en');

/** The path of a page in another edition: "/origins/" in zh-hant is "/zh-hant/origins/". */
function twinPath(sitePath: string, edition: keyof typeof lang): string {
  const inside = sitePath.replace(/^\/zh-han[st]\//u, '/');
  return edition === 'en' ? inside : `/${edition}${inside}`;
}

const absolute = (sitePath: string) => new URL(sitePath.replace(/^\//u, ''), root).href;

test('every English page has a Simplified and a Traditional twin, and no Chinese page lacks an English one', () => {
  const paths = new Set(pages.map((page) => page.path));
  const missing = english.flatMap((page) => (['zh-hans', 'zh-hant'] as const).map((edition) => twinPath(page.path, edition)).filter((twin) => !paths.has(twin)));
  expect(missing).toEqual([]);
  expect(pages.filter((page) => page.locale !== 'en' && !paths.has(twinPath(page.path, 'en'))).map((page) => page.path)).toEqual([]);
  expect(english.length).toBeGreaterThan(30);
  expect(pages.length).toBe(english.length * 3);
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (sitePath, page) => {
  const document = pageDocument(page.html);

  test('says its language, points canonical at itself and names its twins with hreflang', () => {
    expect(document.documentElement.getAttribute('lang')).toBe(lang[page.locale]);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absolute(sitePath));
    expect(document.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(ogLocale[page.locale]);
    const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`);
    expect(alternates).toEqual([
      `en ${absolute(twinPath(sitePath, 'en'))}`,
      `zh-Hans ${absolute(twinPath(sitePath, 'zh-hans'))}`,
      `zh-Hant ${absolute(twinPath(sitePath, 'zh-hant'))}`,
      `x-default ${absolute(twinPath(sitePath, 'en'))}`,
    ]);
  });

  test('links from its language switcher to its two twins, which exist', () => {
    const links = [...document.querySelectorAll('.language-switcher a')];
    expect(links.map((link) => link.getAttribute('hreflang'))).toEqual(Object.values(lang).filter((tag) => tag !== lang[page.locale]));
    for (const link of links) {
      const target = new URL(link.getAttribute('href') ?? '', root).pathname.slice(root.pathname.length - 1);
      expect(existsSync(path.join(distRoot, target, 'index.html')), `${sitePath} switcher → ${target}`).toBe(true);
      expect(target).toBe(twinPath(sitePath, link.getAttribute('hreflang') === 'en' ? 'en' : link.getAttribute('hreflang') === 'zh-Hans' ? 'zh-hans' : 'zh-hant'));
    }
    expect(document.querySelector('.language-switcher [aria-current="page"]')?.getAttribute('lang')).toBe(lang[page.locale]);
  });
});

test('chapters say their language in their JSON-LD', () => {
  const chapters = pages.filter((page) => page.kind === 'chapter');
  for (const chapter of chapters) {
    const ld = JSON.parse(pageDocument(chapter.html).querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { inLanguage?: string };
    expect(ld.inLanguage, chapter.path).toBe(lang[chapter.locale]);
  }
  expect(chapters.length).toBeGreaterThanOrEqual(5);
});

test('the sitemap gives every English page its two twins as alternates', () => {
  const sitemap = readFileSync(path.join(distRoot, 'sitemap-0.xml'), 'utf8');
  let listed = 0;
  for (const page of english) {
    const entry = sitemap.split('<url>').find((block) => block.startsWith(`<loc>${absolute(page.path)}</loc>`));
    if (entry === undefined) continue;
    expect(entry).toContain(`hreflang="zh-Hans" href="${absolute(twinPath(page.path, 'zh-hans'))}"`);
    expect(entry).toContain(`hreflang="zh-Hant" href="${absolute(twinPath(page.path, 'zh-hant'))}"`);
    listed += 1;
  }
  expect(listed).toBeGreaterThan(10);
});
