/** The Atom feed of each edition: /feed.xml for English, /zh-hans/feed.xml and /zh-hant/feed.xml beside it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionFeed } from '../../lib/edition-feed';
import { defaultLocale, locales } from '../../lib/locale';

export const getStaticPaths = (async () => {
  const site = new URL(import.meta.env.SITE);
  const feeds = await Promise.all(locales.map(async (locale) => ({ locale, xml: await editionFeed(locale, site) })));
  return feeds.flatMap(({ locale, xml }) =>
    xml === undefined ? [] : [{ params: { edition: locale === defaultLocale ? undefined : locale }, props: { xml } }],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) =>
  new Response(props.xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
