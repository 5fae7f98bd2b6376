/**
 * A reader-facing rendering of a seed quote. The seeds went through a simplified-to-traditional
 * conversion that left pinyin in brackets after some characters ("財經(jīng)") and a few private-use
 * code points. The stored quote keeps them (it must match the seed byte for byte); readers get this.
 *
 * In a few places the conversion also lost the first byte of a two-byte GBK character: a "?" and stray
 * pinyin ("?jīng)") stand where the lead byte was, and the bytes after it pair up wrongly until they
 * fall back into step, so unrelated characters follow ("?!弊兂闪恕皠" for "模”變成了“創"). Each such
 * run in the seeds is listed below with the text whose GBK bytes, shifted by the one lost byte, give
 * exactly the garbled characters (clean-quote.test.ts checks this byte by byte with the platform GBK
 * decoder); the sentence around each confirms the reading.
 */
export const repairedRuns: ReadonlyArray<readonly [garbled: string, intended: string]> = [
  // S1: "它們為MiniMax打開了廣闊的海外市場" (為 = 9E E9; E9 4D reads as 镸).
  ['?yōu)镸', '為M'],
  // S1: "主要面向對數據安全有高要求的政府" (對 = 8C A6, 數 = 94 B5; A6 94 is no character, hence a second "?").
  ['?qū)\u{E6F9}?shù)', '對數'],
  // S3: "從“規模”變成了“創新”" (模 = C4 A3, ” = A1 B1; A3 A1 reads as an exclamation mark, B1 D7 as 弊, and so on).
  ['?!弊兂闪恕皠?chuàng)', '模”變成了“創'],
  // S4: "在新加坡擁有算力的國際云廠商" (擁 = 93 ED; ED D3 reads as 碛).
  ['?lián)碛兴懔Φ膰H', '擁有算力的國際'],
  // S5: "正式決定全力自研大模型" (決 = 9B 51; 51 is "Q").
  ['?jīng)Q', '決'],
  // S5: "的認知。“字節本身并沒有下場" (。= A1 A3, “ = A1 B0; A3 A1 reads as an exclamation mark, B0 D7 as 白).
  ['?!白止?jié)', '。“字節'],
];

const pinyinAfterHan = /(\p{Script=Han})\((?:[a-zü\u00C0-\u024F]+)\)/gu;
/** A lost lead byte not listed above: the character cannot be recovered, so the reader is told so. */
const lostCharacter = /\?[a-zü\u00C0-\u024F]+\)/gu;
const privateUse = /\p{Co}/gu;

export function cleanQuote(quote: string): string {
  const repaired = repairedRuns.reduce((text, [garbled, intended]) => text.replaceAll(garbled, intended), quote);
  return repaired.replace(pinyinAfterHan, '$1').replace(lostCharacter, '[?]').replace(privateUse, '');
}
