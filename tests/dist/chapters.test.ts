/**
 * Every chapter in the content collection is built as its own page and carries every chart and fact it
 * cites, with the "figures in this chapter" downloads holding exactly the facts the chapter cites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { citedChartIds, citedFactIds } from '../../src/lib/chapter-text';
import { factAnchor } from '../../src/lib/urls';
import { distRoot, projectRoot, requireBuild, sitePages } from '../support/site';

requireBuild();
const chaptersDir = path.join(projectRoot, 'src/content/chapters/en');
const chapters = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(path.join(chaptersDir, file), 'utf8');
    const slug = /^slug:\s*(\S+)/mu.exec(source)?.[1] ?? '';
    return { file, source, slug };
  });

test('every English chapter page of the build has its source here, and the other way round', async () => {
  const built = (await sitePages()).filter((page) => page.kind === 'chapter' && page.locale === 'en').map((page) => page.path);
  expect(chapters.map(({ slug }) => `/${slug}/`).sort()).toEqual(built.sort());
});

describe.each(chapters)('$file', ({ source, slug }) => {
  const html = readFileSync(path.join(distRoot, slug, 'index.html'), 'utf8');
  const document = pageDocument(html);

  test('renders every chart it cites, each of its figures with an SVG of its own', () => {
    const charts = citedChartIds(source);
    expect(charts.length, 'charts cited').toBeGreaterThan(0);
    const figuresWithoutSvg = charts.flatMap((id) => {
      const figures = [...document.querySelectorAll(`figure[data-chart="${id}"]`)];
      if (figures.length === 0) return [`chart ${id}: no figure`];
      return figures.filter((figure) => figure.querySelector('svg') === null).map((figure) => `chart ${id}: #${figure.id} has no SVG`);
    });
    expect(figuresWithoutSvg).toEqual([]);
  });

  test('links every fact it cites to its entry on the data page', () => {
    const cited = citedFactIds(source);
    expect(cited.length, 'facts cited').toBeGreaterThan(0);
    const unlinked = cited.filter((id) => !html.includes(`#${factAnchor(id)}"`));
    expect(unlinked).toEqual([]);
  });

  test('offers downloads holding exactly the facts it cites', () => {
    const json = JSON.parse(readFileSync(path.join(distRoot, 'data/chapters', `${slug}.json`), 'utf8')) as { facts: { id: string }[] };
    expect(json.facts.map((f) => f.id)).toEqual(citedFactIds(source));
    const csv = readFileSync(path.join(distRoot, 'data/chapters', `${slug}.csv`), 'utf8');
    const csvIds = new Set(csv.trim().split('\r\n').slice(1).map((row) => row.split(',')[0]));
    expect([...csvIds].sort()).toEqual([...citedFactIds(source)].sort());
  });
});
