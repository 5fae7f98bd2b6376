/**
 * `npm run new:chart -- <id> <fact-id>...`: writes the chart folder (see new-chart.ts) and says how to embed
 * it. Loaded through Vite by scripts/new-chart.ts, because the fact and chart registries use import.meta.glob.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chartIds } from '../charts/registry.ts';
import { closestFactIds, facts } from '../facts/registry.ts';
import type { Fact } from '../facts/types.ts';
import { barFactsProblem, chartFolder, chartIdProblem } from './new-chart.ts';

const usage = 'Usage: npm run new:chart -- <chart-id> <fact-id> <fact-id>...';

/** Writes the folder under `root`/src/charts and returns the process exit code. */
export function runNewChart(args: readonly string[], root: string): number {
  const [id = '', ...factIds] = args;
  const byId = new Map<string, Fact>(facts.map((fact) => [fact.id, fact]));
  const folder = path.join(root, 'src', 'charts');
  const existing = [...chartIds, ...(existsSync(path.join(folder, id)) && id !== '' ? [id] : [])];
  const problem = id === '' ? usage : (chartIdProblem(id, existing) ?? barFactsProblem(factIds, byId, (unknown) => closestFactIds(unknown)));
  if (problem) {
    console.error(problem);
    return 1;
  }
  const files = chartFolder(id, factIds.map((factId) => byId.get(factId) as Fact));
  mkdirSync(path.join(folder, id));
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(folder, file), text);
    console.log(`Wrote src/charts/${file}`);
  }
  console.log(
    [
      '',
      `Embed it in a chapter with <Chart id="${id}" />, and see it at /charts/ in the dev server (npm run dev).`,
      `Then write its words in src/charts/${id}/words.ts and its description and usage in chart.ts, and run`,
      `npx vitest run --project unit src/charts/${id}/chart.test.ts, npm run check, and npm run snapshots:update`,
      'to record its drawing (docs/EDITING.md, "Add a chart").',
    ].join('\n'),
  );
  return 0;
}
