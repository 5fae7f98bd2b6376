/**
 * The Simplified Chinese pages are written by us, not copied from the seeds: under 5% of the ten-character
 * runs of each page's prose may stand verbatim in the five seed articles (compared in Simplified characters,
 * punctuation and spaces ignored; see src/lib/verbatim-runs.ts). The same holds for the prose of the site's pages
 * kept in the interface string table (methodology, sources, data). A failure names the page, its share and the
 * copied runs to reword.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { seedFiles } from '../../seeds/index';
import { seedTexts } from '../../src/lib/seed-texts';
import { strings } from '../../src/lib/strings';
import { runLength, sourceRuns, verbatimReport } from '../../src/lib/verbatim-runs';

const contentRoot = path.resolve('src/content');
/** Every Markdown or MDX file in a zh-hans folder of any collection: the chapters, and page content if there is any. */
const pages = readdirSync(contentRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.mdx?$/u.test(file) && file.split(path.sep).includes('zh-hans'))
  .map((file) => path.relative(process.cwd(), path.join(contentRoot, file)))
  .sort();

const seeds = sourceRuns(seedFiles.map((file) => seedTexts[file] ?? ''));
const limit = 0.05;

test('the seeds are all read, and the zh-hans chapters are all checked', () => {
  expect(Object.keys(seedTexts).length).toBe(5);
  // About seventeen thousand characters of article text once punctuation is dropped.
  expect(seeds.size).toBeGreaterThan(15_000);
  const chapters = pages.filter((page) => page.includes(`chapters${path.sep}zh-hans`));
  expect(chapters.length).toBe(5);
  expect(chapters.length).toBe(readdirSync(path.join(contentRoot, 'chapters', 'zh-hans')).filter((f) => f.endsWith('.mdx')).length);
});

test.each(pages)(`%s: under 5 in 100 of its ${runLength}-character runs stand verbatim in the seeds`, (page) => {
  const report = verbatimReport(readFileSync(page, 'utf8'), seeds);
  expect(report.runs, `${page} has no prose to check`).toBeGreaterThan(0);
  const share = report.verbatim / report.runs;
  expect(
    share,
    `${page}: ${report.verbatim} of ${report.runs} runs (${(share * 100).toFixed(1)}%) stand verbatim in the seeds: ${report.examples.join(' | ')}`,
  ).toBeLessThan(limit);
});

/** Every text of a string table, one a line (functions, which fill in figures, are left out). */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

test('the zh-hans interface strings, page prose included: under 5 in 100 of their runs stand verbatim in the seeds', () => {
  const texts = textsOf(strings['zh-hans']);
  expect(texts.length).toBeGreaterThan(100);
  const report = verbatimReport(texts.join('\n'), seeds);
  const share = report.verbatim / report.runs;
  expect(share, `${report.verbatim} of ${report.runs} runs stand verbatim in the seeds: ${report.examples.join(' | ')}`).toBeLessThan(limit);
});
