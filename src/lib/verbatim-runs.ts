/**
 * How much of a Chinese text stands verbatim in the seed articles, measured in runs of ten characters.
 * The Chinese editions are written by us, not copied from the sources: quotes belong in the source notes,
 * which show the seed's own sentence, never in the prose.
 *
 * Both sides are compared in one normal form: Simplified characters (the seeds are in Traditional, with
 * pinyin left in brackets by a conversion tool), Latin letters in lower case, and punctuation and spaces
 * dropped, so a copied sentence is found whatever its script or punctuation.
 */
import { Converter } from 'opencc-js';

const toSimplified = Converter({ from: 't', to: 'cn' });
/** The seeds' conversion artefacts: a pinyin syllable in brackets after a character, e.g. 創(chuàng). */
const pinyinInBrackets = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/gu;

export const runLength = 10;

export function normalForm(text: string): string {
  return toSimplified(text.replace(pinyinInBrackets, ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every run of `runLength` characters (code points) in a text already in normal form. */
export function runsOf(normal: string): string[] {
  const characters = [...normal];
  const runs: string[] = [];
  for (let start = 0; start + runLength <= characters.length; start += 1) runs.push(characters.slice(start, start + runLength).join(''));
  return runs;
}

/** The set of runs found anywhere in the sources, for lookups. */
export function sourceRuns(sources: readonly string[]): Set<string> {
  return new Set(sources.flatMap((source) => runsOf(normalForm(source))));
}

/**
 * The prose of an MDX page as separate stretches of text: frontmatter, imports, components, tags and
 * expressions end a stretch, so a run never joins the words on either side of a cited figure.
 */
export function proseStretches(mdx: string): string[] {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/u, '\n')
    .replace(/^(?:import|export)\s.*$/gmu, '\n')
    .replace(/<[A-Za-z/][^<>]*>/gu, '\n')
    .replace(/\{[^}]*\}/gu, '\n')
    .split('\n')
    .map(normalForm)
    .filter((stretch) => stretch.length > 0);
}

export interface VerbatimReport {
  /** Runs of ten characters in the prose. */
  runs: number;
  /** Those that stand verbatim in a source. */
  verbatim: number;
  /** The verbatim runs, in the order of the prose, for an editor to find and reword. */
  examples: string[];
}

export function verbatimReport(mdx: string, sources: ReadonlySet<string>): VerbatimReport {
  const runs = proseStretches(mdx).flatMap(runsOf);
  const copied = runs.filter((run) => sources.has(run));
  return { runs: runs.length, verbatim: copied.length, examples: copied };
}
