/** The seed articles' texts keyed by file name, exactly as stored, for the fact and passage validators. */
const seedGlob = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true });

export const seedTexts: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(seedGlob).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);
