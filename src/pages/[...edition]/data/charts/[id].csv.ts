/** Each chart's facts as CSV, per edition: one row per fact, reading and source, the columns of facts.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart, chartIds } from '../../../../charts/registry';
import { getFact } from '../../../../facts/registry';
import { inEveryEdition } from '../../../../i18n/editions';
import { factsToCsv } from '../../../../lib/fact-export';
import type { Locale } from '../../../../lib/locale';

export const getStaticPaths = (() => inEveryEdition(chartIds.map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ params, props }) => {
  const id = params.id ?? '';
  const spec = buildChart(id, { locale: props.locale }, `src/pages/[...edition]/data/charts/${id}.csv`);
  return new Response(factsToCsv(spec.factIds.map((factId) => getFact(factId)), props.locale), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
