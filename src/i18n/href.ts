/**
 * Internal links of every edition. A site path ("/data/") names a page independently of edition and base
 * path; `href` gives the link a reader follows in one edition, base path included.
 */
import { defaultLocale, isLocale, type Locale } from '../lib/locale';
import { withBase } from '../lib/urls';
import { editionPath } from './edition-path';

export { editionPath };

/** The link to a page in an edition, base path included: href('zh-hans', '/data/') is '/zh-hans/data/' at the root. */
export function href(locale: Locale, path: string): string {
  return withBase(editionPath(locale, path));
}

/** The edition of a site path (base excluded) and the path of the page within the edition. */
export function splitEditionPath(sitePath: string): { locale: Locale; path: string } {
  const [, first = '', ...rest] = sitePath.split('/');
  if (isLocale(first) && first !== defaultLocale) return { locale: first, path: `/${rest.join('/')}` };
  return { locale: defaultLocale, path: sitePath };
}

/** A request's path without the base path: '/two-ways/zh-hans/data/' under base '/two-ways/' is '/zh-hans/data/'. */
export function sitePathOf(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/u, '');
  return base !== '' && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}
