/**
 * Scrollytelling on phones, in every chapter that has it, as a reader steps through with the buttons: the
 * chart owns the top of the screen and the active step's card sits below the plot, never over it; the
 * chart shows the state its step names; and after the last step keyboard focus stays on a control.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { browserPages } from '../support/browser-pages';
import { sitePages } from '../support/site';

const site = useBuiltSite();
const chapters = browserPages(await sitePages()).filter((page) => page.kind === 'chapter' && page.html.includes('data-scrolly-step'));

interface StepView {
  step: string;
  state: string[];
  card: DOMRect;
  plot: DOMRect;
  stage: DOMRect;
  viewportHeight: number;
}

const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The step the page marks as current, the states showing on the pinned chart, and where card and plot lie. */
const view = (page: Page, root: string): Promise<StepView> =>
  page.$eval(root, (element) => {
    const step = element.querySelector<HTMLElement>('[data-scrolly-step][aria-current="step"]');
    const showing = [...element.querySelectorAll<HTMLElement>('.scrolly-state')].filter((s) => getComputedStyle(s).visibility === 'visible');
    const plot = showing[0]?.querySelector('.chart-plot')?.getBoundingClientRect();
    const stage = element.querySelector('.scrolly-stage')?.getBoundingClientRect();
    if (!step || !plot || !stage) throw new Error(`${element.id}: no current step or no visible plot`);
    return {
      step: step.dataset.state ?? '',
      state: showing.map((s) => s.dataset.scrollyState ?? ''),
      card: step.getBoundingClientRect().toJSON() as DOMRect,
      plot: plot.toJSON() as DOMRect,
      stage: stage.toJSON() as DOMRect,
      viewportHeight: window.innerHeight,
    };
  });

const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each([
  { width: 360, height: 740 },
  { width: 390, height: 844 },
])('at $width × $height', (viewport) => {
  test('there are sequences to test', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(2);
  });

  test.each(chapters.map((chapter) => chapter.path))('%s: every step shows its own state, its card below the plot', async (path) => {
    const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(site.server.url(path), { waitUntil: 'load' });
    const roots = await page.$$eval('[data-scrolly]', (elements) => elements.map((e) => `#${e.id}`));
    for (const root of roots) {
      const states = await page.$$eval(`${root} [data-scrolly-step]`, (steps) => steps.map((s) => (s as HTMLElement).dataset.state ?? ''));
      const next = page.locator(`${root} [data-scrolly-next]`);
      const previous = page.locator(`${root} [data-scrolly-previous]`);
      // Next then Previous brings the first step to where a reader reads it, the same way every later step comes.
      await next.focus();
      await next.press('Enter');
      await settle(page);
      await previous.focus();
      await previous.press('Enter');
      await settle(page);
      await next.focus();
      for (const [index, state] of states.entries()) {
        if (index > 0) {
          await next.press('Enter');
          await settle(page);
        }
        const seen = await view(page, root);
        const where = `${path} ${root} step ${index + 1}`;
        expect(seen.step, where).toBe(state);
        expect(seen.state, where).toEqual([state]);
        expect(seen.stage.top, `${where}: the chart is pinned to the top`).toBeCloseTo(0, 0);
        expect(seen.stage.height / seen.viewportHeight, `${where}: the chart owns 55–60% of the screen`).toBeGreaterThanOrEqual(0.55);
        expect(seen.stage.height / seen.viewportHeight, `${where}: the chart owns 55–60% of the screen`).toBeLessThanOrEqual(0.6);
        expect(intersects(seen.card, seen.plot), `${where}: the card lies over the plot`).toBe(false);
        expect(seen.card.top, `${where}: the card starts on screen`).toBeLessThan(seen.viewportHeight);
      }
      expect(await next.isDisabled(), `${path} ${root}: Next is disabled on the last step`).toBe(true);
      const focused = await page.evaluate((selector) => {
        const active = document.activeElement;
        return active instanceof HTMLButtonElement && active.closest(selector) !== null;
      }, root);
      expect(focused, `${path} ${root}: focus stays on a control after the last step`).toBe(true);
    }
    await context.close();
  });
});
