/**
 * axe-core finds no accessibility violation on any built page, in the light and the dark theme, at
 * phone and desktop widths. Pages are discovered from dist/, so new chapters and charts are covered.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { sitePages } from '../support/site';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const pages = await sitePages();
const themes = ['light', 'dark'] as const;
const widths = [375, 1280];

let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
});

afterAll(async () => {
  await context?.close();
});

// Two pages at a time: axe's work happens in the browser, so the second core is otherwise idle.
describe.concurrent.each(pages.map((page) => [page.path] as const))('%s', (sitePath) => {
  test.for(widths)('has no axe violations in either theme at %i px', async (width, { expect }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    try {
      await page.goto(site.server.url(sitePath), { waitUntil: 'load' });
      for (const colorScheme of themes) {
        await page.emulateMedia({ colorScheme });
        // Only violations are asserted; skipping the passes and incomplete lists makes axe markedly faster.
        const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
        const found = violations.map(
          (violation) => `${colorScheme}: ${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(' | ')}`,
        );
        expect(found, `${sitePath} at ${width}px, ${colorScheme} theme`).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
