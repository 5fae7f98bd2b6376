/**
 * A correction as an editor writes it, one YAML file per correction in src/content/corrections/. Another
 * branch reads these entries for the Atom feed: the fields are exactly date, chapter, what and why.
 */
import { z } from 'astro/zod';

/** URL segments of the five chapters, shared by every edition. */
export const chapterSlugs = ['origins', 'to-b-versus-to-c', 'growth-bought-with-losses', 'the-markets-verdict', 'the-shakeout'] as const;
export type ChapterSlug = (typeof chapterSlugs)[number];

export const correctionSchema = z
  .object({
    /** The day the correction was published, as an ISO date (2026-12-02). */
    date: z.coerce.date(),
    /** The slug of the chapter corrected. */
    chapter: z.enum(chapterSlugs),
    /** What was wrong and what the chapter says now, in a reader's words. */
    what: z.string().trim().min(20),
    /** Why it was wrong. */
    why: z.string().trim().min(10),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
