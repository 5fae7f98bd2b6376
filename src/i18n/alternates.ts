/**
 * The same page in every edition: what the language switcher links to and what hreflang announces.
 * English is the x-default, the edition for readers whose language none of the editions matches.
 */
import { htmlLang, locales, type Locale } from '../lib/locale';
import { href, sitePathOf, splitEditionPath } from './href';

export interface Alternate {
  locale: Locale;
  /** BCP 47, for hreflang and lang. */
  lang: string;
  /** Link with base path. */
  href: string;
}

/** Each edition's name in its own script, so a reader finds their language whatever the page's. */
export const autonyms: Record<Locale, string> = {
  en: 'English',
  'zh-hans': '简体中文',
  'zh-hant': '繁體中文',
};

/** Open Graph wants language_TERRITORY: the Simplified edition is written for the mainland, the Traditional for Hong Kong. */
export const ogLocale: Record<Locale, string> = { en: 'en_US', 'zh-hans': 'zh_CN', 'zh-hant': 'zh_HK' };

/**
 * The page at `pathname` (as Astro.url.pathname gives it, base included) in each of `editions`, which
 * defaults to all: a chapter not yet written in an edition passes the editions that have it.
 */
export function alternatesOf(pathname: string, editions: readonly Locale[] = locales): Alternate[] {
  const { path } = splitEditionPath(sitePathOf(pathname));
  return editions.map((locale) => ({ locale, lang: htmlLang[locale], href: href(locale, path) }));
}
