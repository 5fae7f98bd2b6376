/**
 * Every edition of a chapter tells the same numbers from the same sources: it cites the same facts, embeds
 * the same charts and scrollytelling steps in the same order, and cites the same passages in the same order
 * as the English chapter. Wording may differ; the evidence may not.
 */
import { citedFactIds, citedPassageIds } from './chapter-text';

export interface EditionEvidence {
  /** Fact ids cited through <Fact> and <Derived>, each once (an edition may order them as its grammar needs). */
  facts: string[];
  /** Charts and scrollytelling steps in reading order: "chart:revenue-mix", "scrolly:receivable-days", "step:early". */
  figures: string[];
  /** Passage ids in order of first citation. */
  passages: string[];
}

export function editionEvidence(mdx: string): EditionEvidence {
  const figures = [...mdx.matchAll(/<(Chart|Scrolly|Step)\b[^>]*?\b(?:id|chart|state)="([^"]*)"/gu)].map(
    (m) => `${m[1]!.toLowerCase()}:${m[2]!}`,
  );
  return { facts: citedFactIds(mdx), figures, passages: citedPassageIds(mdx) };
}

/** How an edition departs from the English chapter; empty when it tells the same evidence. */
export function editionDrift(englishMdx: string, editionMdx: string): string[] {
  const english = editionEvidence(englishMdx);
  const edition = editionEvidence(editionMdx);
  const problems: string[] = [];
  const missingFacts = english.facts.filter((id) => !edition.facts.includes(id));
  const extraFacts = edition.facts.filter((id) => !english.facts.includes(id));
  if (missingFacts.length > 0) problems.push(`missing facts ${missingFacts.join(', ')}`);
  if (extraFacts.length > 0) problems.push(`facts not in English ${extraFacts.join(', ')}`);
  const sequence = (label: string, expected: string[], actual: string[]) => {
    const index = expected.findIndex((item, i) => actual[i] !== item);
    if (index === -1 && actual.length === expected.length) return;
    const at = index === -1 ? expected.length : index;
    problems.push(`${label} differ at position ${at + 1}: English has ${expected[at] ?? 'nothing'}, this edition ${actual[at] ?? 'nothing'}`);
  };
  sequence('charts and steps', english.figures, edition.figures);
  sequence('passages', english.passages, edition.passages);
  return problems;
}
