/**
 * A chapter's frontmatter: what an editor must fill in. Used by the content collection (src/content.config.ts)
 * and by `npm run check`, so both report the same problems.
 */
import { z } from 'astro/zod';
import { lastChapterOrder } from './chapter-order';
import { locales } from './locale';

export const chapterSchema = z
  .object({
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
  })
  .refine((data) => data.updated === undefined || data.updated >= data.published, {
    message: 'updated must not be before published',
    path: ['updated'],
  });
