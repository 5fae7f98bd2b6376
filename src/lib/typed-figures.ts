/**
 * The rule that prose never types a figure: every number reaches the reader through <Fact> or <Derived>,
 * so it links to its source and renders in the page's number style. This module finds figures typed
 * into a chapter's prose anyway, per language, and says on which line of the MDX file they stand.
 *
 * English: digits, percentages and spelled-out quantities ("three", "million", "twice"); "one" and "two"
 * stay free, since the story is about two companies.
 *
 * Chinese: digits (ASCII or full-width), percent signs, and numerals written in characters. Numerals from
 * 三 up (三…九, 十, 百, 千, 万, 亿, 兆, 零) are a figure wherever they stand, with a short list of words that
 * merely contain one. 一, 二 and 两 are free on their own, as English "one" and "two" are (一家, 唯一,
 * 统一, 第一, 两家公司), and a figure when they build a quantity: 两倍, 一半, 两成, 翻一番, 两位数, 十分之一.
 * Multiples and fractions are figures whatever precedes them: 倍, 分之, 翻番, 减半, 腰斩, 过半, 半数.
 */
import { proseKeepingLines } from './chapter-text';
import type { ChapterLanguage } from './citation-rules';

export interface TypedFigure {
  /** The figure as typed, e.g. "150%", "两倍", "十分之一". */
  figure: string;
  /** 1-based line of the MDX file. */
  line: number;
}

/** Spelled-out quantities that would be a figure in disguise. */
const englishNumberWords =
  /\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|percent|per cent|dozens?|twice|thrice|double[ds]?|tripled?|quadrupled?|tenfold|hundredfold|halve[ds]?)\b/giu;

/** Names and words that contain a number but are not figures. */
const allowedWords: Record<ChapterLanguage, RegExp[]> = {
  en: [/\bsix tigers\b/giu, /\bsix little tigers\b/giu, /\bsix little dragons\b/giu, /\b01\.AI\b/gu],
  zh: [
    // The outlets' own labels for the start-ups, and names.
    /六小虎|六小龙|六小龍|零一万物|零一萬物|百川|百度|千问|千問/gu,
    // Words that are no quantity: everywhere, very (but not 十分之一), third party, every industry, retail.
    /四处|四處|十分(?!之)|第三方|千行百业|千行百業|零售/gu,
    // A reporting period's name, as English prose says "first half": the first three quarters of a year.
    /前三季度|前三个季度|前三個季度/gu,
  ],
};

const digits = /[\p{Nd}]+(?:[.,．][\p{Nd}]+)*[%％]?|[%％]/gu;
/** 三 and above, and the characters that write a number out in full; each is a figure on its own. */
const strongNumeral = '三四五六七八九十百千万萬亿億兆零〇廿卅';
const anyNumeral = `一二两兩俩倆${strongNumeral}`;
const chineseFigures = new RegExp(
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

function withoutAllowedWords(prose: string, language: ChapterLanguage): string {
  // Replaced by a mark that is no numeral, so the characters on either side do not join into a run.
  return allowedWords[language].reduce((text, word) => text.replace(word, (m) => '\u00B7'.repeat(m.length)), prose);
}

function figuresOnLine(text: string, language: ChapterLanguage): string[] {
  if (language === 'en') {
    return [...(text.match(/[^\s]*[\d％%][^\s]*/gu) ?? []), ...(text.match(englishNumberWords) ?? [])];
  }
  return [...(text.match(digits) ?? []), ...(text.match(chineseFigures) ?? [])];
}

/** Figures typed into the prose of a chapter's MDX source, in order, each with its line. */
export function typedFigures(mdx: string, language: ChapterLanguage): TypedFigure[] {
  const prose = withoutAllowedWords(proseKeepingLines(mdx), language);
  return prose.split('\n').flatMap((text, index) => figuresOnLine(text, language).map((figure) => ({ figure, line: index + 1 })));
}

export function formatTypedFigure(file: string, { figure, line }: TypedFigure): string {
  return `${file}:${line}: the figure "${figure}" is typed into the prose; cite it with <Fact id="…" /> or <Derived … />, or reword the sentence`;
}
