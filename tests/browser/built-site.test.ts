/**
 * The browser tests' page reuse (tests/support/built-site.ts): a page handed back is the next test's page
 * only with that test's settings, never with what the last test left behind.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const settingsOf = (page: Page) =>
  page.evaluate(() => ({
    width: innerWidth,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    print: matchMedia('print').matches,
    forcedColours: matchMedia('(forced-colors: active)').matches,
  }));

test('a page handed back is reused at the viewport and media the next open asks for, and nothing of the last test stays', async () => {
  const first = await site.open('/origins/', { viewport: { width: 360, height: 740 }, colorScheme: 'dark', reducedMotion: 'reduce' });
  await first.emulateMedia({ media: 'print', forcedColors: 'active' });
  const heard: string[] = [];
  first.on('console', (message) => heard.push(message.text()));
  await site.done(first);

  const second = await site.open('/');
  expect(second).toBe(first);
  expect(await settingsOf(second)).toEqual({ width: 1280, dark: false, reducedMotion: false, print: false, forcedColours: false });
  expect(new URL(second.url()).pathname).toBe('/');
  await second.evaluate(() => console.log('heard by the first test?'));
  expect(heard).toEqual([]);
  await site.done(second);
});

test('a page is reused only by an open with the same JavaScript setting, and only once handed back', async () => {
  const scriptingOf = (page: Page) => page.evaluate(() => matchMedia('(scripting: enabled)').matches);
  const scripted = await site.open('/');
  await site.done(scripted);
  const unscripted = await site.open('/', { javaScriptEnabled: false });
  expect(unscripted).not.toBe(scripted);
  expect(await scriptingOf(unscripted)).toBe(false);
  const scriptedAgain = await site.open('/');
  expect(scriptedAgain).toBe(scripted);
  expect(await scriptingOf(scriptedAgain)).toBe(true);
  // Not handed back: the next open of its kind gets a page of its own.
  const another = await site.open('/', { javaScriptEnabled: false });
  expect(another).not.toBe(unscripted);
  for (const page of [unscripted, scriptedAgain, another]) await site.done(page);
  await expect(site.done(another)).rejects.toThrow('site.done() takes back only pages that site.open() or site.page() gave');
});
