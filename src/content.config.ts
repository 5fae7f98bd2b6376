/**
 * Chapters are MDX files in src/content/chapters/<language>/. The schema is what an editor must fill in;
 * a missing or mistyped field fails the build naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { correctionSchema } from './lib/correction-schema';
import { lastChapterOrder } from './lib/chapter-order';
import { locales } from './lib/locale';

const chapters = defineCollection({
  // Keyed by file ("en/01-origins", "zh-hans/01-origins"), not by the slug: the glob loader otherwise takes the
  // frontmatter slug as the id, and the editions of a chapter, which share their slug, would overwrite each other.
  loader: glob({ pattern: '**/*.mdx', base: './src/content/chapters', generateId: ({ entry }) => entry.replace(/\.mdx$/u, '') }),
  schema: z.object({
    title: z.string().min(3).max(80),
    /** One or two sentences under the headline. */
    standfirst: z.string().min(40).max(320),
    /** Position in the story, 1 to lastChapterOrder. */
    order: z.number().int().min(1).max(lastChapterOrder),
    /** URL segment, shared by every language edition of the chapter. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'lower-case words joined by hyphens'),
    language: z.enum(locales),
    /** For chapter cards and social previews; plain text, no figures. */
    summary: z.string().min(40).max(200),
    /** The day the chapter first went out, as YYYY-MM-DD. */
    published: z.coerce.date(),
    /** The day of its latest correction or revision, if any; never before `published`. */
    updated: z.coerce.date().optional(),
  }).refine((data) => data.updated === undefined || data.updated >= data.published, {
    message: 'updated must not be before published',
    path: ['updated'],
  }),
});

/** The corrections log: shown at the foot of each corrected chapter, on /corrections/ and in JSON-LD. */
const corrections = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/corrections' }),
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
