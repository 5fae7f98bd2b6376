/**
 * Chapters are MDX files in src/content/chapters/<language>/. The schema (src/lib/chapter-schema.ts) is what
 * an editor must fill in; a missing or mistyped field fails the build naming the file, the line and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chapterSchema } from './lib/chapter-schema';
import { correctionSchema } from './lib/correction-schema';
import { withFrontmatterLines } from './lib/frontmatter-lines';
import { locales } from './lib/locale';

const chapters = defineCollection({
  // Keyed by file ("en/01-origins", "zh-hans/01-origins"), not by the slug: the glob loader otherwise takes the
  // frontmatter slug as the id, and the editions of a chapter, which share their slug, would overwrite each other.
  loader: withFrontmatterLines(glob({ pattern: '**/*.mdx', base: './src/content/chapters', generateId: ({ entry }) => entry.replace(/\.mdx$/u, '') })),
  schema: chapterSchema,
});

/** The corrections log: shown at the foot of each corrected chapter, on /corrections/ and in JSON-LD. */
const corrections = defineCollection({
  loader: withFrontmatterLines(glob({ pattern: '*.yaml', base: './src/content/corrections' })),
  schema: correctionSchema,
});

/**
 * The prose of the other pages (the cover's opening), per edition: src/content/pages/<language>/<page>.mdx.
 * The Traditional edition converts the Simplified file unless a hand-written zh-hant file exists.
 */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }),
  schema: z.object({ language: z.enum(locales) }),
});

export const collections = { chapters, corrections, pages };
