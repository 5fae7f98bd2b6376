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
  // Zhuhai Huafa Group, a state-owned backer of Zhipu: OpenCC reads 华发 as grey hair (華髮). The seeds write 珠海華發.
  珠海华发: '珠海華發',
  // 并为 "and also serves as": OpenCC's phrase table takes 并 here as merge (併為); the conjunction is 並.
  并为: '並為',
  // The terms below were found wrong in tests/snapshots/traditional/conversions.txt; OpenCC gave the bracketed form.
  // 并成为 "and became" (併成為, as if merged into).
  并成为: '並成為',
  // 计算机系, a university department (計算機繫, tie).
  计算机系: '計算機系',
  // 复杂 after 更 (更復雜: OpenCC matches 更复, "once again").
  复杂: '複雜',
  // 资金链, a company's funding chain (資金鍊, refined metal).
  资金链: '資金鏈',
  // 写明了 "stated plainly" + particle (寫明瞭, as in 明瞭 "clear").
  写明了: '寫明了',
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
  敍: '敘',
  啓: '啟',
};
// Kept as OpenCC's HK table gives them: 着 (the aspect particle, 意味着) and 裏 (哪裏), which Hong Kong's
// official list and much of its press print, although the seeds' conversion wrote 著 and 裡.
