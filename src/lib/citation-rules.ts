/**
 * The citation rules a machine can check on a chapter's MDX source: a sentence that attributes a claim to
 * someone, or that ranks ("first", "only", "largest"), must carry a <Cite> in the same sentence, so the
 * reader can open the passage that says it. Everything else checkable is the editor's audit.
 */
import { readChapter, type ChapterReading, type ProseParagraph } from './chapter-reading.ts';

export type ChapterLanguage = 'en' | 'zh';

export interface CitationProblem {
  /** 1-based line of the MDX file the sentence is on. */
  line: number;
  sentence: string;
  rule: 'attribution' | 'ranking';
  /** The word that triggered the rule. */
  word: string;
}

const rules: Record<ChapterLanguage, { attribution: RegExp; ranking: RegExp; exempt: RegExp }> = {
  en: {
    attribution: /\b(?:reports|reported|says|said|notes|noted|writes|wrote|argues|argued|warns|warned|according to)\b/iu,
    ranking: /\b(?:first|only|largest|strongest|best-known|fastest)\b/iu,
    // Idioms and periods that use a ranking word without ranking anything ("in the first half").
    exempt: /\b(?:not only|at first|first (?:half|quarter|three quarters|nine months|week|day))\b/giu,
  },
  zh: {
    attribution: /据|據|称|稱|表示|指出/u,
    ranking: /首|唯一|最/u,
    // Words built on 首 or 最 that rank nothing: chief (首席), firstly (首先), finally, last, recently, at first;
    // and words built on 据 or 称 that attribute nothing: data, occupy, evidence, name, short name, title.
    exempt: /首席|首先|最终|最終|最后|最後|最近|最初|数据|數據|占据|佔據|证据|證據|名称|名稱|简称|簡稱|称号|稱號/gu,
  },
};

const citeMark = '\u27E6CITE\u27E7';
const figureMark = '\u27E6FIG\u27E7';

/** A paragraph's text with citations and figures reduced to marks, and the MDX line of any offset in it. */
function readable(paragraph: ProseParagraph): { text: string; lineAt: (offset: number) => number } {
  let text = '';
  const anchors: { offset: number; line: number }[] = [];
  for (const piece of paragraph.pieces) {
    if (piece.kind === 'component') {
      anchors.push({ offset: text.length, line: piece.use.line });
      text += piece.use.name === 'Cite' ? citeMark : figureMark;
      continue;
    }
    piece.text.split('\n').forEach((part, index) => {
      if (index > 0) text += '\n';
      anchors.push({ offset: text.length, line: piece.line + index });
      text += part;
    });
  }
  const lineAt = (offset: number) => anchors.findLast((anchor) => anchor.offset <= offset)?.line ?? paragraph.line;
  return { text, lineAt };
}

function sentencesOf(paragraph: string, language: ChapterLanguage): { sentence: string; offset: number }[] {
  const boundary = language === 'en' ? /(?<=[.!?][”’"')]*)\s+(?=[A-Z“"‘(\u27E6])/u : /(?<=[。！？][”’」』)）]*)/u;
  let cursor = 0;
  return paragraph.split(boundary).flatMap((part) => {
    const offset = paragraph.indexOf(part, cursor);
    cursor = offset + part.length;
    const sentence = part.trim();
    return sentence === '' ? [] : [{ sentence, offset: offset + part.indexOf(sentence) }];
  });
}

/** The rules over a chapter's one reading: headings, frontmatter, imports and lone components are not prose. */
export function citationProblemsIn(reading: ChapterReading, language: ChapterLanguage): CitationProblem[] {
  const { attribution, ranking, exempt } = rules[language];
  const problems: CitationProblem[] = [];
  for (const paragraph of reading.paragraphs) {
    const { text, lineAt } = readable(paragraph);
    for (const { sentence, offset } of sentencesOf(text, language)) {
      if (sentence.includes(citeMark)) continue;
      const plain = sentence.replace(exempt, ' ');
      const attributes = plain.match(attribution);
      const ranks = plain.match(ranking);
      const shown = sentence.replaceAll(citeMark, '').replaceAll(figureMark, '…').replace(/\s+/gu, ' ');
      const line = lineAt(offset);
      if (attributes) problems.push({ line, sentence: shown, rule: 'attribution', word: attributes[0] });
      if (ranks) problems.push({ line, sentence: shown, rule: 'ranking', word: ranks[0] });
    }
  }
  return problems;
}

export function citationProblems(mdx: string, language: ChapterLanguage): CitationProblem[] {
  return citationProblemsIn(readChapter(mdx), language);
}

/** The edition's language for the rules, from the folder a chapter sits in (en, zh-hans, zh-hant). */
export function ruleLanguageOf(file: string): ChapterLanguage {
  return /(?:^|[\\/])zh-han[st][\\/]/u.test(file) ? 'zh' : 'en';
}

export function formatCitationProblem(file: string, problem: CitationProblem): string {
  const why = problem.rule === 'attribution' ? 'attributes a claim' : 'ranks or uses a superlative';
  return `${file}:${problem.line}: sentence ${why} ("${problem.word}") but carries no <Cite>: «${problem.sentence}»`;
}
