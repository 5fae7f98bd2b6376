/** Each chart's data as JSON: the table it draws and every fact behind it, with sources and quotes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart, chartIds } from '../../../charts/registry';
import { getFact } from '../../../facts/registry';
import { factsToJson } from '../../../lib/fact-export';

export const getStaticPaths = (() => chartIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const id = params.id ?? '';
  const spec = buildChart(id, { locale: 'en' }, `src/pages/data/charts/${id}.json`);
  const facts = JSON.parse(factsToJson(spec.factIds.map((factId) => getFact(factId)), spec.title)) as object;
  const chart = { id: spec.id, title: spec.title, subtitle: spec.subtitle, notes: spec.notes, table: spec.table };
  return new Response(`${JSON.stringify({ chart, ...facts }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
