/**
 * Scrollytelling on the built editors' page of sequences, as a reader's browser runs it: the pinned chart
 * follows the step crossing the reading line, the buttons step through and announce where the
 * reader is, a resize from desktop to phone leaves exactly one state showing, and with JavaScript off
 * every step carries its own figure at its own state.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const pagePath = '/charts/sequences/';
// Pinned on phones too (its tallest state fits the band above the cards; see Scrolly.astro).
const sequence = '#scrolly-listing-verdict';

async function open(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await site.page({ viewport: { width, height: width < 600 ? 740 : 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true, reducedMotion: 'reduce' });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const response = await page.goto(site.server.url(pagePath), { waitUntil: 'load' });
  expect(response?.status(), `${pagePath} status`).toBe(200);
  return { page, problems };
}

/** Lets the page's scroll handler run: it updates on the next animation frame. */
const press = async (button: Locator) => {
  await button.focus();
  await button.press('Enter');
};

const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

interface StageView {
  active: string[];
  visible: string[];
  status: string;
}

const stageView = (page: Page, root: string): Promise<StageView> =>
  page.$eval(root, (element) => {
    const states = [...element.querySelectorAll<HTMLElement>('[data-scrolly-state]')];
    return {
      active: states.filter((s) => s.classList.contains('is-active')).map((s) => s.dataset.scrollyState ?? ''),
      visible: states.filter((s) => getComputedStyle(s).visibility === 'visible').map((s) => s.dataset.scrollyState ?? ''),
      status: element.querySelector('[data-scrolly-status]')?.textContent ?? '',
    };
  });

/**
 * The state of the step the page script should pick: the last whose top has crossed the reading line, the
 * middle of the viewport beside the chart, or a tenth of the way into the band below it where the steps pass
 * under the chart (phones).
 */
const stepAtReadingLine = (page: Page, root: string): Promise<string> =>
  page.$eval(root, (element) => {
    const height = window.visualViewport?.height ?? window.innerHeight;
    const steps = [...element.querySelectorAll<HTMLElement>('[data-scrolly-step]')];
    const stage = element.querySelector('.scrolly-stage')?.getBoundingClientRect();
    const first = steps[0]?.getBoundingClientRect();
    const stacked = stage && first && stage.left < first.right && first.left < stage.right;
    const line = stacked ? stage.height + (height - stage.height) * 0.1 : height / 2;
    const crossed = steps.filter((step) => step.getBoundingClientRect().top <= line);
    return (crossed.at(-1) ?? steps[0])?.dataset.state ?? '';
  });

const stepStates = (page: Page, root: string): Promise<string[]> =>
  page.$$eval(`${root} [data-scrolly-step]`, (steps) => steps.map((step) => (step as HTMLElement).dataset.state ?? ''));

describe.each([375, 1280])('at %i px wide', (width) => {
  test('the pinned chart follows the step crossing the reading line', async () => {
    const { page, problems } = await open(width);
    const stage = page.locator(`${sequence} .scrolly-stage`);
    expect(await stage.evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
    const states = await stepStates(page, sequence);
    expect(states.length).toBeGreaterThanOrEqual(3);
    for (const [index, state] of states.entries()) {
      await page.locator(`${sequence} [data-scrolly-step]`).nth(index).evaluate((step) => step.scrollIntoView({ block: 'center' }));
      await settle(page);
      const view = await stageView(page, sequence);
      expect(view.active, `step ${index + 1}`).toEqual([state]);
      expect(view.visible, `step ${index + 1}`).toEqual([state]);
      expect(view.status).toBe(`Step ${index + 1} of ${states.length}`);
      const box = await stage.boundingBox();
      expect(Math.abs(box?.y ?? -1), 'the stage stays pinned to the top of the viewport').toBeLessThan(2);
    }
    expect(await page.locator(`${sequence} .scrolly-step-figure`).first().isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await site.done(page);
  });

  test('a fast flick straight to the last step lands on its state', async () => {
    const { page } = await open(width);
    const states = await stepStates(page, sequence);
    await page.locator(`${sequence} [data-scrolly-step]`).first().evaluate((step) => step.scrollIntoView({ block: 'center' }));
    await settle(page);
    await page.locator(`${sequence} [data-scrolly-step]`).last().evaluate((step) => step.scrollIntoView({ block: 'center' }));
    await settle(page);
    expect((await stageView(page, sequence)).active).toEqual([states.at(-1)]);
    await site.done(page);
  });

  // Pressed from the keyboard: a pointer click lets Playwright scroll the page first to reveal the button,
  // which moves the steps under the reader and makes the test race the page rather than test it.
  test('the previous and next buttons step through the sequence', async () => {
    const { page } = await open(width);
    const states = await stepStates(page, sequence);
    await page.locator(`${sequence} [data-scrolly-step]`).first().evaluate((step) => step.scrollIntoView({ block: 'center' }));
    await settle(page);
    const previous = page.locator(`${sequence} [data-scrolly-previous]`);
    const next = page.locator(`${sequence} [data-scrolly-next]`);
    expect(await previous.isDisabled()).toBe(true);
    for (let index = 1; index < states.length; index += 1) {
      await press(next);
      await settle(page);
      const view = await stageView(page, sequence);
      expect(view.active).toEqual([states[index]]);
      expect(view.status).toBe(`Step ${index + 1} of ${states.length}`);
      await expect.poll(() => stepAtReadingLine(page, sequence), { message: 'the page scrolls to the step the button chose' }).toBe(states[index]);
    }
    expect(await next.isDisabled()).toBe(true);
    await press(previous);
    await settle(page);
    expect((await stageView(page, sequence)).active).toEqual([states.at(-2)]);
    expect(await page.locator(`${sequence} [aria-current="step"]`).count()).toBe(1);
    await site.done(page);
  });
});

test('after a resize from 1280 to 360 px exactly one state is active in every sequence, the one at the reading line', async () => {
  const { page, problems } = await open(1280);
  await page.locator(`${sequence} [data-scrolly-step]`).nth(1).evaluate((step) => step.scrollIntoView({ block: 'center' }));
  await settle(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await settle(page);
  await settle(page);
  const roots = await page.$$eval('[data-scrolly]', (elements) => elements.map((e) => `#${e.id}`));
  expect(roots.length).toBeGreaterThanOrEqual(3);
  for (const root of roots) {
    const view = await stageView(page, root);
    expect(view.active, root).toHaveLength(1);
    expect(view.visible, root).toEqual(view.active);
  }
  expect((await stageView(page, sequence)).active).toEqual([await stepAtReadingLine(page, sequence)]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
  await site.done(page);
});

test('with JavaScript off each run of steps at one state is followed by that state inline, and the pinned stage stays hidden', async () => {
  const { page } = await open(375, { javaScriptEnabled: false });
  const steps = await page.$$eval('[data-scrolly-step]', (elements) =>
    elements.map((step, index) => {
      const root = step.closest('[data-scrolly]');
      const state = (step as HTMLElement).dataset.state ?? '';
      const next = elements[index + 1];
      const closesRun = next?.closest('[data-scrolly]') !== root || (next as HTMLElement | undefined)?.dataset.state !== state;
      const inline = step.querySelector('.scrolly-step-figure figure.chart');
      const staged = root?.querySelector(`[data-scrolly-state="${state}"] figure.chart`);
      const dimmed = (figure: Element | null | undefined) =>
        [...new Set([...(figure?.querySelectorAll('.chart-svg--wide .is-dim[data-key]') ?? [])].map((m) => m.getAttribute('data-key')))].sort();
      return {
        state,
        closesRun,
        figures: step.querySelectorAll('.scrolly-step-figure').length,
        shown: inline instanceof HTMLElement && inline.offsetHeight > 0 && inline.querySelector('svg') !== null,
        sameTitle: inline?.querySelector('.chart-title')?.textContent === staged?.querySelector('.chart-title')?.textContent,
        sameDimming: JSON.stringify(dimmed(inline)) === JSON.stringify(dimmed(staged)),
      };
    }),
  );
  expect(steps.length).toBeGreaterThanOrEqual(9);
  // The sequences page gives each state one step; steps in a row at one state are tested in tests/unit/scrolly.test.ts.
  const runs = steps.filter((step) => step.closesRun);
  for (const step of runs) expect(step, step.state).toEqual({ state: step.state, closesRun: true, figures: 1, shown: true, sameTitle: true, sameDimming: true });
  for (const step of steps.filter((step) => !step.closesRun)) expect(step.figures, `a ${step.state} step before another at that state`).toBe(0);
  const stagesShown = await page.$$eval('.scrolly-stage', (stages) => stages.filter((s) => getComputedStyle(s).display !== 'none').length);
  expect(stagesShown).toBe(0);
  await site.done(page);
});
