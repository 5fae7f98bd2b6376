/**
 * Prose never states a figure itself: every number a reader sees comes through <Fact> or <Derived>, so it
 * carries its source. This finds digits, percentages and spelled-out quantities in a chapter's prose, and in
 * Chinese chapters numerals written in characters (src/lib/chinese-figures.ts).
 */
import type { ChapterReading } from './chapter-reading.ts';
import { paragraphText } from './chapter-text.ts';
import { chineseFiguresIn } from './chinese-figures.ts';
import type { ChapterLanguage } from './citation-rules.ts';

/** Spelled-out quantities that would be a figure in disguise. "One" and "two" stay free: the story is about two companies. */
const numberWords =
  /\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|percent|per cent|dozens?|twice|thrice|double[ds]?|tripled?|quadrupled?|tenfold|hundredfold|halve[ds]?)\b/giu;
/** Names that contain a number word or digits but are not figures. */
const allowedNames = [/\bsix tigers\b/giu, /\bsix little tigers\b/giu, /\bsix little dragons\b/giu, /\b01\.AI\b/gu];

/** The figures written into one piece of prose, in order. */
export function figuresIn(prose: string, language: ChapterLanguage = 'en'): string[] {
  if (language === 'zh') return chineseFiguresIn(prose);
  let text = prose;
  for (const name of allowedNames) text = text.replace(name, '');
  const digits = text.match(/[^\s]*[\d％%][^\s]*/gu) ?? [];
  const words = text.match(numberWords) ?? [];
  return [...digits, ...words];
}

export interface HardCodedFigure {
  line: number;
  figures: string[];
}

/** Every heading and paragraph of the chapter that writes a figure itself, with its line, in document order. */
export function hardCodedFigures(reading: ChapterReading, language: ChapterLanguage = 'en'): HardCodedFigure[] {
  const prose = [...reading.headings, ...reading.paragraphs.map((paragraph) => ({ line: paragraph.line, text: paragraphText(paragraph.pieces) }))];
  return prose
    .sort((a, b) => a.line - b.line)
    .flatMap(({ line, text }) => {
      const figures = figuresIn(text, language);
      return figures.length === 0 ? [] : [{ line, figures }];
    });
}

export function formatHardCodedFigure(file: string, found: HardCodedFigure): string {
  return `${file}:${found.line}: prose writes a figure itself (${found.figures.map((figure) => `"${figure}"`).join(', ')}); cite it with <Fact id="…" /> or <Derived … /> so it carries its source (npm run facts -- <words> finds the id).`;
}
