/**
 * Proves each passage against its seed: ids well formed and unique across every module, the seed known,
 * the quote verbatim, both glosses written. Pure: the caller passes the seed texts, so tests can feed it
 * fixtures.
 */
import { notVerbatimMessage } from '../facts/quote-diff';
import type { PassageDefinition } from './types';

export interface PassageModule {
  /** Path of the module the passages live in, named in every error. */
  file: string;
  passages: readonly PassageDefinition[];
}

export interface PassageProblem {
  file: string;
  passageId: string;
  message: string;
}

/** `line` is where the passage is defined in its module, when known. */
export function formatPassageProblem(problem: PassageProblem, line?: number): string {
  return `${problem.file}${line === undefined ? '' : `:${line}`}: passage "${problem.passageId}": ${problem.message}`;
}

const idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)+$/u;

export function validatePassages(modules: readonly PassageModule[], seedTexts: Readonly<Record<string, string>>): PassageProblem[] {
  const problems: PassageProblem[] = [];
  const firstSeen = new Map<string, string>();
  for (const { file, passages } of modules) {
    for (const passage of passages) {
      const report = (message: string) => problems.push({ file, passageId: passage.id, message });
      const earlier = firstSeen.get(passage.id);
      if (earlier !== undefined) report(`duplicate id; it is already defined in ${earlier}`);
      else firstSeen.set(passage.id, file);
      if (!idPattern.test(passage.id)) {
        report('id must be lower-case words joined by dots or hyphens, e.g. "s1.scholar-vs-speculator"');
      }
      if (passage.gloss.en.trim() === '') report('has an empty English gloss');
      if (passage.gloss['zh-hans'].trim() === '') report('has an empty Chinese (zh-hans) gloss');
      const text = seedTexts[passage.seed];
      if (text === undefined) {
        report(`cites unknown seed file "${passage.seed}"; known: ${Object.keys(seedTexts).join(', ')}`);
      } else if (passage.quote.trim() === '') {
        report(`has an empty quote from ${passage.seed}`);
      } else if (!text.includes(passage.quote)) {
        report(notVerbatimMessage(text, passage.seed, passage.quote));
      }
    }
  }
  return problems;
}
