/**
 * Every fact the site may show, validated against the seeds the moment it is loaded, so that a
 * broken quote or number stops the build (and the tests) with a message naming the module and id.
 */
import { assumptionFacts } from './assumptions';
import { giantFacts } from './giants';
import { globalFacts } from './global';
import { minimaxFacts } from './minimax';
import { peerFacts } from './peers';
import { zhipuFacts } from './zhipu';
import { definitionLine } from '../lib/definition-line';
import { closestIds } from '../lib/edit-distance';
import { seedTexts } from '../lib/seed-texts';
import type { Fact } from './types';
import { formatProblem, validateFacts, type FactModule } from './validate';

export const factModules = [
  { file: 'src/facts/zhipu.ts', facts: zhipuFacts },
  { file: 'src/facts/minimax.ts', facts: minimaxFacts },
  { file: 'src/facts/peers.ts', facts: peerFacts },
  { file: 'src/facts/giants.ts', facts: giantFacts },
  { file: 'src/facts/global.ts', facts: globalFacts },
  { file: 'src/facts/assumptions.ts', facts: assumptionFacts },
] as const satisfies readonly FactModule[];

type AllFacts = (typeof factModules)[number]['facts'][number];
export type FactId = AllFacts['id'];

export { seedTexts };

const problems = validateFacts(factModules, seedTexts);
if (problems.length > 0) {
  throw new Error(
    `${problems.length} fact problem(s) found while checking facts against seeds/:\n` +
      problems.map((p) => `  - ${formatProblem(p, definitionLine(p.file, p.factId))}`).join('\n'),
  );
}

export const facts: readonly Fact<FactId>[] = factModules.flatMap((m) => m.facts as readonly Fact<FactId>[]);

const byId = new Map<string, Fact<FactId>>(facts.map((f) => [f.id, f]));

export function isFactId(id: string): id is FactId {
  return byId.has(id);
}

export function closestFactIds(id: string, count = 4): string[] {
  return closestIds(id, byId.keys(), count);
}

/** Looks a fact up by id; `usedIn` names the file asking, so an unknown id fails with a useful message. */
export function getFact(id: string, usedIn = 'unknown file'): Fact<FactId> {
  const fact = byId.get(id);
  if (!fact) {
    throw new Error(
      `${usedIn}: unknown fact id "${id}". Did you mean ${closestFactIds(id).map((s) => `"${s}"`).join(', ')}? ` +
        'Every id is listed on the data page (/data/) and in src/facts/.',
    );
  }
  return fact;
}
