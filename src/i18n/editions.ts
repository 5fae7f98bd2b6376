/**
 * Every page exists once per edition: English at the root, the Chinese editions under their locale with the
 * same path (/data/, /zh-hans/data/, /zh-hant/data/). Routes live under src/pages/[...edition]/ and take
 * their static paths from here, so a page cannot ship in one edition and be forgotten in another.
 */
import { defaultLocale, locales, type Locale } from '../lib/locale';

export type EditionParams = { edition: string | undefined };

/** One object type rather than an intersection, so Astro's index-signature Params accepts it. */
type Flat<T> = { [K in keyof T]: T[K] };

/** The `[...edition]` route parameter: none for English, the locale for the others. */
export function editionParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** Static paths of a page that every edition has once. */
export function everyEdition(): { params: EditionParams; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { edition: editionParam(locale) }, props: { locale } }));
}

/** Static paths of a page with paths of its own (one per chart, say), crossed with every edition. */
export function inEveryEdition<Params extends Record<string, string>, Props extends object = Record<never, never>>(
  paths: readonly { params: Params; props?: Props }[],
): { params: Flat<Params & EditionParams>; props: Props & { locale: Locale } }[] {
  return locales.flatMap((locale) =>
    paths.map(({ params, props }) => ({
      params: { ...params, edition: editionParam(locale) },
      props: { ...(props ?? ({} as Props)), locale },
    })),
  );
}
