import { defaultLocale, type Locale } from '../lib/locale';

/** The site path of a page in an edition, base path excluded: editionPath('zh-hant', '/data/') is '/zh-hant/data/'. */
export function editionPath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}
