/**
 * Scrollytelling on phones, in every chapter that has it, as a reader steps through with the buttons: the
 * chart owns the top of the screen and the active step's card sits below the plot, never over it; the
 * chart shows the state its step names with no text under 12 px; and after the last step keyboard focus
 * stays on a control. A chart too tall to be pinned legibly (Scrolly.astro decides) reads instead as
 * without JavaScript: no pinned stage, and each run of steps at one state followed by its figure, its text 12
 * px or more.
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

/** The smallest rendered size of the text in the shown chart SVGs `selector` finds, in CSS px, and how many SVGs were measured. */
const smallestText = (page: Page, selector: string): Promise<{ px: number; svgs: number }> =>
  page.$$eval(`${selector} svg.chart-svg`, (svgs) => {
    const shown = svgs.filter((svg) => svg.getBoundingClientRect().width > 0) as SVGSVGElement[];
    const sizes = shown.flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
    });
    return { px: Math.min(...sizes), svgs: shown.length };
  });

/** 12 px, less rounding in the browser's arithmetic (as in the Chartability audit). */
const smallestLegible = 11.95;

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
  test('there are sequences to test, pinned and stacked', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(2);
    const layouts = chapters.flatMap((chapter) => [...chapter.html.matchAll(/data-scrolly data-phone="(\w+)"/gu)].map((match) => match[1]));
    expect(new Set(layouts)).toEqual(new Set(['pinned', 'stacked']));
  });

  test.each(chapters.map((chapter) => chapter.path))('%s: every step shows its own state, its card below the plot', async (path) => {
    const page = await site.open(path, { viewport, reducedMotion: 'reduce' });
    const roots = await page.$$eval('[data-scrolly]', (elements) => elements.map((e) => `#${e.id}`));
    for (const root of roots) {
      const states = await page.$$eval(`${root} [data-scrolly-step]`, (steps) => steps.map((s) => (s as HTMLElement).dataset.state ?? ''));
      if ((await page.getAttribute(root, 'data-phone')) === 'stacked') {
        await expect(page.locator(`${root} .scrolly-stage`).isVisible(), `${path} ${root}: no pinned stage`).resolves.toBe(false);
        const figures = await smallestText(page, `${root} .scrolly-step-figure`);
        const runs = states.filter((state, index) => states[index + 1] !== state).length;
        expect(figures.svgs, `${path} ${root}: a figure shown after each run of steps at one state`).toBe(runs);
        expect(figures.px, `${path} ${root}: smallest text in the step figures`).toBeGreaterThanOrEqual(smallestLegible);
        continue;
      }
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
        const text = await smallestText(page, `${root} .scrolly-state.is-active`);
        expect(text.svgs, `${where}: one chart shown`).toBe(1);
        expect(text.px, `${where}: smallest text on the pinned chart`).toBeGreaterThanOrEqual(smallestLegible);
      }
      expect(await next.isDisabled(), `${path} ${root}: Next is disabled on the last step`).toBe(true);
      const focused = await page.evaluate((selector) => {
        const active = document.activeElement;
        return active instanceof HTMLButtonElement && active.closest(selector) !== null;
      }, root);
      expect(focused, `${path} ${root}: focus stays on a control after the last step`).toBe(true);
    }
    await site.done(page);
  });
});
