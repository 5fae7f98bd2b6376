/**
 * Editorial rules every chapter must meet, checked on the MDX source: figures only through components,
 * length within bounds, enough charts, and only ids that exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isFactId } from '../../src/facts/registry';
import { readChapter } from '../../src/lib/chapter-reading';
import { citedChartIds, citedFactIds, hanCount, wordCount } from '../../src/lib/chapter-text';
import { ruleLanguageOf, type ChapterLanguage } from '../../src/lib/citation-rules';
import { formatPunctuationSlip, halfWidthPunctuation } from '../../src/lib/cjk-punctuation';
import { formatHardCodedFigure, hardCodedFigures as figureProblems } from '../../src/lib/figure-rules';

const root = path.resolve('src/content/chapters');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => path.join(root, f));
const english = files.filter((f) => f.includes(`${path.sep}en${path.sep}`));
const simplified = files.filter((f) => f.includes(`${path.sep}zh-hans${path.sep}`));

function hardCodedFigures(mdx: string, language: ChapterLanguage = 'en'): string[] {
  return figureProblems(readChapter(mdx), language).flatMap((found) => found.figures);
}

describe('chapter rules', () => {
  test('there are five English chapters', () => {
    expect(english.map((f) => path.basename(f)).length).toBe(5);
  });

  test.each(files.map((f) => [path.relative(process.cwd(), f), f]))('%s hard-codes no figure', (name, file) => {
    const found = figureProblems(readChapter(readFileSync(file, 'utf8')), ruleLanguageOf(file));
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

  test.each(files.filter((f) => ruleLanguageOf(f) === 'zh').map((f) => [path.relative(process.cwd(), f), f]))('%s uses full-width punctuation in Chinese text', (name, file) => {
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
  test('catches digits, percentages and spelled-out quantities in prose', () => {
    expect(hardCodedFigures('Revenue rose 150% to RMB 312 million.')).toEqual(['150%', '312', 'million']);
    expect(hardCodedFigures('It lost three times as much.')).toEqual(['three']);
  });

  test('lets a company name with digits through, but not a figure beside it', () => {
    expect(hardCodedFigures('01.AI raised 5 billion.')).toEqual(['5', 'billion']);
  });

  test('reads a Chinese chapter with the Chinese rule', () => {
    expect(hardCodedFigures('三家公司的收入增长了两倍，唯一的一家。', 'zh')).toEqual(['三', '两倍']);
    expect(hardCodedFigures('三家公司的收入增长了两倍。', 'en')).toEqual([]);
  });

  test('ignores figures inside components and frontmatter', () => {
    const mdx = '---\norder: 3\n---\n\nRevenue was <Fact id="zhipu.revenue.2024" /> among the six tigers.';
    expect(hardCodedFigures(mdx)).toEqual([]);
  });
});
