/**
 * Issue 10's citation rules over every chapter of every edition: a sentence that attributes a claim or
 * ranks must carry a <Cite> in the same sentence. A failure names the file, the line and the sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { citationProblems, formatCitationProblem, type ChapterLanguage } from '../../src/lib/citation-rules';
import { editionCitationMismatches } from '../../src/lib/cited-passages';
import { editionDrift } from '../../src/lib/edition-parity';

const root = path.resolve('src/content/chapters');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => path.relative(process.cwd(), path.join(root, f)));

function languageOf(file: string): ChapterLanguage {
  const folder = path.basename(path.dirname(file));
  return folder.startsWith('zh') ? 'zh' : 'en';
}

test('there are chapters to check', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
});

test.each(files)('%s: every attributing or ranking sentence carries a <Cite>', (file) => {
  const problems = citationProblems(readFileSync(file, 'utf8'), languageOf(file));
  expect(problems.map((problem) => formatCitationProblem(file, problem))).toEqual([]);
});

test('every edition of a chapter cites the same passages', () => {
  const editions = files.map((file) => {
    const body = readFileSync(file, 'utf8');
    return { file, body, slug: /^slug:\s*["']?([a-z0-9-]+)/mu.exec(body)?.[1] ?? file };
  });
  expect(editionCitationMismatches(editions)).toEqual([]);
});

const twins = files.filter((file) => languageOf(file) === 'zh');

test('there are Chinese editions to hold to their English twins', () => {
  expect(twins.length).toBe(5);
});

test.each(twins)('%s cites the same facts, charts, steps and passages, in the same order, as its English twin', (file) => {
  const englishFile = path.join(path.dirname(path.dirname(file)), 'en', path.basename(file));
  expect(files, `${file} has no English twin named ${englishFile}`).toContain(englishFile);
  expect(editionDrift(readFileSync(englishFile, 'utf8'), readFileSync(file, 'utf8')).map((problem) => `${file}: ${problem}`)).toEqual([]);
});
