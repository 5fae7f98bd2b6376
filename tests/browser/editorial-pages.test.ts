/**
 * The sources and disagreements pages on the built site, at phone width: their lists match the registry.
 * (Every page's headline, width and axe audit are checked in every-page.test.ts, its links in
 * tests/dist/links.test.ts.)
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { seeds } from '../../seeds/index';
import { facts } from '../../src/facts/registry';
import { allReadings, hasDisagreement } from '../../src/facts/types';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const open = (path: string): Promise<Page> => site.open(path, { viewport: { width: 360, height: 740 } });

/** Each seed a fact cites, once per fact, however many readings or quotes draw on it. */
function citations(): Map<string, number> {
  const counts = new Map<string, number>(seeds.map((seed) => [seed.label, 0]));
  for (const fact of facts) {
    const cited = new Set(allReadings(fact).flatMap((reading) => reading.sources.map((source) => source.seed)));
    for (const seed of seeds) if (cited.has(seed.file)) counts.set(seed.label, (counts.get(seed.label) ?? 0) + 1);
  }
  return counts;
}

test('the disagreements page lists every fact whose sources disagree, and only those', async () => {
  const page = await open('/disagreements/');
  const expected = facts.filter(hasDisagreement).map((fact) => fact.id);
  const listed = await page.locator('article.disagreement').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-fact')));
  expect(listed).toHaveLength(expected.length);
  expect([...listed].sort()).toEqual([...expected].sort());
  await site.done(page);
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
  await site.done(page);
});
