/**
 * Chapters are MDX files in src/content/chapters/<language>/. The schema is what an editor must fill in;
 * a missing or mistyped field fails the build naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { locales } from './lib/locale';

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/chapters' }),
  schema: z.object({
    title: z.string().min(3).max(80),
    /** One or two sentences under the headline. */
    standfirst: z.string().min(40).max(320),
    /** Position in the story, 1 to 5. */
    order: z.number().int().min(1).max(5),
    /** URL segment, shared by every language edition of the chapter. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'lower-case words joined by hyphens'),
    language: z.enum(locales),
    /** For chapter cards and social previews; plain text, no figures. */
    summary: z.string().min(40).max(200),
    /** Day of first publication; a chapter enters its edition's feed once it has one. */
    published: z.coerce.date().optional(),
    /** Day of the last change worth telling feed readers about. */
    updated: z.coerce.date().optional(),
  }),
});

/** One correction per file: when, to which chapter (its slug), what changed and why. */
const corrections = defineCollection({
  loader: glob({ pattern: '**/*.{md,yaml,yml,json}', base: './src/content/corrections' }),
  schema: z.object({
    date: z.coerce.date(),
    chapter: z.string(),
    what: z.string().min(3),
    why: z.string().min(3),
  }),
});

export const collections = { chapters, corrections };
