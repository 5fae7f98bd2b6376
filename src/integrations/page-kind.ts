/**
 * What a built page is, read from its path, so build steps, tests and the bench that discover pages
 * in the output (rather than keep a list of them) agree on which are chapters, charts or the cover.
 * Chapter slugs come from the chapters' MDX front matter, the same files the content collection reads.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultLocale, isLocale, type Locale } from '../lib/locale.ts';

export type PageKind = 'cover' | 'chapter' | 'chart' | 'page';

export interface ChapterSlug {
  slug: string;
  order: number;
}

export interface PageRole {
  /** Path inside the site, base excluded, with leading and trailing slash: "/zh-hans/origins/". */
  path: string;
  locale: Locale;
  kind: PageKind;
  /** Pages of one type share a template: "cover", "chapter", "chart", or a page's own name ("data"). */
  type: string;
  /** Reading order, for chapters. */
  chapterOrder?: number;
}

export const chaptersFolder = 'src/content/chapters';

function frontMatterField(source: string, field: string): string | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(source)?.[1] ?? '';
  const line = new RegExp(`^${field}:\\s*['"]?([^'"\\r\\n]+?)['"]?\\s*$`, 'mu').exec(block);
  return line?.[1];
}

/** Every chapter's slug and order, once each, from the MDX files of all editions. */
export async function readChapterSlugs(projectRoot: string): Promise<ChapterSlug[]> {
  const folder = path.join(projectRoot, chaptersFolder);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const found = new Map<string, number>();
  for (const entry of entries.filter((candidate) => candidate.isFile() && candidate.name.endsWith('.mdx'))) {
    const file = path.join(entry.parentPath, entry.name);
    const source = await readFile(file, 'utf8');
    const slug = frontMatterField(source, 'slug');
    const order = Number(frontMatterField(source, 'order'));
    if (!slug || !Number.isInteger(order)) {
      throw new Error(`${path.relative(projectRoot, file)}: front matter needs a slug and an integer order`);
    }
    found.set(slug, order);
  }
  return [...found].map(([slug, order]) => ({ slug, order })).sort((a, b) => a.order - b.order);
}

export function pageRole(sitePath: string, chapters: readonly ChapterSlug[]): PageRole {
  const segments = sitePath.split('/').filter((segment) => segment.length > 0);
  const path = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  const [first] = segments;
  const locale = isLocale(first) ? first : defaultLocale;
  const inside = isLocale(first) ? segments.slice(1) : segments;
  if (inside.length === 0) return { path, locale, kind: 'cover', type: 'cover' };
  const chartsAt = inside.indexOf('charts');
  if (chartsAt >= 0 && chartsAt < inside.length - 1) return { path, locale, kind: 'chart', type: 'chart' };
  const chapter = inside.length === 1 ? chapters.find((candidate) => candidate.slug === inside[0]) : undefined;
  if (chapter) return { path, locale, kind: 'chapter', type: 'chapter', chapterOrder: chapter.order };
  return { path, locale, kind: 'page', type: inside[0] ?? 'page' };
}

/** Cover first, then chapters in reading order, then other pages, then charts; by path within. */
export function compareRoles(a: PageRole, b: PageRole): number {
  const rank: Record<PageKind, number> = { cover: 0, chapter: 1, page: 2, chart: 3 };
  return rank[a.kind] - rank[b.kind] || (a.chapterOrder ?? 0) - (b.chapterOrder ?? 0) || a.path.localeCompare(b.path);
}
