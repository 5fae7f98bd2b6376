/**
 * Editorial rules every chapter must meet, checked on the MDX source: figures only through components,
 * length within bounds, enough charts, and only ids that exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isFactId } from '../../src/facts/registry';
import { citedChartIds, citedFactIds, hanCount, wordCount } from '../../src/lib/chapter-text';
import type { ChapterLanguage } from '../../src/lib/citation-rules';
import { formatPunctuationSlip, halfWidthPunctuation } from '../../src/lib/cjk-punctuation';
import { readChapter } from '../../src/lib/chapter-reading';
import { formatHardCodedFigure, hardCodedFigures } from '../../src/lib/figure-rules';

const root = path.resolve('src/content/chapters');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => path.join(root, f));
const english = files.filter((f) => f.includes(`${path.sep}en${path.sep}`));
const simplified = files.filter((f) => f.includes(`${path.sep}zh-hans${path.sep}`));

/** The folder names the edition: en, or zh-hans and zh-hant (written in Chinese). */
function languageOf(file: string): ChapterLanguage {
  return path.basename(path.dirname(file)).startsWith('zh') ? 'zh' : 'en';
}

describe('chapter rules', () => {
  test('there are five English chapters', () => {
    expect(english.map((f) => path.basename(f)).length).toBe(5);
  });

  test.each(files.map((f) => [path.relative(process.cwd(), f), f]))('%s hard-codes no figure', (name, file) => {
    const found = hardCodedFigures(readChapter(readFileSync(file, 'utf8')), languageOf(file));
    expect(found.map((figure) => formatHardCodedFigure(name, figure))).toEqual([]);
  });

  test.each(english.map((f) => [path.relative(process.cwd(), f), f]))('%s is 900 to 1,600 words', (_, file) => {
    const words = wordCount(readFileSync(file, 'utf8'));
    expect(words).toBeGreaterThanOrEqual(900);
    expect(words).toBeLessThanOrEqual(1600);
  });

  test('there are Simplified Chinese chapters, each the twin of an English one', () => {
    const englishNames = english.map((f) => path.basename(f));
    expect(simplified.length).toBe(5);
    expect(simplified.filter((f) => englishNames.includes(path.basename(f))).length).toBe(simplified.length);
  });

  test.each(files.filter((f) => languageOf(f) === 'zh').map((f) => [path.relative(process.cwd(), f), f]))('%s uses full-width punctuation in Chinese text', (name, file) => {
    const slips = halfWidthPunctuation(readChapter(readFileSync(file, 'utf8')));
    expect(slips.map((slip) => formatPunctuationSlip(name, slip))).toEqual([]);
  });

  // The English bounds in characters: Chinese business prose runs about two Han characters to an English word.
  test.each(simplified.map((f) => [path.relative(process.cwd(), f), f]))('%s is 1,800 to 3,500 Han characters', (_, file) => {
    const characters = hanCount(readFileSync(file, 'utf8'));
    expect(characters).toBeGreaterThanOrEqual(1800);
    expect(characters).toBeLessThanOrEqual(3500);
  });

  test.each(english.map((f) => [path.relative(process.cwd(), f), f]))('%s has at least three charts', (_, file) => {
    expect(citedChartIds(readFileSync(file, 'utf8')).length).toBeGreaterThanOrEqual(3);
  });

  test.each(files.map((f) => [path.relative(process.cwd(), f), f]))('%s cites only facts that exist', (_, file) => {
    const unknown = citedFactIds(readFileSync(file, 'utf8')).filter((id) => !isFactId(id));
    expect(unknown).toEqual([]);
  });

  test('at least two chapters tell their numbers as scrollytelling', () => {
    const withScrolly = english.filter((f) => /<Scrolly\b/u.test(readFileSync(f, 'utf8')));
    expect(withScrolly.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the hard-coded figure check itself', () => {
  test('reads a chapter in its folder\'s language', () => {
    expect(languageOf(path.join(root, 'en', '01-origins.mdx'))).toBe('en');
    expect(languageOf(path.join(root, 'zh-hans', '01-origins.mdx'))).toBe('zh');
    expect(languageOf(path.join(root, 'zh-hant', '01-origins.mdx'))).toBe('zh');
  });

  test('ignores figures inside components and frontmatter', () => {
    const mdx = '---\norder: 3\n---\n\nRevenue was <Fact id="zhipu.revenue.2024" /> among the six tigers.';
    expect(hardCodedFigures(readChapter(mdx), 'en')).toEqual([]);
  });
});
