/**
 * Every passage prose may cite, validated against the seeds the moment it is loaded, so that a broken
 * quote stops the build (and the tests) with a message naming the module and id. One module per chapter,
 * so that editors of different chapters never edit the same file; a passage may be cited from any chapter.
 */
import { seedRecord, type SeedRecord } from '../../seeds/index';
import { definitionLine } from '../lib/definition-line';
import { closestIds } from '../lib/edit-distance';
import type { Locale } from '../lib/locale';
import { seedTexts } from '../lib/seed-texts';
import { growthBoughtWithLossesPassages } from './growth-bought-with-losses';
import { originsPassages } from './origins';
import { sitePassages } from './site';
import { theMarketsVerdictPassages } from './the-markets-verdict';
import { theShakeoutPassages } from './the-shakeout';
import { toBVersusToCPassages } from './to-b-versus-to-c';
import type { PassageDefinition } from './types';
import { formatPassageProblem, validatePassages, type PassageModule } from './validate';

export const passageModules = [
  { file: 'src/passages/origins.ts', passages: originsPassages },
  { file: 'src/passages/to-b-versus-to-c.ts', passages: toBVersusToCPassages },
  { file: 'src/passages/growth-bought-with-losses.ts', passages: growthBoughtWithLossesPassages },
  { file: 'src/passages/the-markets-verdict.ts', passages: theMarketsVerdictPassages },
  { file: 'src/passages/the-shakeout.ts', passages: theShakeoutPassages },
  { file: 'src/passages/site.ts', passages: sitePassages },
] as const satisfies readonly PassageModule[];

type AllPassages = (typeof passageModules)[number]['passages'][number];
export type PassageId = AllPassages['id'];

export interface Passage extends PassageDefinition {
  id: PassageId;
}

const problems = validatePassages(passageModules, seedTexts);
if (problems.length > 0) {
  throw new Error(
    `${problems.length} passage problem(s) found while checking passages against seeds/:\n` +
      problems.map((p) => `  - ${formatPassageProblem(p, definitionLine(p.file, p.passageId))}`).join('\n'),
  );
}

export const passages: readonly Passage[] = passageModules.flatMap((m) => m.passages as readonly Passage[]);

const byId = new Map<string, Passage>(passages.map((p) => [p.id, p]));

/** Where a passage is defined, for error messages. */
export const passageFile = new Map<string, string>(passageModules.flatMap((m) => m.passages.map((p) => [p.id, m.file] as const)));

export function isPassageId(id: string): id is PassageId {
  return byId.has(id);
}

/** The ids in a `p` attribute: one or more, separated by spaces. */
export function splitPassageIds(p: string): string[] {
  return p.split(/\s+/u).filter((id) => id !== '');
}

/** Looks a passage up by id; `usedIn` names the file (and line) asking, so an unknown id fails usefully. */
export function getPassage(id: string, usedIn = 'unknown file'): Passage {
  const passage = byId.get(id);
  if (!passage) {
    const suggestions = closestIds(id, byId.keys()).map((s) => `"${s}"`);
    throw new Error(
      `${usedIn}: unknown passage id "${id}". Did you mean ${suggestions.join(', ')}? ` +
        'Passages are defined in src/passages/<chapter>.ts and listed on the sources page (/sources/).',
    );
  }
  return passage;
}

/** A passage's gloss for an edition; the traditional edition reads the simplified gloss. */
export function glossFor(passage: PassageDefinition, locale: Locale): string {
  return locale === 'en' ? passage.gloss.en : passage.gloss['zh-hans'];
}

export function passageSeed(passage: PassageDefinition): SeedRecord {
  return seedRecord(passage.seed);
}
