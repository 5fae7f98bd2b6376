/**
 * Every chart the site can show, by id. `buildChart` is the one way a page or an MDX chapter gets a chart:
 * it runs the pure builder, then checks the result (known facts, consistent table, every mark and label
 * inside the plot, no colliding labels) so a broken chart stops the build naming the chart and the file.
 */
import { isFactId } from '../facts/registry';
import { assertLabelsFit, assertMarksInside, type LayoutName } from './frame/labels';
import { revenueGrowth, revenueGrowthStates } from './revenue-growth/spec';
import { backersChart } from './backers/spec';
import { valuationMultiplesChart } from './valuation-multiples/spec';
import type { ChartBuilder, ChartOptions, ChartSpec } from './types';
import * as listingVerdict from './listing-verdict/spec';
import * as receivableDays from './receivable-days/spec';

export interface ChartEntry {
  builder: ChartBuilder;
  /** Scrollytelling states the builder understands, in reading order; omit for charts without states. */
  states?: readonly string[];
  /** One line for the editors' gallery: what the chart shows. */
  description: string;
}

export const charts = {
  'listing-verdict': {
    builder: listingVerdict.build,
    states: listingVerdict.states,
    description: 'Offer price against first-day close, and market value before listing against the latest, for Zhipu and MiniMax.',
  },
  'receivable-days': {
    builder: receivableDays.build,
    states: receivableDays.states,
    description: 'Zhipu’s average trade receivable turnover days, 2022 to H1 2025: customers take ever longer to pay.',
  },
  'valuation-multiples': {
    builder: valuationMultiplesChart,
    description: 'Valuation before listing and market value after, as multiples of 2024 revenue: computed by us at assumed exchange rates.',
  },
  backers: {
    builder: backersChart,
    description: 'Who backed whom before the listings: state capital behind Zhipu, tech companies and international investors behind MiniMax (names only; no source gives stakes).',
  },
  'revenue-growth': {
    builder: revenueGrowth,
    states: revenueGrowthStates,
    description: 'Revenue by period as small multiples, each company in its reporting currency, with a common-currency (RMB) state.',
  },
} as const satisfies Record<string, ChartEntry>;

export type ChartId = keyof typeof charts;

export const chartIds = Object.keys(charts) as ChartId[];

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(charts, id);
}

export function chartEntry(id: ChartId): ChartEntry {
  return charts[id];
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

/**
 * Builds a chart for a page. `usedIn` names the caller ("src/content/chapters/en/2-to-b.mdx:42") so an
 * unknown id or state fails the build pointing at the line to fix.
 */
export function buildChart(id: string, options: ChartOptions, usedIn = 'unknown file'): ChartSpec {
  if (!isChartId(id)) {
    throw new Error(
      `${usedIn}: unknown chart id "${id}". Known charts: ${chartIds.join(', ')}. The gallery at /charts/ shows each one.`,
    );
  }
  const entry: ChartEntry = charts[id];
  if (options.state !== undefined && !(entry.states ?? []).includes(options.state)) {
    const known = entry.states?.length ? `its states are ${entry.states.join(', ')}` : 'it has no states';
    throw new Error(`${usedIn}: chart "${id}" has no state "${options.state}"; ${known}.`);
  }
  const built = entry.builder(options);
  // Editors' words win over the drafted ones, for every chart alike.
  const spec: ChartSpec = { ...built, title: options.title ?? built.title, summary: options.summary ?? built.summary };
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
