/**
 * A correction as an editor writes it, one YAML file per correction in src/content/corrections/: date,
 * chapter, what and why in English, and, when the error also reached the Chinese editions (a shared fact,
 * a chart, a figure's label), `zh-hans` with the same two fields written in Simplified Chinese. A
 * correction without it concerns English wording only and is not listed on the Chinese pages.
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
    /** The same correction for the Chinese editions (Traditional is converted from it). */
    'zh-hans': z
      .object({
        what: z.string().trim().min(10),
        why: z.string().trim().min(5),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
