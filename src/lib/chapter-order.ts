/** The story's chapter positions run from 1 to this; the schema and `npm run new:chapter` both enforce it. */
export const lastChapterOrder = 5;
