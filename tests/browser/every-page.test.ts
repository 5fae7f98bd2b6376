/**
 * Every built page, visited once as a phone reader meets it (360 x 740, light theme): axe finds no
 * violation, the page asks nothing of another origin and logs no error or CSP violation from first paint to
 * the bottom of the page, nothing on it shifts while it loads, it has one h1, and with every disclosure on it open (a chart's sources and notes,
 * its data table, the fact lists) nothing scrolls sideways. Pages are discovered from dist/, so new chapters
 * and charts are covered; Traditional pages, the Simplified ones with their text converted, by template
 * (tests/support/browser-pages.ts).
 *
 * Themes and widths change a template's styles, not a page's content, so the first page of each template
 * is also audited in the dark theme (the colour rules, which are all a theme can change) and at 1280 px
 * (every rule, and the dark theme's colour rules again). Every chart is in the gallery, so its wide and
 * narrow layouts are audited there at both widths.
 *
 * The data page repeats one entry component per fact (over two hundred): axe sees the page with one entry
 * of each markup shape (see representativeEntries). Every rule runs; a contrast or naming problem in an
 * entry shows in the first entry of its shape, and a problem confined to one entry's text (an empty heading
 * or link, a duplicate id) is caught on every entry by html-validate's recommended rules in tests/dist/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { facts } from '../../src/facts/registry';
import { axeViolations, colourRules, representativeEntries, type AxeScope } from '../support/axe';
import { useBuiltSite } from '../support/built-site';
import { browserPages } from '../support/browser-pages';
import { sitePages, type SitePage } from '../support/site';
import { VisitPool } from '../support/visit-pool';

const site = useBuiltSite();

const pages = browserPages(await sitePages());
const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };

/** The page types built today: a type may be added, but none may drop out of the check unnoticed. */
const templates = ['cover', 'chapter', 'data', 'charts', 'chart', 'embed', 'corrections', 'disagreements', 'methodology', 'sources'];

/** The first page of each type (cover, chapters, then pages, then charts) stands for its template. */
function standsForTemplate(page: SitePage): boolean {
  return pages.find((candidate) => candidate.type === page.type) === page;
}

interface TemplateView {
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  /** The rules axe runs (every rule when none are named). */
  only?: string[];
  rules: string;
}

/** The other views of a template's first page: the first is the page as the pool loads it. */
const templateViews: TemplateView[] = [
  { viewport: phone, colorScheme: 'dark', only: colourRules, rules: 'colour rules' },
  { viewport: desktop, colorScheme: 'light', rules: 'every rule' },
  { viewport: desktop, colorScheme: 'dark', only: colourRules, rules: 'colour rules' },
];

/** Repeating entries axe sees one of each shape of, by page type. */
const repeatingEntries: Record<string, string> = { data: '.fact-entry' };

let pool: VisitPool;

beforeAll(() => {
  pool = new VisitPool(site.browser, site.server.origin, phone);
});

afterAll(async () => {
  await pool?.close();
});

test('every template is among the pages visited, each standing for its template once', () => {
  expect([...new Set(pages.map((page) => page.type))].sort()).toEqual([...templates].sort());
  expect(pages.filter(standsForTemplate)).toHaveLength(templates.length);
  // English and Simplified pages all, Traditional ones by template.
  expect(pages).toHaveLength(pages.filter((page) => page.locale !== 'zh-hant').length + templates.length);
});

/**
 * The layout shifts of the load so far, as the browser recorded them (buffered layout-shift entries, those
 * after a reader's input left out): the brief allows none. Lighthouse measures the same in the bench, on
 * some pages; this is every page, on every run.
 */
const layoutShifts = (page: Page): Promise<string[]> =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(
            list
              .getEntries()
              .filter((entry) => !(entry as PerformanceEntry & { hadRecentInput: boolean }).hadRecentInput)
              .map((entry) => {
                const shift = entry as PerformanceEntry & { value: number; sources: { node?: Node | null }[] };
                const moved = shift.sources.map(({ node }) => (node instanceof Element ? `${node.localName}.${[...node.classList].join('.')}` : 'text')).join(', ');
                return `${shift.value.toFixed(4)} (${moved})`;
              }),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // An observer with nothing buffered is never called.
        setTimeout(() => resolve([]), 100);
      }),
  );

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** axe on the page as it stands, its repeating entries scoped to one of each shape. */
async function audit(page: Page, sitePage: SitePage, only?: string[]): Promise<string[]> {
  const entries = repeatingEntries[sitePage.type];
  if (!entries) return axeViolations(page, { only });
  const scope = await representativeEntries(page, entries);
  expect(scope.total, `${entries} entries on ${sitePage.path}`).toBe(facts.length);
  expect(scope.kept.length, `${entries} shapes kept in axe's scope`).toBeGreaterThan(1);
  return axeViolations(page, { exclude: scope.others, only } satisfies AxeScope);
}

/**
 * Whether anything on the page can act as a reader scrolls: a script, or something loaded lazily. (The
 * stylesheets load nothing: no url() in them, checked here too.) A page with none of these cannot request
 * or log anything on the way down, so scrolling it to the end would prove nothing.
 */
const actsOnScroll = (page: Page): Promise<boolean> =>
  page.evaluate(
    () =>
      document.querySelector('script:not([type="application/ld+json"]), [loading="lazy"]') !== null ||
      [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('url('))),
  );

// Two pages at a time: axe's work happens in the browser, so the second core is otherwise idle.
describe.concurrent.each(pages.map((page) => [page.path, page] as const))('%s', (_path, sitePage) => {
  test('passes axe, requests nothing from elsewhere, logs nothing, shifts nothing while loading, and stays within a phone screen with every disclosure open', async ({ expect }) => {
    await pool.visit(site.server.url(sitePage.path), async (page, visit) => {
      expect(page.frames(), 'a page with frames needs axe in its default mode').toHaveLength(1);
      expect(await page.locator('h1').count(), 'h1 elements').toBe(1);
      expect(await layoutShifts(page), `${sitePage.path}: layout shifts while loading`).toEqual([]);
      expect(await audit(page, sitePage), `${sitePage.path} at 360 px, light theme`).toEqual([]);

      if (await actsOnScroll(page)) await visit.scrollToEnd();
      expect(visit.foreign, `${sitePage.path} requested other origins`).toEqual([]);
      expect(visit.problems, `${sitePage.path} console`).toEqual([]);

      const opened = await page.$$eval('details', (all) => {
        for (const details of all) details.open = true;
        return all.length;
      });
      const overflow = await sidewaysOverflow(page);
      expect(overflow, `${sitePage.path}: ${opened} disclosures open, the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    });
  });

  // The dark theme changes colours only, so there axe runs the rules colour decides; the wide layout changes
  // what lies where, so there every rule runs. Each view is a fresh load, as a reader would meet it: switched
  // in place, the long pages' skipped entries (content-visibility) and the scrollytelling steps' transitions
  // leave axe reading colours that are still changing.
  if (standsForTemplate(sitePage)) {
    test('as the first of its template, passes axe in the dark theme (colour rules) at 360 px, and at 1280 px in both themes (every rule in the light one), with no sideways scrolling', async ({ expect }) => {
      await pool.visit(
        site.server.url(sitePage.path),
        async (page) => {
          for (const [index, view] of templateViews.entries()) {
            if (index > 0) {
              await page.setViewportSize(view.viewport);
              await page.emulateMedia({ colorScheme: view.colorScheme });
              await page.reload({ waitUntil: 'load' });
            }
            const where = `${sitePage.path} at ${view.viewport.width} px, ${view.colorScheme} theme (${view.rules})`;
            expect(await page.evaluate(() => [innerWidth, matchMedia('(prefers-color-scheme: dark)').matches]), where).toEqual([view.viewport.width, view.colorScheme === 'dark']);
            expect(await audit(page, sitePage, view.only), where).toEqual([]);
            expect(await sidewaysOverflow(page), `${where} scrolls sideways`).toBeLessThanOrEqual(0);
          }
        },
        { viewport: templateViews[0]?.viewport, colorScheme: templateViews[0]?.colorScheme },
      );
    });
  }
});
