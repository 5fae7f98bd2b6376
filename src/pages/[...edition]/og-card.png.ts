/**
 * The link-preview card of the Chinese editions' other pages: /zh-hans/og-card.png, /zh-hant/og-card.png.
 * English has its card in public/og-card.png.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { everyEdition } from '../../i18n/editions';
import type { Locale } from '../../lib/locale';
import { cardPng } from '../../lib/og-card';
import { t } from '../../lib/strings';

export const getStaticPaths = (() => everyEdition().filter(({ props }) => props.locale !== 'en')) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const strings = t(props.locale);
  const png = await cardPng({ kicker: strings.kicker, title: strings.siteTitle, summary: strings.siteTagline, site: strings.publisher, locale: props.locale });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
