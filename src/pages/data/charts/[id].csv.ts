/** Each chart's facts as CSV: one row per fact, reading and source, the same columns as /data/facts.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart, chartIds } from '../../../charts/registry';
import { getFact } from '../../../facts/registry';
import { factsToCsv } from '../../../lib/fact-export';

export const getStaticPaths = (() => chartIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const id = params.id ?? '';
  const spec = buildChart(id, { locale: 'en' }, `src/pages/data/charts/${id}.csv`);
  return new Response(factsToCsv(spec.factIds.map((factId) => getFact(factId))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
