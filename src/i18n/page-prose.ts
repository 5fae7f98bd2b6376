/**
 * The prose of a non-chapter page in an edition, from src/content/pages/<language>/<page>.mdx. The
 * Traditional edition takes its own file where one is written and the Simplified one otherwise (converted
 * as the page renders, by src/middleware.ts). A missing file fails the build naming the file to write.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../lib/locale';

export type PageProse = CollectionEntry<'pages'>;

export async function pageProse(page: string, locale: Locale): Promise<PageProse> {
  const languages: Locale[] = locale === 'zh-hant' ? ['zh-hant', 'zh-hans'] : [locale];
  const entries = await getCollection('pages', (entry) => entry.id === `${entry.data.language}/${page}`);
  for (const language of languages) {
    const entry = entries.find((candidate) => candidate.data.language === language);
    if (entry) return entry;
  }
  throw new Error(`src/content/pages/${languages.at(-1)}/${page}.mdx is missing: the ${locale} edition needs the ${page} text`);
}
