import type { SeedFile } from '../../seeds/index';

/**
 * A sentence of a seed article that prose leans on for something other than a figure: a claim, a
 * judgement, a ranking, a date told in words. Cited in chapters with <Cite p="…" />.
 */
export interface PassageDefinition {
  /** Lower-case words joined by dots or hyphens, e.g. "s1.scholar-vs-speculator". */
  id: string;
  seed: SeedFile;
  /** A verbatim substring of the seed file, conversion artefacts and all (copy it by program). */
  quote: string;
  /** Our short rendering of what the quote says, in each language we write glosses in. */
  gloss: { en: string; 'zh-hans': string };
}

/** Keeps each id as a literal type, so `PassageId` is a union and a mistyped id fails type-checking. */
export function definePassages<const T extends readonly PassageDefinition[]>(passages: T): T {
  return passages;
}
