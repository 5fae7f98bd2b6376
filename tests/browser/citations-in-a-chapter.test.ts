/**
 * Citations inside a chapter: chapter 2 cites the NetEase passage on Zhipu's margin split twice. Both
 * markers carry the passage's one number, each opens its own note naming the outlet and quoting the
 * original, and in print the notes are listed at the chapter's end, in that numbering, while the in-place
 * popovers stay hidden.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const chapterPath = '/to-b-versus-to-c/';
const twiceCited = '.note-marker[data-cite="s4.zhipu-margin-split"]';
const original = '智譜的整體毛利率約為50%';

const chapter = (): Promise<Page> => site.open(chapterPath, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

test('a passage cited twice has one number, and each marker opens a note naming the outlet and quoting the original', async () => {
  const page = await chapter();
  const numbers = await page.locator(twiceCited).allTextContents();
  expect(numbers).toHaveLength(2);
  expect(numbers[0]).toMatch(/^\d+$/u);
  expect(numbers[1]).toBe(numbers[0]);
  const markers = page.locator(`${twiceCited} > .note-open`);
  const targets = await markers.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('popovertarget')));
  expect(new Set(targets).size, 'one note per marker').toBe(2);
  await markers.nth(1).locator('..').click();
  const note = await page.locator('.note-popup:popover-open').innerText();
  expect(note).toContain(`${numbers[0]}. NetEase Hao`);
  expect(note).toContain(original);
  await site.done(page);
});

test('in print the endnotes are listed at the chapter end, one per passage in marker order, and the popovers are hidden', async () => {
  const page = await chapter();
  const number = Number(await page.locator(twiceCited).first().textContent());
  // A marker citing several passages at once reads "3,4,5".
  const numbers = new Set((await page.locator('.note-marker').allTextContents()).flatMap((text) => text.split(',')));
  await expect(page.locator('section.endnotes').isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('section.endnotes').isVisible()).resolves.toBe(true);
  const endnotes = await page.locator('section.endnotes li').allInnerTexts();
  expect(numbers.size, 'numbers shown on markers').toBeGreaterThan(10);
  expect(endnotes, 'one endnote per number shown on a marker').toHaveLength(numbers.size);
  expect(endnotes[number - 1]).toMatch(new RegExp(`^${number}\\. NetEase Hao[\\s\\S]*${original}`, 'u'));
  await page.locator('.note-marker').first().click();
  await expect(page.locator('.note-popup').first().isVisible()).resolves.toBe(false);
  await site.done(page);
});
