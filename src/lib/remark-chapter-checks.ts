/**
 * The build's check of every MDX file, on the tree Astro's MDX pipeline parsed: the component rules
 * (props, forms, placement) everywhere, and in chapters the citation rules, no figure written into prose and, in
 * Chinese chapters, full-width punctuation. It throws every problem
 * in the file at once, each with file:line, so `astro build` fails and `astro dev` shows them in its
 * overlay; `npm run check` runs the same rules on the same reading without a build.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { readTree, type ChapterReading } from './chapter-reading.ts';
import { citationProblemsIn, formatCitationProblem, ruleLanguageOf } from './citation-rules.ts';
import { formatPunctuationSlip, halfWidthPunctuation } from './cjk-punctuation.ts';
import { componentProblems } from './component-rules.ts';
import { formatHardCodedFigure, hardCodedFigures } from './figure-rules.ts';

interface VFileLike {
  path?: string;
  cwd?: string;
}

/** Chapters keep the editorial rules; other MDX (a page's prose) keeps the component rules only. */
function isChapter(file: string): boolean {
  return /(?:^|[\\/])content[\\/]chapters[\\/]/u.test(file);
}

/** Every problem the MDX file's reading shows, in the order the rules run: components, citations, figures. */
export function chapterProblems(reading: ChapterReading, file: string): string[] {
  if (!isChapter(file)) return componentProblems(reading, file);
  const language = ruleLanguageOf(file);
  return [
    ...componentProblems(reading, file),
    ...citationProblemsIn(reading, language).map((problem) => formatCitationProblem(file, problem)),
    ...hardCodedFigures(reading, language).map((found) => formatHardCodedFigure(file, found)),
    ...(language === 'zh' ? halfWidthPunctuation(reading).map((slip) => formatPunctuationSlip(file, slip)) : []),
  ];
}

export function remarkChapterChecks() {
  return (tree: Root, file: VFileLike) => {
    const where = file.path ? path.relative(file.cwd ?? process.cwd(), file.path) : 'unknown MDX file';
    const problems = chapterProblems(readTree(tree), where);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
