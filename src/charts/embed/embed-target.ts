/** The public addresses and first-guess size of a chart's embed, for the gallery, oEmbed and the embed pages. */
import { withBase } from '../../lib/urls';
import type { Locale } from '../../lib/locale';
import type { ChartSpec } from '../types';
import { embedPath, oembedPath, sequenceEmbedPath } from './paths';
import type { EmbedTarget } from './snippet';

/**
 * Headline, key, notes, source line and the link back take about this much besides the plot at the wide
 * layout; the height message corrects it as soon as the frame loads.
 */
const chromeHeight = 280;

export function absoluteUrl(sitePath: string, site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs needs `site` (SITE_URL) for the absolute addresses of embeds and oEmbed');
  return new URL(withBase(sitePath), site);
}

export function chartEmbedTarget(spec: ChartSpec, locale: Locale, site: URL | undefined): EmbedTarget {
  return { src: absoluteUrl(embedPath(spec.id, locale), site), title: spec.title, height: spec.wide.height + chromeHeight };
}

/** The sequence stacks every state, each about as tall as the chart itself. */
export function sequenceEmbedTarget(spec: ChartSpec, stateCount: number, locale: Locale, site: URL | undefined): EmbedTarget {
  return {
    src: absoluteUrl(sequenceEmbedPath(spec.id, locale), site),
    title: spec.title,
    height: stateCount * (spec.wide.height + chromeHeight),
  };
}

export function oembedUrl(id: string, locale: Locale, site: URL | undefined): URL {
  return absoluteUrl(oembedPath(id, locale), site);
}
