/**
 * A reader-facing rendering of a seed quote. The seeds went through a simplified-to-traditional
 * conversion that left pinyin in brackets after some characters ("財經(jīng)") and a few private-use
 * code points. The stored quote keeps them (it must match the seed byte for byte); readers get this.
 */
const pinyinAfterHan = /(\p{Script=Han})\((?:[a-zü\u00C0-\u024F]+)\)/gu;
const privateUse = /\p{Co}/gu;

export function cleanQuote(quote: string): string {
  return quote.replace(pinyinAfterHan, '$1').replace(privateUse, '');
}
