/**
 * Every chapter in the content collection is built as its own page and carries every chart and fact it
 * cites, with the "figures in this chapter" downloads holding exactly the facts the chapter cites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { citedChartIds, citedFactIds } from '../../src/lib/chapter-text';
import { factAnchor } from '../../src/lib/urls';
import { distRoot, projectRoot, requireBuild } from '../support/site';

requireBuild();
const chaptersDir = path.join(projectRoot, 'src/content/chapters/en');
const chapters = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(path.join(chaptersDir, file), 'utf8');
    const slug = /^slug:\s*(\S+)/mu.exec(source)?.[1] ?? '';
    return { file, source, slug };
  });

describe.each(chapters)('$file', ({ source, slug }) => {
  const html = readFileSync(path.join(distRoot, slug, 'index.html'), 'utf8');

  test('renders every chart it cites, with its SVG', () => {
    for (const id of citedChartIds(source)) {
      expect(html, `chart ${id}`).toMatch(new RegExp(`id="chart-${id}(?:-[a-z-]+)?"[\\s\\S]*?<svg`, 'u'));
    }
  });

  test('links every fact it cites to its entry on the data page', () => {
    for (const id of citedFactIds(source)) {
      expect(html, `fact ${id}`).toContain(`#${factAnchor(id)}"`);
    }
  });

  test('offers downloads holding exactly the facts it cites', () => {
    const json = JSON.parse(readFileSync(path.join(distRoot, 'data/chapters', `${slug}.json`), 'utf8')) as { facts: { id: string }[] };
    expect(json.facts.map((f) => f.id)).toEqual(citedFactIds(source));
    const csv = readFileSync(path.join(distRoot, 'data/chapters', `${slug}.csv`), 'utf8');
    const csvIds = new Set(csv.trim().split('\r\n').slice(1).map((row) => row.split(',')[0]));
    expect([...csvIds].sort()).toEqual([...citedFactIds(source)].sort());
  });
});
