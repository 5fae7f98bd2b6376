/** Each chart's oEmbed answer, found through the discovery link on its embed pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, chartEmbedTarget } from '../../../../charts/embed/embed-target';
import { oembedFor } from '../../../../charts/embed/oembed';
import { editionHomePath } from '../../../../charts/embed/paths';
import { buildChart, chartIds } from '../../../../charts/registry';
import { toLocale } from '../../../../lib/locale';
import { t } from '../../../../lib/strings';
import { inEveryEdition } from '../../../../i18n/editions';

export const getStaticPaths = (() => inEveryEdition(chartIds.map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, currentLocale, site }) => {
  const id = params.id ?? '';
  const locale = toLocale(currentLocale);
  const spec = buildChart(id, { locale }, `src/pages/embed/${id}/oembed.json`);
  const home = absoluteUrl(editionHomePath(locale), site);
  const answer = oembedFor(spec, chartEmbedTarget(spec, locale, site), { name: t(locale).siteTitle, url: home });
  return new Response(`${JSON.stringify(answer, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
