/**
 * Every chart the site can show, by id, found from the chart folders. `buildChart` is the one way a page or
 * an MDX chapter gets a chart: it runs the pure builder, then checks the result (known facts, consistent table, every mark and label
 * inside the plot, no colliding labels) so a broken chart stops the build naming the chart and the file.
 */
import { isFactId } from '../facts/registry';
import { closestIds } from '../lib/edit-distance';
import { assertLabelsFit, assertMarksInside, type LayoutName } from './frame/labels';
import type { ChartDefinition } from './kit/define-chart';
import { clearGridlines } from './kit/gridlines';
import { localiseSeparators } from './kit/chinese-separators';
import type { ChartOptions, ChartSpec } from './types';

/** A chart folder's name under src/charts/; buildChart checks it. */
export type ChartId = string;

/**
 * Every folder with a chart.ts is a chart; its folder name must be its id, so the file an editor looks for
 * is the one the id names. Vite (the build and Vitest) reads the folders; scripts run by plain Node must
 * not import this module.
 */
function collect(modules: Record<string, ChartDefinition>): ReadonlyMap<ChartId, ChartDefinition> {
  const found = new Map<ChartId, ChartDefinition>();
  for (const [file, definition] of Object.entries(modules)) {
    const folder = /^\.\/([^/]+)\/chart\.ts$/u.exec(file)?.[1];
    if (definition?.id !== folder) {
      throw new Error(`src/charts/${file.slice(2)}: the default export must be defineChart(…) or definePlotChart(…) with id "${folder}", the folder's name.`);
    }
    found.set(folder, definition);
  }
  return found;
}

const definitions = collect(import.meta.glob<ChartDefinition>('./*/chart.ts', { eager: true, import: 'default' }));

/** Chart ids in folder order (alphabetical). */
export const chartIds: readonly ChartId[] = [...definitions.keys()];

export function isChartId(id: string): id is ChartId {
  return definitions.has(id);
}

export function chartEntry(id: ChartId): ChartDefinition {
  const definition = definitions.get(id);
  if (!definition) throw new Error(`Unknown chart id "${id}"; the charts are ${chartIds.join(', ')}.`);
  return definition;
}

function checkSpec(id: string, spec: ChartSpec, where: string): void {
  const problems: string[] = [];
  if (spec.id !== id) problems.push(`the builder returned a spec with id "${spec.id}"`);
  if (!spec.title.trim()) problems.push('the title is empty');
  if (!spec.summary.trim()) problems.push('the summary is empty');
  if (spec.factIds.length === 0) problems.push('it names no facts, so it has no source line');
  for (const factId of spec.factIds) if (!isFactId(factId)) problems.push(`it names an unknown fact "${factId}"`);
  spec.table.rows.forEach((row, index) => {
    if (row.length !== spec.table.columns.length) {
      problems.push(`table row ${index + 1} has ${row.length} cells for ${spec.table.columns.length} columns`);
    }
  });
  if (spec.table.rows.length === 0) problems.push('the data table has no rows');
  if (problems.length > 0) throw new Error(`${where}: chart "${id}" is malformed: ${problems.join('; ')}.`);
}

/** Fails naming `usedIn` unless chart `id` has the state `state`. */
export function assertChartState(id: ChartId, state: string, usedIn: string): void {
  const { states } = chartEntry(id);
  if (states.includes(state)) return;
  const known = states.length > 0 ? `its states are ${states.join(', ')}` : 'it has no states';
  throw new Error(`${usedIn}: chart "${id}" has no state "${state}"; ${known}.`);
}

/**
 * Builds a chart for a page. `usedIn` names the caller ("src/content/chapters/en/2-to-b.mdx:42") so an
 * unknown id or state fails the build pointing at the line to fix.
 */
export function buildChart(id: string, options: ChartOptions, usedIn = 'unknown file'): ChartSpec {
  if (!isChartId(id)) {
    throw new Error(
      `${usedIn}: unknown chart id "${id}". Did you mean ${closestIds(id, chartIds, 3).map((known) => `"${known}"`).join(', ')}? ` +
        'The gallery at /charts/ shows every chart.',
    );
  }
  const definition = chartEntry(id);
  if (options.state !== undefined) assertChartState(id, options.state, usedIn);
  const built = definition.build(options);
  // Editors' words win over the drafted ones, for every chart alike.
  const spec: ChartSpec = localiseSeparators(
    {
      ...built,
      title: options.title ?? built.title,
      summary: options.summary ?? built.summary,
      narrow: clearGridlines(built.narrow),
      wide: clearGridlines(built.wide),
    },
    options.locale,
  );
  const context = `locale ${options.locale}${options.state ? `, state "${options.state}"` : ''}`;
  checkSpec(id, spec, usedIn);
  for (const name of ['narrow', 'wide'] as const satisfies readonly LayoutName[]) {
    try {
      assertMarksInside(id, name, spec[name]);
      assertLabelsFit(id, name, spec[name]);
    } catch (error) {
      throw new Error(`${usedIn}: ${(error as Error).message} [${context}]`, { cause: error });
    }
  }
  return spec;
}
