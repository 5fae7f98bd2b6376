/**
 * Where a chart travels: its embed pages, its oEmbed answer and its SVG exports, per edition. English sits
 * at the root and the Chinese editions under their locale (/zh-hans/embed/<id>/), the same rule as the
 * chapters, so a new edition needs only its routes.
 */
import { defaultLocale, locales, type Locale } from '../../lib/locale.ts';

export type ExportLayout = 'narrow' | 'wide';
export const exportLayouts: readonly ExportLayout[] = ['narrow', 'wide'];

function editionPrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** The cover of an edition: "/" or "/zh-hans/". */
export function editionHomePath(locale: Locale): string {
  return `${editionPrefix(locale)}/`;
}

/** The embed page of a chart's default view: "/embed/revenue-growth/". */
export function embedPath(id: string, locale: Locale): string {
  return `${editionPrefix(locale)}/embed/${id}/`;
}

/** The embed page of a chart's scrollytelling sequence, every state stacked in reading order. */
export function sequenceEmbedPath(id: string, locale: Locale): string {
  return `${embedPath(id, locale)}sequence/`;
}

export function oembedPath(id: string, locale: Locale): string {
  return `${embedPath(id, locale)}oembed.json`;
}

/** A standalone SVG of one layout: "/embed/revenue-growth/revenue-growth-wide.svg". */
export function svgExportPath(id: string, layout: ExportLayout, locale: Locale): string {
  return `${embedPath(id, locale)}${id}-${layout}.svg`;
}

const embedPage = new RegExp(`^/(?:(?:${locales.join('|')})/)?embed/`, 'u');

/** Whether a site path (base excluded) is an embed page, the only pages other sites may frame. */
export function isEmbedPath(sitePath: string): boolean {
  return embedPage.test(sitePath);
}
