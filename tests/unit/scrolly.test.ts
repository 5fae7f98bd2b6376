import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildChart, chartEntry } from '../../src/charts/registry';
import ScrollySequence from '../fixtures/ScrollySequence.astro';

let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(chart: string, states: readonly string[]): Promise<Document> {
  const html = await container.renderToString(ScrollySequence, { props: { chart, states } });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

const titleOf = (root: Element | null) => root?.querySelector('.chart-title')?.textContent;

describe('<Scrolly> and <Step>', () => {
  test('the stage holds every state of the chart, each built at that state', async () => {
    const doc = await render('receivable-days', ['early', 'stretch']);
    const states = [...doc.querySelectorAll('.scrolly-stage [data-scrolly-state]')];
    expect(states.map((s) => s.getAttribute('data-scrolly-state'))).toEqual([...chartEntry('receivable-days').states]);
    for (const state of states) {
      const name = state.getAttribute('data-scrolly-state') ?? '';
      expect(titleOf(state)).toBe(buildChart('receivable-days', { locale: 'en', state: name }).title);
      expect(state.querySelectorAll('svg.chart-svg')).toHaveLength(2);
    }
  });

  test('each step keeps its prose and carries its own numbered figure at its state, in document order', async () => {
    const doc = await render('global-gap', ['revenue', 'capex', 'all']);
    const steps = [...doc.querySelectorAll('[data-scrolly-step]')];
    expect(steps.map((s) => s.getAttribute('data-state'))).toEqual(['revenue', 'capex', 'all']);
    steps.forEach((step, index) => {
      const state = step.getAttribute('data-state') ?? '';
      expect(step.querySelector('.scrolly-step-text')?.textContent?.trim()).toBe(`Prose for the ${state} step.`);
      const figure = step.querySelector('.scrolly-step-figure');
      expect(figure?.getAttribute('data-figure-label')).toBe('Figure');
      expect(figure?.querySelector('figure')?.id).toBe(`chart-global-gap-step-${index + 1}`);
      expect(titleOf(figure)).toBe(buildChart('global-gap', { locale: 'en', state }).title);
    });
    expect(doc.querySelector('scrolly-figure')).toBeNull();
  });

  test('controls name the stage they drive and announce progress politely', async () => {
    const doc = await render('listing-verdict', ['offer', 'first-day', 'market-value']);
    const stage = doc.querySelector('.scrolly-stage');
    const buttons = [...doc.querySelectorAll('.scrolly-controls button')];
    expect(buttons).toHaveLength(2);
    for (const button of buttons) {
      expect(button.getAttribute('type')).toBe('button');
      expect(button.getAttribute('aria-controls')).toBe(stage?.id);
      expect(button.querySelector('.sr-only')?.textContent).toMatch(/^(Previous|Next) step$/u);
    }
    const status = doc.querySelector('[data-scrolly-status]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.getAttribute('data-template')).toBe('Step {n} of {total}');
  });

  test('the full frame follows the sequence once, with sources, data and the permalink anchor', async () => {
    const doc = await render('receivable-days', ['early']);
    const end = doc.querySelector('.scrolly-end figure#chart-receivable-days');
    expect(end?.querySelector('.chart-source')).not.toBeNull();
    expect(end?.querySelector('details.chart-data')).not.toBeNull();
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('steps in a row at one state share one figure, after the last of them, numbered in order', async () => {
    const doc = await render('receivable-days', ['early', 'stretch', 'stretch', 'costs']);
    const steps = [...doc.querySelectorAll('[data-scrolly-step]')];
    const carried = steps.map((step) => step.querySelector('.scrolly-step-figure figure')?.id ?? null);
    expect(carried).toEqual(['chart-receivable-days-step-1', null, 'chart-receivable-days-step-2', 'chart-receivable-days-step-3']);
    expect(titleOf(steps[2]?.querySelector('.scrolly-step-figure') ?? null)).toBe(buildChart('receivable-days', { locale: 'en', state: 'stretch' }).title);
    expect(steps[1]?.querySelector('.scrolly-step-figure')).toBeNull();
  });

  test('a state the chart does not know fails naming the step', async () => {
    await expect(render('receivable-days', ['early', 'later'])).rejects.toThrow(/fixture\.mdx:3: chart "receivable-days" has no state "later"/u);
  });

  test('an unknown state fails naming its step even where a later step carries the figure', async () => {
    await expect(render('receivable-days', ['early', 'later', 'later'])).rejects.toThrow(/fixture\.mdx:3: chart "receivable-days" has no state "later"/u);
  });

  test('a chart without states cannot be a sequence', async () => {
    await expect(render('users-payers', ['all'])).rejects.toThrow(/fixture\.mdx:1: <Scrolly chart="users-payers"> needs a chart with states/u);
  });
});
