/**
 * Embeds as another site sees them: a host page on its own origin pastes the documented embed code, and
 * each frame grows or shrinks to its chart's height with no inner scrollbar, on a phone and on a desktop.
 * Only embed pages may be framed; any other page refuses.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { embedCode, iframeCode } from '../../src/charts/embed/snippet';
import { useBuiltSite } from '../support/built-site';
import { serveHostPage, type HostPage } from '../support/host-page';

const site = useBuiltSite();

/** A plain chart and a stacked sequence, each pasted with its own snippet as two editors would. */
const embeds = [
  { name: 'chart', path: '/embed/receivable-days/' },
  { name: 'sequence', path: '/embed/revenue-growth/sequence/' },
];
// Far from any real height, so a frame that fits has been resized by the height message.
const startHeight = 150;

let host: HostPage;

beforeAll(async () => {
  const snippets = embeds.map(({ name, path }) => `<h2>${name}</h2>\n${embedCode({ src: new URL(site.server.url(path)), title: name, height: startHeight })}`);
  const refused = iframeCode({ src: new URL(site.server.url('/origins/')), title: 'not an embed', height: startHeight });
  host = await serveHostPage(`${snippets.join('\n')}\n<h2>refused</h2>\n${refused}`);
});

afterAll(async () => {
  await host?.close();
});

interface Fit {
  frameHeight: number;
  contentHeight: number;
  scrollsDown: boolean;
  scrollsSideways: boolean;
}

async function fit(page: Page, frame: Frame, src: string): Promise<Fit> {
  const frameHeight = await page.$eval(`iframe[src="${src}"]`, (element) => element.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      contentHeight: root.getBoundingClientRect().height,
      scrollsDown: root.scrollHeight > root.clientHeight,
      scrollsSideways: root.scrollWidth > root.clientWidth,
    };
  });
  return { frameHeight, ...inner };
}

describe.each([360, 1280])('on a host page at %i px', (width) => {
  test('each embed frame resizes to fit its chart, with no scrollbar', async () => {
    const page = await site.page({ viewport: { width, height: 800 } });
    await page.goto(host.url, { waitUntil: 'load' });
    for (const { path } of embeds) {
      const src = site.server.url(path);
      // Frames load lazily, once near the screen; a height past the start height means the message arrived.
      await page.locator(`iframe[src="${src}"]`).scrollIntoViewIfNeeded();
      await page.waitForFunction((selector) => (document.querySelector(selector)?.getBoundingClientRect().height ?? 0) > 300, `iframe[src="${src}"]`);
      const frame = await (await page.$(`iframe[src="${src}"]`))?.contentFrame();
      expect(frame?.url(), `${path} loads in the host's iframe`).toBe(src);
      if (!frame) continue;
      // A second look once layout has settled catches a frame left at an intermediate height.
      await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const measured = await fit(page, frame, src);
      expect(Math.abs(measured.frameHeight - measured.contentHeight), `${path}: frame ${measured.frameHeight}px for ${measured.contentHeight}px of chart`).toBeLessThanOrEqual(1);
      expect({ down: measured.scrollsDown, sideways: measured.scrollsSideways }, `${path} scrolls inside its frame`).toEqual({ down: false, sideways: false });
    }
    await site.done(page);
  });
});

test('a page that is not an embed refuses to be framed by another site', async () => {
  const page = await site.page({ viewport: { width: 1280, height: 800 } });
  await page.goto(host.url, { waitUntil: 'load' });
  const src = site.server.url('/origins/');
  const frame = await (await page.$(`iframe[src="${src}"]`))?.contentFrame();
  // Chromium swaps a refused frame's document for its own error page.
  await frame?.waitForLoadState('load');
  expect(frame?.url(), '/origins/ inside another site').not.toBe(src);
  expect(await frame?.evaluate(() => document.querySelector('main') !== null), '/origins/ content inside another site').toBe(false);
  await site.done(page);
});
