/**
 * Every chart the site can show, by id. `buildChart` is the one way a page or an MDX chapter gets a chart:
 * it runs the pure builder, then checks the result (known facts, consistent table, every mark and label
 * inside the plot, no colliding labels) so a broken chart stops the build naming the chart and the file.
 */
import { isFactId } from '../facts/registry';
import { closestIds } from '../lib/edit-distance';
import { assertLabelsFit, assertMarksInside, type LayoutName } from './frame/labels';
import { clearGridlines } from './kit/gridlines';
import { grossMargins } from './gross-margins/spec';
import { originsTimeline } from './origins-timeline/spec';
import { revenueGrowth, revenueGrowthStates } from './revenue-growth/spec';
import { revenueMix } from './revenue-mix/spec';
import { revenueVsLoss } from './revenue-vs-loss/spec';
import { spendingMultiples } from './spending-multiples/spec';
import { backersChart } from './backers/spec';
import { valuationMultiplesChart } from './valuation-multiples/spec';
import { shakeoutTimelineChart } from './shakeout-timeline/spec';
import type { ChartBuilder, ChartOptions, ChartSpec } from './types';
import * as globalGap from './global-gap/spec';
import * as listingVerdict from './listing-verdict/spec';
import * as receivableDays from './receivable-days/spec';
import * as sixTigers from './six-tigers/spec';
import * as tokenVolumes from './token-volumes/spec';
import * as usersPayers from './users-payers/spec';

export interface ChartEntry {
  builder: ChartBuilder;
  /** Scrollytelling states the builder understands, in reading order; omit for charts without states. */
  states?: readonly string[];
  /** One line for the editors' gallery: what the chart shows. */
  description: string;
}

export const charts = {
  'global-gap': {
    builder: globalGap.build,
    states: globalGap.states,
    description: 'Revenue and capital spending in US dollars on a log scale: Zhipu and MiniMax against OpenAI, Anthropic, Manus and US tech giants.',
  },
  'listing-verdict': {
    builder: listingVerdict.build,
    states: listingVerdict.states,
    description: 'Offer price against first-day close, and market value before listing against the latest, for Zhipu and MiniMax.',
  },
  'six-tigers': {
    builder: sixTigers.build,
    description: 'Where each of the “six tigers” stands in January 2026: listed, still at the table, pivoted or out, with the figures behind each fate.',
  },
  'token-volumes': {
    builder: tokenVolumes.build,
    description: 'Tokens processed a day by OpenAI’s API, Zhipu and MiniMax, on a log scale with lower bounds marked.',
  },
  'users-payers': {
    builder: usersPayers.build,
    description: 'MiniMax’s users, monthly actives and payers beside Zhipu’s enterprise customers and developers, squares drawn to scale by area.',
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
  'shakeout-timeline': {
    builder: shakeoutTimelineChart,
    description: 'The shakeout and the giants’ entry, May 2024 to the January 2026 listings, each event dated only as precisely as the sources date it.',
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
  'origins-timeline': {
    builder: originsTimeline,
    description: 'Dual timeline of origins: Zhipu from the Tsinghua KEG lab (2016) to its listing, MiniMax from its disputed founding date to its listing days later, with industry moments.',
  },
  'revenue-mix': {
    builder: revenueMix,
    description: 'Revenue mix: Zhipu on-premise against cloud/API (2022, 2024, H1 2025); MiniMax AI-native apps against its open platform, and its overseas share.',
  },
  'gross-margins': {
    builder: grossMargins,
    description: 'Segment gross margins as a dot plot: whole company, API and each company’s other main business, Zhipu and MiniMax on shared 0–100% tracks.',
  },
  'revenue-vs-loss': {
    builder: revenueVsLoss,
    description: 'Revenue above the line, net loss below, per period and company in its reporting currency, with the loss as a multiple of revenue.',
  },
  'spending-multiples': {
    builder: spendingMultiples,
    description: 'R&D and marketing spending as multiples of 2024 revenue against a 1× revenue line, and compute’s share of R&D.',
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
      `${usedIn}: unknown chart id "${id}". Did you mean ${closestIds(id, chartIds, 3).map((known) => `"${known}"`).join(', ')}? ` +
        'The gallery at /charts/ shows every chart.',
    );
  }
  const entry: ChartEntry = charts[id];
  if (options.state !== undefined && !(entry.states ?? []).includes(options.state)) {
    const known = entry.states?.length ? `its states are ${entry.states.join(', ')}` : 'it has no states';
    throw new Error(`${usedIn}: chart "${id}" has no state "${options.state}"; ${known}.`);
  }
  const built = entry.builder(options);
  // Editors' words win over the drafted ones, for every chart alike.
  const spec: ChartSpec = {
    ...built,
    title: options.title ?? built.title,
    summary: options.summary ?? built.summary,
    narrow: clearGridlines(built.narrow),
    wide: clearGridlines(built.wide),
  };
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
