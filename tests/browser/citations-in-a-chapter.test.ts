/**
 * Citations inside a chapter, end to end: a copy of the project built with a fixture chapter that cites a
 * passage twice. The markers share the passage's number, the number matches the printed endnote, and in
 * print the notes are listed at the chapter's end while the in-place popovers stay hidden.
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { buildCopy, copyProject, projectRoot as project } from '../support/project-copy';
import { serveDist, type StaticServer } from '../support/static-server';

let copy: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  copy = copyProject('two-ways-citations-');
  const chapters = path.join(copy, 'src', 'content', 'chapters');
  rmSync(chapters, { recursive: true, force: true });
  cpSync(path.join(project, 'tests', 'fixtures', 'chapter-with-citations.mdx'), path.join(chapters, 'en', '01-fixture.mdx'));
  const result = buildCopy(copy);
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output}`);
  server = await serveDist(path.join(copy, 'dist'));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

async function chapter(): Promise<Page> {
  if (!browser || !server) throw new Error('the fixture site is not running');
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url('/fixture-citations/'), { waitUntil: 'load' });
  return page;
}

test('a passage cited twice has one number, and its note names the outlet and quotes the original', async () => {
  const page = await chapter();
  await expect(page.locator('.note-marker').allTextContents()).resolves.toEqual(['1', '1']);
  const markers = page.locator('.note-marker > .note-open');
  const targets = await markers.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('popovertarget')));
  expect(new Set(targets).size).toBe(2);
  await markers.nth(1).locator('..').click();
  const note = await page.locator('.note-popup:popover-open').innerText();
  expect(note).toContain('1. Bohu Finance');
  expect(note).toContain('智譜和MiniMax,大模型的兩種“活法”');
  await page.context().close();
});

test('in print the endnotes are listed at the chapter end and the popovers are hidden', async () => {
  const page = await chapter();
  await expect(page.locator('section.endnotes').isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('section.endnotes').isVisible()).resolves.toBe(true);
  await expect(page.locator('section.endnotes li').allInnerTexts()).resolves.toEqual([
    expect.stringMatching(/^1\. Bohu Finance[\s\S]*智譜和MiniMax,大模型的兩種“活法”[\s\S]*two ways for large models to live/u),
  ]);
  await page.locator('.note-marker').first().click();
  await expect(page.locator('.note-popup').first().isVisible()).resolves.toBe(false);
  await page.context().close();
});
