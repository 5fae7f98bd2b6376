/**
 * The cover as a reader uses it: its chapter list, and figure notes that lead to entries of the data page.
 * (Every page's headline, width, console and axe audit are checked in every-page.test.ts.)
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

async function open(path: string, width: number): Promise<{ page: Page }> {
  return { page: await site.open(path, { viewport: { width, height: 800 } }) };
}

test('the cover lists the five chapters and cites figures whose notes link to the data page', async () => {
  const { page } = await open('/', 1280);
  await expect(page.locator('#chapters-heading + ol > li').count()).resolves.toBe(5);
  const figures = page.locator('.fact > .note-open');
  expect(await figures.count()).toBeGreaterThan(2);
  await figures.first().locator('..').click();
  const href = await page.locator(':popover-open a.note-more').getAttribute('href');
  expect(href).toMatch(/\/data\/#fact-/u);
  await site.done(page);
});

test('every figure note on the cover links to an entry of the data page', async () => {
  const { page } = await open('/', 1280);
  const hrefs = await page.locator('.fact-note a.note-more').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(2);
  const data = await open('/data/', 1280);
  for (const href of hrefs) {
    const id = decodeURIComponent(href.split('#')[1] ?? '');
    await expect(data.page.locator(`[id="${id}"]`).count(), href).resolves.toBe(1);
  }
  await site.done(page);
  await site.done(data.page);
});
