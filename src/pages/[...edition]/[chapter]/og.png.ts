/** Each chapter's link-preview card in each edition, drawn at build time (see src/lib/og-card.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionParam } from '../../../i18n/editions';
import { chaptersFor, type ChapterEntry } from '../../../lib/chapters';
import { locales } from '../../../lib/locale';
import { cardPng } from '../../../lib/og-card';
import { t } from '../../../lib/strings';

export const getStaticPaths = (async () => {
  const editions = await Promise.all(locales.map(async (locale) => ({ locale, chapters: await chaptersFor(locale) })));
  return editions.flatMap(({ locale, chapters }) =>
    chapters.map((entry) => ({ params: { edition: editionParam(locale), chapter: entry.data.slug }, props: { entry, total: chapters.length } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ChapterEntry; total: number }> = async ({ props }) => {
  const { entry, total } = props;
  const strings = t(entry.data.language);
  const png = await cardPng({
    kicker: strings.chapterOf(entry.data.order, total),
    title: entry.data.title,
    summary: entry.data.summary,
    site: strings.siteTitle,
    locale: entry.data.language,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
