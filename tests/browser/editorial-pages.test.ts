/**
 * The methodology, sources and disagreements pages on the built site, at phone width: one headline
 * each, lists that match the registry, and no link that leads nowhere.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seeds } from '../../seeds/index';
import { facts } from '../../src/facts/registry';
import { allReadings, hasDisagreement } from '../../src/facts/types';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const editorialPages = ['/methodology/', '/sources/', '/disagreements/'];

async function open(path: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const response = await page.goto(site.server.url(path), { waitUntil: 'load' });
  expect(response?.status(), `${path} status`).toBe(200);
  return page;
}

/** Each seed a fact cites, once per fact, however many readings or quotes draw on it. */
function citations(): Map<string, number> {
  const counts = new Map<string, number>(seeds.map((seed) => [seed.label, 0]));
  for (const fact of facts) {
    const cited = new Set(allReadings(fact).flatMap((reading) => reading.sources.map((source) => source.seed)));
    for (const seed of seeds) if (cited.has(seed.file)) counts.set(seed.label, (counts.get(seed.label) ?? 0) + 1);
  }
  return counts;
}

describe.each(editorialPages)('%s at 375 px', (path) => {
  test('has exactly one h1 and no sideways scrolling', async () => {
    const page = await open(path);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test('every link resolves on the built site, anchors included', async () => {
    const page = await open(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const targets = [...new Set(hrefs)];
    expect(targets.length).toBeGreaterThan(0);
    const documents = new Map<string, string>();
    for (const target of targets) {
      const url = new URL(target);
      expect(url.origin, `${target} leaves the site`).toBe(site.server.origin);
      const document = url.origin + url.pathname;
      if (!documents.has(document)) {
        const response = await page.request.get(document);
        expect(response.status(), `${document} (linked from ${path})`).toBe(200);
        documents.set(document, await response.text());
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor) expect(documents.get(document)?.includes(`id="${anchor}"`), `${target}: no element with id "${anchor}"`).toBe(true);
    }
    await page.context().close();
  });
});

test('the disagreements page lists every fact whose sources disagree, and only those', async () => {
  const page = await open('/disagreements/');
  const expected = facts.filter(hasDisagreement).map((fact) => fact.id);
  const listed = await page.locator('article.disagreement').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-fact')));
  expect(listed).toHaveLength(expected.length);
  expect([...listed].sort()).toEqual([...expected].sort());
  await page.context().close();
});

test('the sources page lists the five seeds, with fact counts that add up to the citations', async () => {
  const page = await open('/sources/');
  const entries = page.locator('.source-entry');
  await expect(entries.count()).resolves.toBe(seeds.length);
  expect(seeds).toHaveLength(5);
  const shown = await entries.evaluateAll((items) =>
    items.map((item) => ({ label: item.getAttribute('data-seed') ?? '', count: Number(item.getAttribute('data-fact-count')) })),
  );
  const expected = citations();
  expect(shown.map((s) => s.label)).toEqual(seeds.map((seed) => seed.label));
  for (const { label, count } of shown) expect(count, `facts citing ${label}`).toBe(expected.get(label));
  const total = [...expected.values()].reduce((sum, n) => sum + n, 0);
  expect(shown.reduce((sum, s) => sum + s.count, 0)).toBe(total);
  const printed = await page.locator('.source-count').allTextContents();
  expect(printed.map((text) => Number(text.match(/\d+/u)?.[0]))).toEqual(shown.map((s) => s.count));
  await page.context().close();
});
