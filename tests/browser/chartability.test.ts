/**
 * A Chartability audit of every chart, layout and state, in the light and dark themes, measured on the
 * rendered page in Chromium. Every chart's default view is on the gallery (/charts/); every state is on
 * the sequences page read without JavaScript, where each step carries its own figure. Each page is
 * loaded once per width and read in one page.evaluate per theme, so the audit stays fast.
 *
 * Thresholds: marks 3:1 and text 4.5:1 against what is behind them (WCAG 1.4.11 and 1.4.3); text at least
 * 12 CSS px on a 360 px phone; and series told apart by colour alone at least CIEDE2000 ΔE 10 apart under
 * simulated protanopia, deuteranopia and tritanopia. ΔE 2.3 is a just-noticeable difference for large
 * patches side by side, but chart marks are small and read apart from their key, where the difference a
 * reader needs grows several-fold (Szafir 2017, "Modeling Color Difference for Visualization Design");
 * 10 is the margin palette tools use for categorical colours. Series that also differ by pattern or
 * shape carry a second encoding and need no colour difference.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { readCharts, type PageReading } from '../support/chart-audit-page';
import { contrast, deficiencies, differenceUnder, type Deficiency } from '../support/colour';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

const gallery = '/charts/';
const sequences = '/charts/sequences/';
const themes = ['light', 'dark'] as const;
const minimumMarkContrast = 3;
const minimumTextContrast = 4.5;
const minimumTextPx = 12;
const minimumDifference = 10;

// The gallery lets the browser skip laying out plots far off screen; the audit needs every one laid out.
const layOutEveryPlot = '.chart-plot { content-visibility: visible !important; }';
/** Text zoom: every size set in rem or em doubles, as with a reader's larger default font. */
const doubleText = 'html { font-size: 200% !important; }';

/** Adds a stylesheet through the DOM, which works with the page's own scripting off (the CSP is bypassed). */
const addStyle = (page: Page, css: string) =>
  page.evaluate((text) => {
    const style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
  }, css);

async function open(path: string, width: number, javaScript: boolean): Promise<Page> {
  const page = await site.open(path, { viewport: { width, height: 900 }, javaScriptEnabled: javaScript, bypassCSP: true });
  await addStyle(page, layOutEveryPlot);
  return page;
}

/** Readings by "<path> <width>px <mode>" and "<path> <mode>". */
const readings = new Map<string, PageReading>();
let reducedMotion: { reduced: number[]; normal: number[] } = { reduced: [], normal: [] };

beforeAll(async () => {
  for (const [path, javaScript] of [[gallery, true], [sequences, false]] as const) {
    for (const width of [360, 1280]) {
      const page = await open(path, width, javaScript);
      for (const forcedColors of ['none', 'active'] as const) {
        for (const colorScheme of themes) {
          await page.emulateMedia({ colorScheme, forcedColors });
          const mode = forcedColors === 'active' ? `forced-colours-${colorScheme}` : colorScheme;
          readings.set(`${path} ${width}px ${mode}`, await page.evaluate(readCharts, { colours: true }));
        }
      }
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
      if (width === 360) {
        await page.setViewportSize({ width: 320, height: 900 });
        readings.set(`${path} 320px`, await page.evaluate(readCharts, { colours: false }));
      } else {
        // Browser zoom at 200% lays a 1280 px window out as 640 CSS px; text and marks scale alike.
        await page.setViewportSize({ width: 640, height: 900 });
        readings.set(`${path} 200% zoom`, await page.evaluate(readCharts, { colours: false }));
        await page.setViewportSize({ width: 1280, height: 900 });
        await addStyle(page, doubleText);
        readings.set(`${path} 200% text`, await page.evaluate(readCharts, { colours: false }));
      }
      await site.done(page);
    }
  }
  const page = await site.open(sequences, { viewport: { width: 1280, height: 900 } });
  const durations = async (reducedMotion: 'reduce' | 'no-preference') => {
    await page.emulateMedia({ reducedMotion });
    return page.$$eval('.scrolly-state, .scrolly-state .chart-svg [data-key]', (elements) =>
      elements.slice(0, 50).map((element) => Math.max(...getComputedStyle(element).transitionDuration.split(',').map((value) => parseFloat(value)))),
    );
  };
  reducedMotion = { reduced: await durations('reduce'), normal: await durations('no-preference') };
  await site.done(page);
}, 120_000);

const themed = (modes: readonly string[]) => [...readings].filter(([key]) => modes.some((mode) => key.endsWith(` ${mode}`)));

test('every mark stands 3:1 and every text 4.5:1 against what is behind it, in both themes and forced colours', () => {
  const failures: string[] = [];
  for (const [key, reading] of themed([...themes, 'forced-colours-light', 'forced-colours-dark'])) {
    for (const mark of reading.marks) {
      if (mark.structural) continue;
      const ratio = contrast(mark.colour, mark.background, mark.opacity);
      if (ratio < minimumMarkContrast) failures.push(`${key} ${mark.chart}: ${mark.what} ${ratio.toFixed(2)}:1 (${mark.colour} on ${mark.background}, opacity ${mark.opacity})`);
    }
    for (const text of reading.texts) {
      const ratio = contrast(text.colour, text.background, text.opacity);
      if (ratio < minimumTextContrast) failures.push(`${key} ${text.chart}: ${text.what} ${ratio.toFixed(2)}:1 (${text.colour} on ${text.background}, opacity ${text.opacity})`);
    }
  }
  expect(failures).toEqual([]);
});

test('no chart text renders under 12 CSS px on a 360 px phone', () => {
  const failures = themed(['light'])
    .filter(([key]) => key.includes(' 360px '))
    .flatMap(([key, reading]) => reading.texts.filter((text) => text.px < minimumTextPx - 0.01).map((text) => `${key} ${text.chart}: ${text.what} at ${text.px.toFixed(1)} px`));
  expect(failures).toEqual([]);
});

test(`series told apart by colour alone stay ΔE2000 ≥ ${minimumDifference} apart under protanopia, deuteranopia and tritanopia`, () => {
  const failures: string[] = [];
  let compared = 0;
  for (const [key, reading] of themed(themes)) {
    for (const figure of reading.figures) {
      figure.swatches.forEach((a, i) => {
        for (const b of figure.swatches.slice(i + 1)) {
          if (a.encoding !== b.encoding || a.colour === b.colour) continue;
          compared += 1;
          for (const deficiency of Object.keys(deficiencies) as Deficiency[]) {
            const difference = differenceUnder(deficiency, a.colour, b.colour);
            if (difference < minimumDifference) failures.push(`${key} ${figure.chart}: "${a.label}" and "${b.label}" ΔE ${difference.toFixed(1)} under ${deficiency}`);
          }
        }
      });
    }
  }
  expect(failures).toEqual([]);
  // revenue-vs-loss keys Zhipu, MiniMax and the loss by colour alone, so there is always something to compare.
  expect(compared).toBeGreaterThan(0);
});

test('labels are neither clipped nor overlapping, at 100%, at 200% zoom and at 200% text size', () => {
  const failures = [...readings].flatMap(([key, reading]) => [
    ...reading.figures.flatMap((figure) => [...figure.clipped.map((text) => `${key} ${figure.chart}: clipped ${text}`), ...figure.overlaps.map((pair) => `${key} ${figure.chart}: overlap ${pair}`)]),
    ...reading.htmlClipped.map((element) => `${key}: clipped ${element}`),
  ]);
  expect(failures).toEqual([]);
});

test('no page with charts scrolls sideways at 320 px, at 200% zoom or at 200% text size', () => {
  const overflow = themed(['320px', '200% zoom', '200% text']).map(([key, reading]) => `${key}: ${reading.sidewaysScroll}`);
  expect(overflow.filter((line) => !line.endsWith(': 0') && !line.includes(': -'))).toEqual([]);
  expect(overflow).toHaveLength(6);
});

test('each graphic adds at most one tab stop, keeps its tick text from screen readers and has a name and a summary', () => {
  const failures = themed(['light']).flatMap(([key, reading]) =>
    reading.figures.flatMap((figure) => [
      ...(figure.tabStops > 1 ? [`${key} ${figure.chart}: ${figure.tabStops} tab stops in the graphic`] : []),
      ...figure.imageProblems.map((problem) => `${key} ${figure.chart}: ${problem}`),
      ...(figure.name ? [] : [`${key} ${figure.chart}: no accessible name`]),
      ...(figure.summary ? [] : [`${key} ${figure.chart}: no summary`]),
    ]),
  );
  expect(failures).toEqual([]);
  expect(readings.get(`${gallery} 1280px light`)?.figures.length).toBe(15);
});

test('prefers-reduced-motion turns the scrollytelling transitions off', () => {
  expect(reducedMotion.normal.length).toBeGreaterThan(0);
  expect(Math.max(...reducedMotion.normal)).toBeGreaterThan(0.1);
  expect(reducedMotion.reduced.filter((seconds) => seconds > 0.0001)).toEqual([]);
});
