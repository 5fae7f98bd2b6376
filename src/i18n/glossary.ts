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
