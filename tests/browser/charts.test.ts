/**
 * The chart gallery as a reader's browser renders it: the right layout for the screen, legible text on a
 * 360 px phone, nothing sticking out, a working data table and downloads, and every chart present with
 * JavaScript off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chartIds } from '../../src/charts/registry';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const gallery = (width: number, javaScriptEnabled = true): Promise<Page> => site.open('/charts/', { viewport: { width, height: 900 }, javaScriptEnabled });

interface LayoutState {
  id: string;
  narrow: boolean;
  wide: boolean;
}

const layoutStates = (page: Page): Promise<LayoutState[]> =>
  page.$$eval('figure.chart', (figures) =>
    figures.map((figure) => {
      const shown = (selector: string) => {
        const svg = figure.querySelector(selector);
        return svg !== null && getComputedStyle(svg).display !== 'none' && svg.getBoundingClientRect().width > 0;
      };
      return { id: figure.id, narrow: shown('.chart-svg--narrow'), wide: shown('.chart-svg--wide') };
    }),
  );

describe.each([
  { width: 360, shows: 'narrow' as const },
  { width: 1280, shows: 'wide' as const },
])('at $width px', ({ width, shows }) => {
  test(`every chart shows its ${shows} layout and hides the other`, async () => {
    const page = await gallery(width);
    const states = await layoutStates(page);
    expect(states.map((s) => s.id).sort()).toEqual(chartIds.map((id) => `chart-${id}`).sort());
    for (const state of states) {
      expect({ id: state.id, narrow: state.narrow, wide: state.wide }).toEqual({ id: state.id, narrow: shows === 'narrow', wide: shows === 'wide' });
    }
    await site.done(page);
  });

  test('the page does not scroll sideways', async () => {
    const page = await gallery(width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await site.done(page);
  });

  test('every text of a shown chart lies inside its SVG, with real fonts', async () => {
    const page = await gallery(width);
    const outside = await page.$$eval('.chart-svg', (svgs) =>
      svgs.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) return [];
        return [...svg.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent ?? '', r: text.getBoundingClientRect() }))
          .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
          .map(({ text }) => `${svg.closest('figure')?.id}: "${text}"`);
      }),
    );
    expect(outside).toEqual([]);
    await site.done(page);
  });
});

test('no chart text renders smaller than 12 px on a 360 px phone', async () => {
  const page = await gallery(360);
  const tooSmall = await page.$$eval('.chart-svg', (svgs) =>
    svgs.flatMap((svg) => {
      const rendered = svg.getBoundingClientRect().width;
      if (rendered === 0) return [];
      const scale = rendered / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')]
        .map((text) => ({ text: text.textContent ?? '', px: Number.parseFloat(getComputedStyle(text).fontSize) * scale }))
        .filter(({ px }) => px < 11.95)
        .map(({ text, px }) => `${svg.closest('figure')?.id}: "${text}" at ${px.toFixed(1)} px`);
    }),
  );
  expect(tooSmall).toEqual([]);
  await site.done(page);
});

test('the data table opens on click and holds a row per data point', async () => {
  const page = await gallery(360);
  const figure = page.locator('#chart-revenue-growth');
  const table = figure.locator('details.chart-data table');
  await expect(table.isVisible()).resolves.toBe(false);
  await figure.locator('details.chart-data > summary').click();
  await expect(table.isVisible()).resolves.toBe(true);
  await expect(table.locator('tbody tr').count()).resolves.toBe(7);
  await site.done(page);
});

test('each chart’s CSV and JSON downloads and its permalink work', async () => {
  const page = await gallery(1280);
  // The SVG downloads beside them are checked by exports.test.ts.
  const hrefs = await page.$$eval('figure.chart a[download][href$=".csv"], figure.chart a[download][href$=".json"]', (links) =>
    links.map((a) => (a as HTMLAnchorElement).href),
  );
  expect(hrefs).toHaveLength(chartIds.length * 2);
  for (const href of hrefs) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    const body = await response.text();
    if (href.endsWith('.json')) expect((JSON.parse(body) as { facts: unknown[] }).facts.length, href).toBeGreaterThan(0);
    else expect(body.split('\r\n')[0], href).toMatch(/^id,subject,metric,period/u);
  }
  const permalinks = await page.$$eval('figure.chart a.chart-permalink', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(permalinks.sort(), 'one permalink per chart in the registry').toEqual(chartIds.map((id) => `#chart-${id}`).sort());
  const targets = await Promise.all(permalinks.map((href) => page.locator(`[id="${href.slice(1)}"]`).count()));
  expect(targets, 'elements each permalink leads to').toEqual(permalinks.map(() => 1));
  await site.done(page);
});

test('with JavaScript off, every chart is present with a visible SVG', async () => {
  const page = await gallery(360, false);
  const states = await layoutStates(page);
  expect(states).toHaveLength(chartIds.length);
  expect(states.every((s) => s.narrow)).toBe(true);
  await site.done(page);
});
