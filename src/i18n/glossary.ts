/**
 * Reviewed overrides for the Simplified-to-Traditional conversion, applied before OpenCC so that a term the
 * converter gets wrong for Hong Kong financial writing is fixed once, here, and nowhere else.
 * Each key is Simplified as we write it; each value is the Traditional form a Hong Kong business desk prints.
 */
export const traditionalGlossary: Readonly<Record<string, string>> = {
  // OpenCC's HK table gives 發佈 (publish a notice); for releasing a model or a report the financial press writes 發布.
  发布: '發布',
  // 智谱 is a company name: the company writes 智譜 in its Hong Kong filings, which OpenCC also gives; kept here
  // so a future table change cannot rename a listed company.
  智谱: '智譜',
};

/**
 * OpenCC's Hong Kong table swaps some characters for the variants of the Education Bureau's school glyph list
 * (説, 閲, 税, 户...). Hong Kong's newspapers and the exchange's Chinese filings print the Big5 forms instead
 * (說明, 閱讀, 稅項, 用戶), and those are the register of this story: each variant on the left is turned back
 * into the form on the right after conversion.
 */
export const pressGlyphs: Readonly<Record<string, string>> = {
  説: '說',
  閲: '閱',
  税: '稅',
  户: '戶',
  兑: '兌',
  脱: '脫',
  鋭: '銳',
  悦: '悅',
  峯: '峰',
  羣: '群',
  衞: '衛',
  温: '溫',
  蜕: '蛻',
};
