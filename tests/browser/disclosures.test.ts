/**
 * Opening what a reader can open must not widen the page: at 360 px, with every disclosure on a page open
 * (a chart's sources and notes, its data table, the fact lists), nothing scrolls sideways.
 */
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { browserPages } from '../support/browser-pages';
import { sitePages } from '../support/site';

const site = useBuiltSite();
const pages = browserPages(await sitePages()).map((page) => page.path);

test('there are pages with disclosures', () => {
  expect(pages.length).toBeGreaterThanOrEqual(10);
});

test.each(pages)('%s at 360 px: no sideways scrolling with every disclosure open', async (path) => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(site.server.url(path), { waitUntil: 'load' });
  const opened = await page.$$eval('details', (all) => {
    for (const details of all) details.open = true;
    return all.length;
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path}: ${opened} disclosures open, the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  await context.close();
});
