/**
 * The citation rules a machine can check on a chapter's MDX source: a sentence that attributes a claim to
 * someone, or that ranks ("first", "only", "largest"), must carry a <Cite> in the same sentence, so the
 * reader can open the passage that says it. Everything else checkable is the editor's audit.
 */

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

/** A paragraph's text with citations and figures reduced to marks, so ids and attributes are not read as words. */
function readable(line: string): string {
  return line
    .replace(/<Cite\b[^>]*\/>/gu, citeMark)
    .replace(/<[A-Z][A-Za-z]*\b[^<>]*\/>/gu, figureMark)
    .replace(/<\/?[A-Za-z][^<>]*>/gu, '');
}

function sentencesOf(paragraph: string, language: ChapterLanguage): string[] {
  const boundary = language === 'en' ? /(?<=[.!?][”’"')]*)\s+(?=[A-Z“"‘(\u27E6])/u : /(?<=[。！？][”’」』)）]*)/u;
  return paragraph
    .split(boundary)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Lines a reader reads as prose: not frontmatter, headings, imports or lone component tags. */
function proseLines(mdx: string): { line: number; text: string }[] {
  const lines = mdx.split('\n');
  const out: { line: number; text: string }[] = [];
  let inFrontmatter = lines[0]?.trim() === '---';
  lines.forEach((text, index) => {
    if (index === 0 && inFrontmatter) return;
    if (inFrontmatter) {
      if (text.trim() === '---') inFrontmatter = false;
      return;
    }
    if (/^\s*(?:#|import\s|export\s)/u.test(text)) return;
    out.push({ line: index + 1, text });
  });
  return out;
}

export function citationProblems(mdx: string, language: ChapterLanguage): CitationProblem[] {
  const { attribution, ranking, exempt } = rules[language];
  const problems: CitationProblem[] = [];
  for (const { line, text } of proseLines(mdx)) {
    for (const sentence of sentencesOf(readable(text), language)) {
      if (sentence.includes(citeMark)) continue;
      const plain = sentence.replace(exempt, ' ');
      const attributes = plain.match(attribution);
      const ranks = plain.match(ranking);
      const shown = sentence.replaceAll(citeMark, '').replaceAll(figureMark, '…');
      if (attributes) problems.push({ line, sentence: shown, rule: 'attribution', word: attributes[0] });
      if (ranks) problems.push({ line, sentence: shown, rule: 'ranking', word: ranks[0] });
    }
  }
  return problems;
}

export function formatCitationProblem(file: string, problem: CitationProblem): string {
  const why = problem.rule === 'attribution' ? 'attributes a claim' : 'ranks or uses a superlative';
  return `${file}:${problem.line}: sentence ${why} ("${problem.word}") but carries no <Cite>: «${problem.sentence}»`;
}
