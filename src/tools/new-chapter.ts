/**
 * The pieces of `npm run new:chapter -- <slug>`: where a new chapter goes, its order, and a first draft
 * whose frontmatter passes the schema in src/content.config.ts, so the editor starts from a page that builds.
 */
import path from 'node:path';
import { lastChapterOrder } from '../lib/chapter-order.ts';

export interface ExistingChapter {
  /** Path relative to the chapters folder, e.g. "en/01-origins.mdx". */
  file: string;
  source: string;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

function frontmatterField(source: string, field: string): string | undefined {
  const frontmatter = /^---\n([\s\S]*?)\n---/u.exec(source)?.[1] ?? '';
  return new RegExp(`^${field}:\\s*(.+)$`, 'mu').exec(frontmatter)?.[1]?.trim();
}

/** Why `slug` cannot be a new chapter's slug, or undefined when it can. */
export function slugProblem(slug: string, existing: readonly ExistingChapter[]): string | undefined {
  if (!slugPattern.test(slug)) return `"${slug}" is not a slug: use lower-case words joined by hyphens, e.g. "the-next-round".`;
  const taken = existing.find((chapter) => frontmatterField(chapter.source, 'slug') === slug);
  return taken ? `a chapter with slug "${slug}" already exists: src/content/chapters/${taken.file}.` : undefined;
}

/** One more than the highest order any edition uses. */
export function nextOrder(existing: readonly ExistingChapter[]): number {
  const orders = existing.map((chapter) => Number(frontmatterField(chapter.source, 'order'))).filter(Number.isInteger);
  return Math.max(0, ...orders) + 1;
}

/** Why no chapter can take `order`, or undefined when one can. */
export function orderProblem(order: number): string | undefined {
  return order > lastChapterOrder
    ? `the story has room for ${lastChapterOrder} chapters and all are taken; raise lastChapterOrder in src/lib/chapter-order.ts first.`
    : undefined;
}

/** "en/06-the-next-round.mdx", numbered like the chapters beside it. */
export function chapterFile(language: string, order: number, slug: string): string {
  return path.posix.join(language, `${String(order).padStart(2, '0')}-${slug}.mdx`);
}

/** A draft chapter: placeholder words long enough for the schema, the given order and publication day. */
export function chapterDraft(slug: string, order: number, language: string, published: string): string {
  return [
    '---',
    'title: Working title',
    'standfirst: One or two sentences under the headline, saying what this chapter shows and why it matters.',
    `order: ${order}`,
    `slug: ${slug}`,
    `language: ${language}`,
    'summary: One plain sentence for chapter cards and social previews, with no figures in it.',
    `published: ${published}`,
    '---',
    '',
    '## A first section',
    '',
    'Write the prose here, citing every figure through the Fact component; npm run facts finds the ids.',
    '',
  ].join('\n');
}
