import { editionPath } from '../i18n/edition-path';
import { defaultLocale, type Locale } from './locale';

/** Internal links go through here so the site works under any base path (Astro `base`). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/u, '');
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base}${clean}`;
}

/** The anchor of a fact's entry on the data page. */
export function factAnchor(id: string): string {
  // Dots are legal in HTML ids but clash with CSS selectors and strict validators; ids never contain "_".
  return `fact-${id.replaceAll('.', '_')}`;
}

/** A fact's entry on the data page of the reader's edition. */
export function factHref(id: string, locale: Locale): string {
  return withBase(editionPath(locale, `/data/#${factAnchor(id)}`));
}

/** The anchor of a cited passage's entry on the sources page. */
export function passageAnchor(id: string): string {
  return `passage-${id.replaceAll('.', '_')}`;
}

/** Each edition's Atom feed sits at the edition's root: /feed.xml, /zh-hans/feed.xml. Base path excluded. */
export function feedPath(locale: Locale): string {
  return locale === defaultLocale ? '/feed.xml' : `/${locale}/feed.xml`;
}
