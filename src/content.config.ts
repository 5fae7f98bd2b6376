/**
 * Chapters are MDX files in src/content/chapters/<language>/. The schema (src/lib/chapter-schema.ts) is what
 * an editor must fill in; a missing or mistyped field fails the build naming the file, the line and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter-schema';
import { correctionSchema } from './lib/correction-schema';
import { withFrontmatterLines } from './lib/frontmatter-lines';

const chapters = defineCollection({
  loader: withFrontmatterLines(glob({ pattern: '**/*.mdx', base: './src/content/chapters' })),
  schema: chapterSchema,
});

/** The corrections log: shown at the foot of each corrected chapter, on /corrections/ and in JSON-LD. */
const corrections = defineCollection({
  loader: withFrontmatterLines(glob({ pattern: '*.yaml', base: './src/content/corrections' })),
  schema: correctionSchema,
});

export const collections = { chapters, corrections };
