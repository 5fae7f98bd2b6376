/**
 * The Atom feed of one edition: its published chapters with their summaries, and the corrections log.
 * Each edition has its own feed at its own root (/feed.xml, /zh-hans/feed.xml), so a reader follows the
 * story in the language they read it in.
 */
import { atomFeed, type AtomEntry } from './atom';
import { chapterPath, chaptersFor, type ChapterEntry } from './chapters';
import { allCorrections, correctionText } from './corrections';
import { defaultLocale, htmlLang, type Locale } from './locale';
import { t } from './strings';
import { feedPath, withBase } from './urls';

function editionHome(locale: Locale): string {
  return locale === defaultLocale ? '/' : `/${locale}/`;
}

function chapterEntry(chapter: ChapterEntry, site: URL): AtomEntry {
  const { title, summary, published, updated } = chapter.data;
  const url = new URL(withBase(chapterPath(chapter)), site).href;
  return { id: url, title, link: url, summary, published, updated: updated ?? published, category: 'chapter' };
}

/**
 * Corrections name a chapter by its slug, which every edition shares; each edition lists those to its own
 * chapters, in its own words, and only those that reached it (src/lib/corrections.ts).
 */
async function correctionEntries(chapters: readonly ChapterEntry[], locale: Locale, site: URL): Promise<AtomEntry[]> {
  const bySlug = new Map(chapters.map((chapter) => [chapter.data.slug, chapter]));
  const corrections = await allCorrections(locale);
  return corrections.flatMap((correction) => {
    const { id } = correction;
    const chapter = bySlug.get(correction.chapter);
    if (!chapter) return [];
    const url = new URL(withBase(chapterPath(chapter)), site).href;
    return [
      {
        id: `${url}#correction-${id}`,
        title: t(locale).feed.correctionTitle(chapter.data.title),
        link: url,
        summary: correctionText(correction),
        updated: correction.date,
        category: 'correction',
      },
    ];
  });
}

async function feedEntries(locale: Locale, site: URL): Promise<AtomEntry[]> {
  const chapters = await chaptersFor(locale);
  return [...chapters.map((chapter) => chapterEntry(chapter, site)), ...(await correctionEntries(chapters, locale, site))];
}

/** The path of the edition's feed for the pages' head, or undefined while it has nothing published to list. */
export async function editionFeedPath(locale: Locale, site: URL): Promise<string | undefined> {
  return (await feedEntries(locale, site)).length > 0 ? withBase(feedPath(locale)) : undefined;
}

/** The feed's XML, or undefined while the edition has nothing published to list. */
export async function editionFeed(locale: Locale, site: URL): Promise<string | undefined> {
  const entries = await feedEntries(locale, site);
  if (entries.length === 0) return undefined;
  const strings = t(locale);
  return atomFeed({
    self: new URL(withBase(feedPath(locale)), site).href,
    home: new URL(withBase(editionHome(locale)), site).href,
    lang: htmlLang[locale],
    title: strings.siteTitle,
    subtitle: strings.siteTagline,
    author: strings.desk,
    icon: new URL(withBase('/favicon.svg'), site).href,
    entries,
  });
}
