/**
 * The sources page lists every cited passage under the article it comes from, at the anchor a note's
 * "everything we cite from this article" link points to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageDocument } from '../support/page-document';
import { expect, test } from 'vitest';
import { seedRecord } from '../../seeds/index';
import { citedPassageIds } from '../../src/lib/chapter-text';
import { passageAnchor } from '../../src/lib/urls';
import { getPassage } from '../../src/passages/registry';
import { sitePassages } from '../../src/passages/site';
import { distRoot, projectRoot, requireBuild } from '../support/site';

requireBuild();
const sources = pageDocument(readFileSync(path.join(distRoot, 'sources', 'index.html'), 'utf8'));

test('the methodology page\'s passage is listed under Bohu Finance with its quote and gloss', () => {
  const entry = sources.querySelector('#source-S1 #passage-site_s1_two-ways-headline');
  expect(entry?.querySelector('q')?.textContent).toBe('智譜和MiniMax,大模型的兩種“活法”');
  expect(entry?.textContent).toContain('Zhipu and MiniMax: two ways for large models to live.');
});

test('every passage a chapter or site page cites has its entry, under its own article', () => {
  const chaptersDir = path.join(projectRoot, 'src/content/chapters/en');
  const chapterIds = readdirSync(chaptersDir)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => citedPassageIds(readFileSync(path.join(chaptersDir, file), 'utf8')));
  for (const id of [...sitePassages.map((p) => p.id), ...chapterIds]) {
    const entry = sources.getElementById(passageAnchor(id));
    expect(entry, id).not.toBeNull();
    const label = entry?.closest('li.source-entry')?.getAttribute('data-seed');
    expect(label, id).toBe(seedRecord(getPassage(id).seed).label);
  }
});
