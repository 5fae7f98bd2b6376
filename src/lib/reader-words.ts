/**
 * Notes written for editors name articles by the site's labels ("S1", "S3's"). Readers know outlets, so
 * reader-facing notes swap each label for the outlet's short name.
 */
const outletByLabel: Record<string, string> = {
  S1: 'Bohu Finance',
  S2: 'Beijing Science and Technology News',
  S3: 'Kanjian Finance',
  S4: 'the NetEase Hao author',
  S5: 'STAR Market Daily',
};

export function withOutletNames(text: string): string {
  return text.replace(/\bS[1-5]\b/gu, (label, offset: number) => {
    const name = outletByLabel[label] ?? label;
    const startsSentence = offset === 0 || /[.!?]\s+$/u.test(text.slice(0, offset));
    return startsSentence ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  });
}
