/** The story's chapter positions run from 1 to this; the schema and `npm run new:chapter` both enforce it. */
export const lastChapterOrder = 5;

/** An English chapter's length and charts: `npm run check` and the chapter tests hold every chapter to them. */
export const chapterBounds = { minWords: 900, maxWords: 1600, minCharts: 3 } as const;
