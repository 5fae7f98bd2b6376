/**
 * Notes written for editors name articles by the site's labels ("S1", "S3's") and call them "seeds", the
 * project's word for its source files. Readers know outlets and articles, so reader-facing notes swap
 * each label for the outlet's short name and each "seed" for "article".
 */
const outletByLabel: Record<string, string> = {
  S1: 'Bohu Finance',
  S2: 'Beijing Science and Technology News',
  S3: 'Kanjian Finance',
  S4: 'the NetEase Hao author',
  S5: 'STAR Market Daily',
};

const articleWords: Record<string, string> = { seed: 'article', seeds: 'articles', Seed: 'Article', Seeds: 'Articles' };

export function withOutletNames(text: string): string {
  const inArticleWords = text.replace(/\b(?:[Ss]eeds?)\b/gu, (word) => articleWords[word] ?? word);
  return inArticleWords.replace(/\bS[1-5]\b/gu, (label, offset: number) => {
    const name = outletByLabel[label] ?? label;
    const startsSentence = offset === 0 || /[.!?]\s+$/u.test(inArticleWords.slice(0, offset));
    return startsSentence ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  });
}
