/**
 * The one shape every chart folder exports: `src/charts/<id>/chart.ts` has `export default defineChart(…)`
 * (or `definePlotChart(…)`, which returns the same shape), and the registry finds it by that file name, so
 * adding a folder is all it takes to add a chart. The description and usage note are for editors: the
 * gallery in the preview server shows them beside each chart.
 */
import type { FactId } from '../../facts/registry';
import type { Words } from '../frame/draft-text';
import type { ChartBuilder } from '../types';

export interface ChartDefinition<T = unknown> {
  /** The folder name; also the permalink anchor (#chart-<id>) and the download file names. */
  id: string;
  /** One sentence: what the chart shows. */
  description: Words<string>;
  /** One sentence: when to use it in a chapter, and which state to pick. */
  usage: Words<string>;
  /** The chart's own words per language (labels, headlines, notes); chosen through pickWords. */
  words: Words<T>;
  /** Every fact the chart can draw, in any state. */
  facts: readonly FactId[];
  /** Scrollytelling states in reading order; empty for a chart without states. */
  states: readonly string[];
  /** Pure: facts, locale and state in, words, table and the two layouts out. */
  build: ChartBuilder;
}

export interface ChartDefinitionInput<T, State extends string> extends Omit<ChartDefinition<T>, 'states'> {
  states?: readonly State[];
}

/** Checks the shape once, at import, so a malformed folder fails naming itself rather than at first use. */
export function defineChart<T, const State extends string = never>(input: ChartDefinitionInput<T, State>): ChartDefinition<T> {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9-]*$/u.test(input.id)) problems.push(`the id "${input.id}" must be lower-case words joined by hyphens`);
  for (const [field, words] of [['description', input.description], ['usage', input.usage]] as const) {
    if (!words.en.trim() || !words['zh-hans'].trim()) problems.push(`the ${field} needs English and Simplified Chinese`);
  }
  if (input.facts.length === 0) problems.push('it names no facts');
  const states = input.states ?? [];
  if (new Set(states).size !== states.length) problems.push('a state is listed twice');
  if (problems.length > 0) throw new Error(`src/charts/${input.id}/chart.ts: ${problems.join('; ')}.`);
  return { ...input, states };
}

/**
 * The facts a bespoke chart draws in any state, read off its English output (every edition draws the same
 * facts), for charts whose spec picks facts as it draws rather than from one list.
 */
export function drawnFacts(build: ChartBuilder, states: readonly string[] = []): FactId[] {
  const seen = new Set<FactId>();
  for (const state of states.length > 0 ? states : [undefined]) {
    for (const id of build({ locale: 'en', state }).factIds) seen.add(id);
  }
  return [...seen];
}
