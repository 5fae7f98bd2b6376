/**
 * The five chapters in reading order. The cover lists them all; a chapter is linked once its MDX
 * exists in the content collection (see src/content.config.ts).
 */
export interface PlannedChapter {
  slug: string;
  order: number;
  title: { en: string; 'zh-hans': string; 'zh-hant': string };
}

export const chapterPlan: readonly PlannedChapter[] = [
  { slug: 'origins', order: 1, title: { en: 'Two Tsinghua roads', 'zh-hans': '清华系的两条路', 'zh-hant': '清華系的兩條路' } },
  { slug: 'to-b-versus-to-c', order: 2, title: { en: 'To-B versus To-C', 'zh-hans': 'To B 向左，To C 向右', 'zh-hant': 'To B 向左，To C 向右' } },
  { slug: 'growth-bought-with-losses', order: 3, title: { en: 'Growth bought with losses', 'zh-hans': '用亏损换来的增长', 'zh-hant': '用虧損換來的增長' } },
  { slug: 'the-markets-verdict', order: 4, title: { en: "The market's verdict", 'zh-hans': '市场的裁决', 'zh-hant': '市場的裁決' } },
  { slug: 'the-shakeout', order: 5, title: { en: 'The shakeout', 'zh-hans': '洗牌', 'zh-hant': '洗牌' } },
];
