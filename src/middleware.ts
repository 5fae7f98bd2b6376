/**
 * The Traditional Chinese edition is generated at build time: every page and text file under /zh-hant/ is
 * rendered from the Simplified sources, then converted here through the one converter (src/i18n/).
 * Link-preview cards are images and convert their words before drawing (src/pages/[...edition]/[chapter]/og.png.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { sitePathOf, splitEditionPath } from './i18n/href';
import { traditionalMarkup } from './i18n/traditional-markup';

// Pages, chart SVGs and the feed. The data downloads (CSV, JSON) carry seed quotes inside fields where no
// element can mark them verbatim, so they word themselves per edition (src/lib/fact-export.ts).
const convertedTypes = /^(?:text\/html|image\/svg\+xml|application\/atom\+xml)/u;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (splitEditionPath(sitePathOf(context.url.pathname)).locale !== 'zh-hant') return response;
  if (!convertedTypes.test(response.headers.get('Content-Type') ?? 'text/html')) return response;
  const text = traditionalMarkup(await response.text());
  return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
});
