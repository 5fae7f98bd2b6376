/**
 * Every chart travels: an embed page with its headline, source line and a link back to the story that shows
 * it, a sequence page with every state for charts with states, an oEmbed answer found by its discovery
 * link, a height script far under 1 KB, and framing allowed on embed pages only.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { buildChart, chartEntry, chartIds } from '../../src/charts/registry';
import { headersFor, readHeadersFile } from '../support/headers-file';
import { distRoot, publicRoot } from '../support/site';
import { pageWeight } from '../support/weight';

const root = await publicRoot();
const headerRules = await readHeadersFile(distRoot);

const readPage = (sitePath: string) => readFile(path.join(distRoot, sitePath, 'index.html'), 'utf8');
const framing = (sitePath: string) =>
  headersFor(headerRules, `${root.pathname.replace(/\/$/u, '')}${sitePath}`)
    .filter(([name]) => name.toLowerCase() === 'content-security-policy')
    .map(([, value]) => /frame-ancestors [^;]+/u.exec(value)?.[0]);

describe.each(chartIds.map((id) => [id] as const))('%s', (id) => {
  const sitePath = `/embed/${id}/`;
  const spec = buildChart(id, { locale: 'en' });

  test('has an embed page with its headline, source line and a link back to the story that shows it', async () => {
    const document = pageDocument(await readPage(sitePath));
    expect(document.querySelector('h1')?.textContent).toBe(spec.title);
    expect(document.querySelector(`figure[data-chart="${id}"] .chart-title`)?.textContent).toBe(spec.title);
    expect(document.querySelectorAll('.chart-source a').length, 'links in the source line').toBeGreaterThan(0);
    const story = document.querySelector('.embed-credit a')?.getAttribute('href') ?? '';
    const storyPath = story.slice(root.pathname.length - 1);
    const storyHtml = await readPage(storyPath);
    const showsChart = storyHtml.includes(`data-chart="${id}"`);
    expect(showsChart || storyPath === '/', `${story} shows ${id}, or is the cover`).toBe(true);
    expect(document.querySelectorAll('header, footer, nav').length, 'site chrome on an embed').toBe(0);
  });

  test('answers oEmbed at the address its discovery link gives', async () => {
    const document = pageDocument(await readPage(sitePath));
    const link = document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href');
    expect(link).toBe(new URL(`embed/${id}/oembed.json`, root).href);
    const answer = JSON.parse(await readFile(path.join(distRoot, 'embed', id, 'oembed.json'), 'utf8')) as Record<string, unknown>;
    expect({ version: answer.version, type: answer.type, title: answer.title }).toEqual({ version: '1.0', type: 'rich', title: spec.title });
    expect(answer.html).toContain(`<iframe src="${new URL(`embed/${id}/`, root).href}"`);
    expect(answer.html).toContain(`event.origin !== "${root.origin}"`);
    expect(answer.width).toBe(720);
    expect(answer.height).toBeGreaterThan(200);
  });

  test('may be framed by any site, while its story may not', () => {
    expect(framing(sitePath)).toEqual(['frame-ancestors *']);
    expect(framing('/')).toEqual(["frame-ancestors 'none'"]);
  });
});

const sequenced = chartIds.filter((id) => chartEntry(id).states.length > 0);
const unsequenced = chartIds.filter((id) => !sequenced.includes(id));

test.each(sequenced)('%s has a sequence embed with every state stacked, sources once at the end', async (id) => {
  const sitePath = `/embed/${id}/sequence/`;
  const document = pageDocument(await readPage(sitePath));
  const titles = [...document.querySelectorAll('figure.chart .chart-title')].map((title) => title.textContent);
  expect(titles).toEqual(chartEntry(id).states.map((state) => buildChart(id, { locale: 'en', state }).title));
  expect(document.querySelectorAll('.chart-source').length).toBe(1);
  expect(framing(sitePath)).toEqual(['frame-ancestors *']);
});

test.each(unsequenced)('%s, having no states, has no sequence embed', (id) => {
  expect(existsSync(path.join(distRoot, 'embed', id, 'sequence'))).toBe(false);
});

test('the height script of an embed page weighs under 1 KB gzipped', async () => {
  const weight = await pageWeight(distRoot, root, '/embed/receivable-days/', await readPage('/embed/receivable-days/'));
  expect(weight.js.gzip).toBeGreaterThan(0);
  expect(weight.js.gzip).toBeLessThan(1000);
});
