/**
 * Source notes in running text, as a phone reader meets them: a citation marker and a figure each open
 * their note in place with JavaScript off, show the original Chinese sentence, keep the page within the
 * screen, and open from the keyboard with JavaScript on.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, colourRules, representativeEntries } from '../support/axe';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const open = (path: string, { javaScript }: { javaScript: boolean }): Promise<Page> =>
  site.open(path, { viewport: { width: 360, height: 740 }, javaScriptEnabled: javaScript });

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The open note's box and text, or undefined when no note is open. */
async function openNote(page: Page): Promise<{ text: string; left: number; right: number; bottom: number } | undefined> {
  return page.evaluate(() => {
    const note = document.querySelector<HTMLElement>('.note-popup:popover-open');
    if (!note) return undefined;
    const box = note.getBoundingClientRect();
    return { text: note.innerText, left: box.left, right: box.right, bottom: box.bottom };
  });
}

describe('at 360 px with JavaScript off', () => {
  test('a citation marker opens its note in place, with the outlet and the Chinese original, inside the screen', async () => {
    const page = await open('/methodology/', { javaScript: false });
    await expect(openNote(page)).resolves.toBeUndefined();
    // A reader taps the marker: the button's ::after is the tap area over it.
    await page.locator('.note-marker[data-cite="site.s1.two-ways-headline"]').click();
    const note = await openNote(page);
    expect(note?.text).toContain('Bohu Finance');
    expect(note?.text).toContain('智譜和MiniMax,大模型的兩種“活法”');
    expect(note?.text).toContain('Zhipu and MiniMax: two ways for large models to live.');
    expect(note?.left).toBeGreaterThanOrEqual(0);
    expect(note?.right).toBeLessThanOrEqual(360);
    expect(note?.bottom).toBeLessThanOrEqual(740);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(page.url()).toMatch(/\/methodology\/$/u);
    await page.locator('.note-popup:popover-open button.note-close').click();
    await expect(openNote(page)).resolves.toBeUndefined();
    await site.done(page);
  });

  test('a figure opens its note in place with its source sentence and a link to the data page', async () => {
    const page = await open('/origins/', { javaScript: false });
    const figure = page.locator('.fact[data-fact="zhipu.founded"] > .note-open').first();
    await figure.locator('..').click();
    const note = await openNote(page);
    expect(note?.text).toContain('Bohu Finance');
    expect(note?.text).toContain('2019年,張鵬帶領團隊獨立出來');
    expect(note?.right).toBeLessThanOrEqual(360);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expect(page.locator('.note-popup:popover-open a.note-more').getAttribute('href')).resolves.toBe('/data/#fact-zhipu_founded');
    await site.done(page);
  });

  test('a figure where the sources disagree shows the other reading and the note explaining it, not a title attribute', async () => {
    const page = await open('/origins/', { javaScript: false });
    const disputed = page.locator('.fact:has(.fact-mark) > .note-open').first();
    expect(await disputed.getAttribute('title')).toBeNull();
    await disputed.locator('..').click();
    const note = await openNote(page);
    expect(note?.text).toContain('Other readings');
    await site.done(page);
  });
});

test('every figure and citation marker in a chapter is a tap target of at least 24 px that reaches its own note button', async () => {
  const page = await open('/origins/', { javaScript: false });
  const targets = await page.$$eval('.fact > .note-open, .note-marker > .note-open', (buttons) =>
    buttons.map((button) => {
      const host = button.parentElement as HTMLElement;
      host.scrollIntoView({ block: 'center' });
      const box = host.getBoundingClientRect();
      const after = getComputedStyle(button, '::after');
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { label: button.getAttribute('aria-label'), width: parseFloat(after.width), height: parseFloat(after.height), reaches: hit === button };
    }),
  );
  // Chapter 1 cites dozens of figures and passages; a handful would mean the selectors broke.
  expect(targets.length).toBeGreaterThan(40);
  const small = targets.filter((target) => target.width < 24 || target.height < 24);
  expect(small, 'tap areas under 24 px').toEqual([]);
  const missed = targets.filter((target) => !target.reaches).map((target) => target.label);
  expect(missed, 'a tap at the centre of the figure or marker does not reach its button').toEqual([]);
  await site.done(page);
});

test('with JavaScript on, Tab reaches a citation marker and Enter opens its note', async () => {
  const page = await open('/methodology/', { javaScript: true });
  const marker = page.locator('.note-marker > .note-open').first();
  // Start from the element just before the marker, so one Tab is the reader's own step onto it.
  await marker.evaluate((element) => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button')];
    all[all.indexOf(element as HTMLElement) - 1]?.focus();
  });
  await page.keyboard.press('Tab');
  await expect(marker.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Enter');
  expect((await openNote(page))?.text).toContain('智譜和MiniMax');
  await page.keyboard.press('Escape');
  await expect(openNote(page)).resolves.toBeUndefined();
  await site.done(page);
});

/** Pages holding every kind of source note: figures, disputed figures, derived figures and passages. */
const notePages = ['/', '/methodology/', '/origins/', '/to-b-versus-to-c/', '/growth-bought-with-losses/', '/the-markets-verdict/', '/the-shakeout/'];

// Page-level axe leaves closed notes out (tests/support/axe.ts); here each markup shape of note, across the
// pages that hold notes, is opened the way a reader opens it and checked in both themes. Pages run in order,
// so a shape met on an earlier page is not checked again.
const seenShapes = new Set<string>();
const checkedNotes: string[] = [];

describe('every shape of source note, opened, has no axe violations in either theme', () => {
  test.for(notePages)('new shapes on %s', async (path) => {
    const page = await open(path, { javaScript: true });
    const notes = await representativeEntries(page, '.note-popup');
    expect(notes.total, `notes on ${path}`).toBeGreaterThan(0);
    for (const [index, noteId] of notes.kept.entries()) {
      const shape = notes.shapes[index] ?? '';
      if (seenShapes.has(shape)) continue;
      seenShapes.add(shape);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.locator(`.note-open[popovertarget="${noteId}"]`).locator('..').click();
        await expect(page.locator(`#${noteId}`).evaluate((note) => note.matches(':popover-open'))).resolves.toBe(true);
        // The dark theme changes colours only: there the colour rules run (as on whole pages, tests/browser/every-page.test.ts).
        const only = colorScheme === 'dark' ? colourRules : undefined;
        expect(await axeViolations(page, { include: `#${noteId}`, only }), `${path} #${noteId} (${colorScheme})`).toEqual([]);
        await page.keyboard.press('Escape');
      }
      checkedNotes.push(`${path}#${noteId}`);
    }
    await site.done(page);
  });

  test('checked at least the five shapes of note the site has today', () => {
    // A figure, one with a gloss, one with other readings, a numbered passage, a passage without a seed quote.
    expect(checkedNotes.length, checkedNotes.join(', ')).toBeGreaterThanOrEqual(5);
  });
});
