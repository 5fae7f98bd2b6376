/**
 * Figures written into Chinese prose: digits (ASCII or full-width), percent signs, and numerals written in
 * characters. Numerals from 三 up (三…九, 十, 百, 千, 万, 亿, 兆, 零) are a figure wherever they stand, with a short
 * list of words that merely contain one. 一, 二 and 两 are free on their own, as English "one" and "two" are
 * (一家, 唯一, 统一, 第一, 两家公司), and a figure when they build a quantity: 两倍, 一半, 两成, 翻一番, 两位数,
 * 十分之一. Multiples and fractions are figures whatever precedes them: 倍, 分之, 翻番, 减半, 腰斩, 过半, 半数.
 */

/** Names and words that contain a numeral but are not figures. */
const allowedWords = [
  // The outlets' own labels for the start-ups, and names.
  /六小虎|六小龙|六小龍|零一万物|零一萬物|百川|百度|千问|千問/gu,
  // Words that are no quantity: everywhere, very (but not 十分之一), third party, every industry, retail.
  /四处|四處|十分(?!之)|第三方|千行百业|千行百業|零售/gu,
  // A reporting period's name, as English prose says "first half": the first three quarters of a year.
  /前三季度|前三个季度|前三個季度/gu,
];

const digits = /[\p{Nd}]+(?:[.,．][\p{Nd}]+)*[%％]?|[%％]/gu;
/** 三 and above, and the characters that write a number out in full; each is a figure on its own. */
const strongNumeral = '三四五六七八九十百千万萬亿億兆零〇廿卅';
const anyNumeral = `一二两兩俩倆${strongNumeral}`;
const numerals = new RegExp(
  [
    // A run of numerals holding at least one strong numeral, with its fraction or multiple: 三, 一百, 十二, 七成, 三倍, 百分之三十.
    `(?:[${anyNumeral}]*分之)?[${anyNumeral}]*[${strongNumeral}][${anyNumeral}]*(?:分之[${anyNumeral}]+)?[倍成番]?`,
    // 一, 二 and 两 building a quantity: 两倍, 一半, 两位数, 翻一番; 两成 (20 per cent) but not 唯一成为, 一番努力 or 一成不变.
    `[一二两兩俩倆]+(?:倍|半|位数|位數)|翻了?[一二两兩]番|[二两兩俩倆]成`,
    // Fractions, multiples and halving, whatever precedes them: 几分之一, 数倍, 翻倍, 倍增, 翻番, 减半, 腰斩, 过半, 半数.
    `[${anyNumeral}]*分之[${anyNumeral}]*|[几幾数數]?倍增?|翻番|减半|減半|腰斩|腰斬|过半|過半|半数|半數`,
  ].join('|'),
  'gu',
);

/** The figures written into a piece of Chinese prose, digits first, then numerals, each in order. */
export function chineseFiguresIn(prose: string): string[] {
  // An allowed word becomes a mark that is no numeral, so the characters on either side do not join into a run.
  const text = allowedWords.reduce((rest, word) => rest.replace(word, (m) => '\u00B7'.repeat(m.length)), prose);
  return [...(text.match(digits) ?? []), ...(text.match(numerals) ?? [])];
}
