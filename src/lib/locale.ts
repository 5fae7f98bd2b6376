/** The editions the site is built for. English ships first; the Chinese editions reuse every formatter. */
export const locales = ['en', 'zh-hans', 'zh-hant'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** BCP 47 tags for Intl and for the `lang` attribute. */
export const htmlLang: Record<Locale, string> = {
  en: 'en',
  'zh-hans': 'zh-Hans',
  'zh-hant': 'zh-Hant',
};

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

export function toLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

export function isChinese(locale: Locale): boolean {
  return locale !== 'en';
}
