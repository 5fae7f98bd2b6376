/**
 * Which passages an edition cites, grouped by the article they come from, for the sources page, and the
 * rule that every edition of a chapter cites the same passages. A passage counts as cited when a chapter
 * names it in a <Cite>, or when it belongs to the site pages' own module (the methodology page cites those).
 */
import type { SeedFile } from '../../seeds/index';
import type { Passage } from '../passages/registry';
import { citedPassageIds } from './chapter-text';

export interface CitingChapter {
  title: string;
  href: string;
  /** The chapter's MDX source. */
  body: string;
}

export interface CitedPassage {
  passage: Passage;
  /** The chapters citing it, in reading order; empty for a passage only the site pages cite. */
  chapters: readonly Pick<CitingChapter, 'title' | 'href'>[];
}

export function citedPassagesBySeed(
  chapters: readonly CitingChapter[],
  allPassages: readonly Passage[],
  sitePassageIds: ReadonlySet<string>,
  seedTexts: Readonly<Record<string, string>>,
): Map<SeedFile, CitedPassage[]> {
  const citing = chapters.map((chapter) => ({ chapter, ids: new Set(citedPassageIds(chapter.body)) }));
  const bySeed = new Map<SeedFile, CitedPassage[]>();
  for (const passage of allPassages) {
    const chaptersCiting = citing.filter(({ ids }) => ids.has(passage.id)).map(({ chapter }) => ({ title: chapter.title, href: chapter.href }));
    if (chaptersCiting.length === 0 && !sitePassageIds.has(passage.id)) continue;
    bySeed.set(passage.seed, [...(bySeed.get(passage.seed) ?? []), { passage, chapters: chaptersCiting }]);
  }
  // In the order a reader of the article meets them.
  for (const [seed, list] of bySeed) {
    const text = seedTexts[seed] ?? '';
    list.sort((a, b) => text.indexOf(a.passage.quote) - text.indexOf(b.passage.quote));
  }
  return bySeed;
}

export interface ChapterEdition {
  file: string;
  slug: string;
  body: string;
}

/** Every edition of a chapter cites the same passages; one line per edition that differs from the first. */
export function editionCitationMismatches(editions: readonly ChapterEdition[]): string[] {
  const bySlug = Map.groupBy(editions, (edition) => edition.slug);
  const problems: string[] = [];
  for (const [slug, [first, ...others]] of bySlug) {
    if (!first) continue;
    const expected = new Set(citedPassageIds(first.body));
    for (const edition of others) {
      const cited = new Set(citedPassageIds(edition.body));
      const missing = [...expected].filter((id) => !cited.has(id));
      const extra = [...cited].filter((id) => !expected.has(id));
      if (missing.length > 0 || extra.length > 0) {
        problems.push(
          `${edition.file} (chapter "${slug}") cites different passages from ${first.file}: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`,
        );
      }
    }
  }
  return problems;
}
