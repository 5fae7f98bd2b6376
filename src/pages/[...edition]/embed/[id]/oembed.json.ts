/** Each chart's oEmbed answer, found through the discovery link on its embed pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, chartEmbedTarget } from '../../../../charts/embed/embed-target';
import { oembedFor } from '../../../../charts/embed/oembed';
import { editionHomePath } from '../../../../charts/embed/paths';
import { buildChart, chartIds } from '../../../../charts/registry';
import { toLocale } from '../../../../lib/locale';
import { t } from '../../../../lib/strings';
import { inEveryEdition } from '../../../../i18n/editions';
import { traditionalWords } from '../../../../i18n/traditional-strings';

export const getStaticPaths = (() => inEveryEdition(chartIds.map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, currentLocale, site }) => {
  const id = params.id ?? '';
  const locale = toLocale(currentLocale);
  const spec = buildChart(id, { locale }, `src/pages/[...edition]/embed/${id}/oembed.json`);
  const home = absoluteUrl(editionHomePath(locale), site);
  const answer = oembedFor(spec, chartEmbedTarget(spec, locale, site), { name: t(locale).siteTitle, url: home });
  // JSON is not converted as rendered (src/middleware.ts); an oEmbed answer holds no seed quote, so all of it converts.
  const worded = locale === 'zh-hant' ? traditionalWords(answer) : answer;
  return new Response(`${JSON.stringify(worded, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
