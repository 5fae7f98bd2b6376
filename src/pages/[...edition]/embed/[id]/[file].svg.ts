/** Each chart as a standalone SVG file per layout: /embed/<chart-id>/<chart-id>-narrow.svg and -wide.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../../../charts/embed/embed-target';
import { exportLayouts, type ExportLayout } from '../../../../charts/embed/paths';
import { sourceLineText } from '../../../../charts/embed/source-line';
import { standaloneSvg } from '../../../../charts/embed/standalone-svg';
import { storyPathFor } from '../../../../charts/embed/story-path';
import { travelWords } from '../../../../charts/embed/words';
import { buildChart, chartIds } from '../../../../charts/registry';
import { htmlLang, toLocale } from '../../../../lib/locale';
import { t } from '../../../../lib/strings';
import { inEveryEdition } from '../../../../i18n/editions';

export const getStaticPaths = (() =>
  inEveryEdition(chartIds.flatMap((id) => exportLayouts.map((layout) => ({ params: { id, file: `${id}-${layout}` }, props: { layout } }))))) satisfies GetStaticPaths;

export const GET: APIRoute<{ layout: ExportLayout }> = async ({ params, props, currentLocale, site }) => {
  const id = params.id ?? '';
  const locale = toLocale(currentLocale);
  const spec = buildChart(id, { locale }, `src/pages/[...edition]/embed/${id}/${params.file}.svg`);
  const story = absoluteUrl(await storyPathFor(id, locale), site);
  const svg = standaloneSvg(spec, props.layout, {
    lang: htmlLang[locale],
    sourceLine: sourceLineText(spec, locale),
    credit: `${travelWords(locale).credit(t(locale).siteTitle)} · ${story.href}`,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
