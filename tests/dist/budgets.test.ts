/**
 * Byte budgets of the brief, on every built page: at most 10 KB of gzipped JavaScript and 150 KB
 * gzipped in all for a first visit. The brief sets them for chapter pages; every page is held to them.
 */
import { describe, expect, test } from 'vitest';
import { budgets, kilobytes } from '../support/budgets';
import { distRoot, publicRoot, sitePages } from '../support/site';
import { pageWeight } from '../support/weight';

const pages = await sitePages();
const root = await publicRoot();

test('the build has a cover and discovers every page it holds', () => {
  expect(pages.map((page) => page.path)).toContain('/');
  expect(pages.length).toBeGreaterThan(1);
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, page) => {
  test(`ships at most ${kilobytes(budgets.jsGzip)} of gzipped JavaScript and ${kilobytes(budgets.transferGzip)} in all`, async () => {
    const weight = await pageWeight(distRoot, root, page.path, page.html);
    const files = weight.files.join(', ');
    expect(weight.js.gzip, `${page.path} JavaScript (${files})`).toBeLessThanOrEqual(budgets.jsGzip);
    expect(weight.total.gzip, `${page.path} total transfer (${files})`).toBeLessThanOrEqual(budgets.transferGzip);
  });
});
