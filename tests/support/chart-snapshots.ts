/**
 * The chart snapshots: every chart × layout × state × edition written as a normalised SVG file in
 * tests/snapshots/charts/, named <chart>.<layout>.<state>.<locale>.svg ("default" for a chart's own state).
 * Each file opens on its own (literal light-theme colours) and keeps the page's classes, one element a
 * line, so a change reads as a small git diff.
 */
import { readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { literalPaint } from '../../src/charts/frame/export-paint';
import type { LayoutName } from '../../src/charts/frame/labels';
import { layoutMarkup, type Paint } from '../../src/charts/frame/svg-markup';
import { num } from '../../src/charts/frame/svg-marks';
import { buildChart, chartEntry, chartIds } from '../../src/charts/registry';
import type { Locale } from '../../src/lib/locale';
import { projectRoot } from './site';

export const snapshotFolder = path.join(projectRoot, 'tests/snapshots/charts');

/** Editions the story publishes; add a locale here when its edition ships and run `npm run snapshots:update`. */
export const snapshotLocales: readonly Locale[] = ['en'];
const layouts: readonly LayoutName[] = ['narrow', 'wide'];
const defaultState = 'default';

export interface SnapshotCase {
  chart: string;
  layout: LayoutName;
  state: string;
  locale: Locale;
  file: string;
}

export function snapshotCases(): SnapshotCase[] {
  return chartIds.flatMap((chart) =>
    [defaultState, ...chartEntry(chart).states].flatMap((state) =>
      snapshotLocales.flatMap((locale) => layouts.map((layout) => ({ chart, layout, state, locale, file: `${chart}.${layout}.${state}.${locale}.svg` }))),
    ),
  );
}

/** Classes for review, literal colours so the file shows the chart when opened. */
const reviewPaint: Paint = (classList) => ({ class: classList || undefined, ...literalPaint(classList) });

export function renderSnapshot({ chart, layout, state, locale }: SnapshotCase): string {
  const spec = buildChart(chart, { locale, state: state === defaultState ? undefined : state }, `chart snapshot ${chart}.${layout}.${state}.${locale}`);
  const { width, height } = spec[layout];
  // One element a line; the writer's own line breaks (which keep text labels apart in text browsers) too.
  const marks = layoutMarkup(spec[layout], `${chart}-${layout}`, reviewPaint).replace(/>\n?(?=<[^/])/gu, '>\n').replace(/^\n/u, '');
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="Helvetica, Arial, sans-serif">`;
  return `${open}\n<rect width="100%" height="100%" fill="${literalPaint('f-paper').fill}"></rect>\n${marks}\n</svg>\n`;
}

export async function readSnapshot(file: string): Promise<string | undefined> {
  return readFile(path.join(snapshotFolder, file), 'utf8').catch(() => undefined);
}

export async function storedSnapshotFiles(): Promise<string[]> {
  const entries = await readdir(snapshotFolder).catch(() => []);
  return entries.filter((name) => name.endsWith('.svg')).sort();
}

/** Rewrites every snapshot and removes those of charts, states or layouts that no longer exist. */
export async function updateSnapshots(): Promise<{ written: number; removed: string[] }> {
  await mkdir(snapshotFolder, { recursive: true });
  const cases = snapshotCases();
  for (const snapshot of cases) await writeFile(path.join(snapshotFolder, snapshot.file), renderSnapshot(snapshot));
  const wanted = new Set(cases.map((snapshot) => snapshot.file));
  const removed = (await storedSnapshotFiles()).filter((file) => !wanted.has(file));
  for (const file of removed) await rm(path.join(snapshotFolder, file));
  return { written: cases.length, removed };
}

/** The first line where two snapshots differ, for a failure message a person can act on. */
export function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const line = want.findIndex((text, index) => text !== got[index]);
  const at = line === -1 ? want.length : line;
  return `line ${at + 1}: snapshot has ${JSON.stringify(want[at] ?? '(end of file)')}, the chart now draws ${JSON.stringify(got[at] ?? '(end of file)')}`;
}
