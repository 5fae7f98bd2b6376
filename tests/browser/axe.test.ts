/**
 * axe-core finds no accessibility violation on any built page, in the light and the dark theme. Pages are
 * discovered from dist/, so new chapters and charts are covered. Traditional pages, the Simplified ones
 * with their text converted, are checked by template (tests/support/browser-pages.ts).
 *
 * What changes between checks is what axe is run on. Pages of one type share a template: the first page
 * of each type is checked at phone and desktop widths in both themes, and every other page once, in the
 * light theme at phone width, where text wraps most. Every chart is in the gallery, so its wide and narrow layouts
 * are checked there at both widths.
 *
 * The data page repeats one entry component per fact (over two hundred): axe sees the page with one entry
 * of each markup shape (see representativeEntries). Every rule runs; a contrast or naming problem in an
 * entry shows in the first entry of its shape, and a problem confined to one entry's text (an empty
 * heading or link, a duplicate id) is caught on every entry by html-validate's recommended rules in
 * tests/dist/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { facts } from '../../src/facts/registry';
import { axeViolations, representativeEntries } from '../support/axe';
import { useBuiltSite } from '../support/built-site';
import { browserPages } from '../support/browser-pages';
import { sitePages, type SitePage } from '../support/site';

const site = useBuiltSite();

const pages = browserPages(await sitePages());
const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];
const phone = 375;
const desktop = 1280;

/** The page types built today: a type may be added, but none may drop out of the check unnoticed. */
const templates = ['cover', 'chapter', 'data', 'charts', 'chart', 'disagreements', 'methodology', 'sources'];

/** The first page of each type (cover, chapters, then pages, then charts) stands for its template. */
function standsForTemplate(page: SitePage): boolean {
  return pages.find((candidate) => candidate.type === page.type) === page;
}

/** Repeating entries axe sees one of each shape of, by page type. */
const repeatingEntries: Record<string, string> = { data: '.fact-entry' };

let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
});

afterAll(async () => {
  await context?.close();
});

test('every template is among the pages checked', () => {
  expect([...new Set(pages.map((page) => page.type))]).toEqual(expect.arrayContaining(templates));
});

/**
 * Each check loads the page afresh, so one check stays short even on the longest page. Themes and widths
 * change the template's styles, not a page's content, so they are checked once per template; every other
 * page is checked once, at phone width, where text wraps most.
 */
function checksFor(page: SitePage): [number, Theme][] {
  if (!standsForTemplate(page)) return [[phone, 'light']];
  return [phone, desktop].flatMap((width) => themes.map((theme): [number, Theme] => [width, theme]));
}

// Two checks at a time: axe's work happens in the browser, so the second core is otherwise idle.
describe.concurrent.each(pages.map((page) => [page.path, page] as const))('%s', (_path, sitePage) => {
  test.for(checksFor(sitePage))('has no axe violations at %i px in the %s theme', async ([width, colorScheme], { expect }) => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto(site.server.url(sitePage.path), { waitUntil: 'load' });
      expect(page.frames(), 'a page with frames needs axe in its default mode').toHaveLength(1);
      const entries = repeatingEntries[sitePage.type];
      const scope = entries ? await representativeEntries(page, entries) : undefined;
      if (entries && scope) {
        expect(scope.total, `${entries} entries on ${sitePage.path}`).toBe(facts.length);
        expect(scope.kept.length, `${entries} shapes kept in axe's scope`).toBeGreaterThan(1);
      }
      expect(await axeViolations(page, scope?.others), `${sitePage.path} at ${width}px, ${colorScheme} theme`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
