/** Each chart's data as JSON, per edition: the table it draws and every fact behind it, with sources and quotes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart, chartIds } from '../../../../charts/registry';
import { getFact } from '../../../../facts/registry';
import { inEveryEdition } from '../../../../i18n/editions';
import { factsToJson } from '../../../../lib/fact-export';
import type { Locale } from '../../../../lib/locale';

export const getStaticPaths = (() => inEveryEdition(chartIds.map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ params, props }) => {
  const id = params.id ?? '';
  const spec = buildChart(id, { locale: props.locale }, `src/pages/[...edition]/data/charts/${id}.json`);
  const facts = JSON.parse(factsToJson(spec.factIds.map((factId) => getFact(factId)), spec.title, props.locale)) as object;
  const chart = { id: spec.id, title: spec.title, subtitle: spec.subtitle, notes: spec.notes, table: spec.table };
  return new Response(`${JSON.stringify({ chart, ...facts }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
