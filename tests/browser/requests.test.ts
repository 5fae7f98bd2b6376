/**
 * No page asks anything of another origin (fonts, analytics, CDNs), checked in the browser by
 * intercepting every request, and none breaks its Content-Security-Policy or logs an error, from
 * first paint to the bottom of the page. Pages are discovered from dist/.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { browserPages } from '../support/browser-pages';
import { sitePages } from '../support/site';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const pages = browserPages(await sitePages());

let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
});

afterAll(async () => {
  await context?.close();
});

describe.concurrent.each(pages.map((page) => [page.path] as const))('%s', (sitePath) => {
  test('requests nothing from another origin and logs no error or CSP violation', async ({ expect }) => {
    const page = await context.newPage();
    const foreign: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === site.server.origin) return route.continue();
      foreign.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    try {
      await page.goto(site.server.url(sitePath), { waitUntil: 'load' });
      // Scrolling to the end wakes anything loaded lazily or on view (images, scrollytelling steps).
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
        }
      });
      await page.waitForLoadState('networkidle');
      expect(foreign, `${sitePath} requested other origins`).toEqual([]);
      expect(problems, `${sitePath} console`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
