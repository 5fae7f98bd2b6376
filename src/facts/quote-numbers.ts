/**
 * Reads the quantities written in a Chinese news sentence, so a fact's value can be checked against
 * the very quote that is said to state it. Handles Arabic and Chinese numerals, the scales 萬, 億,
 * 萬億 (and their simplified forms), percent, 成 (tenths), fractions such as 3/4, and ranges such as
 * "70%-80%" or "910億美元至930億美元".
 */
import type { Currency } from './types';

export type QuantityUnit =
  | { kind: 'money'; currency: Currency }
  | { kind: 'percent' }
  | { kind: 'multiple' }
  | { kind: 'days' }
  | { kind: 'plain' };

export interface Quantity {
  /** Absolute value: 3.124億元 is 312400000; 13.17% is 13.17. */
  value: number;
  unit: QuantityUnit;
  /** The text the quantity was read from, for error messages. */
  text: string;
}

export interface QuoteDate {
  year?: number;
  month?: number;
  day?: number;
  text: string;
}

const chineseDigits: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses Chinese numerals below ten thousand, e.g. 七 = 7, 二十五 = 25, 百 = 100, 千 = 1000. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in chineseDigits) {
      digit = chineseDigits[ch];
    } else if (ch in chineseUnits) {
      total += (digit ?? 1) * chineseUnits[ch]!;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}

const scaleWords: ReadonlyArray<[string, number]> = [
  ['萬億', 1e12],
  ['万亿', 1e12],
  ['億', 1e8],
  ['亿', 1e8],
  ['萬', 1e4],
  ['万', 1e4],
];

const numberPattern =
  /(\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二兩两三四五六七八九十百千]+)(\s*\/\s*\d+)?/gu;

function readScale(rest: string): { factor: number; length: number } {
  for (const [word, factor] of scaleWords) {
    if (rest.startsWith(word)) return { factor, length: word.length };
  }
  return { factor: 1, length: 0 };
}

function readUnit(rest: string, before: string): { unit: QuantityUnit; percentFactor?: number } {
  const trimmed = rest.replace(/^\s+/u, '');
  if (trimmed.startsWith('%') || trimmed.startsWith('％')) return { unit: { kind: 'percent' } };
  if (trimmed.startsWith('成')) return { unit: { kind: 'percent' }, percentFactor: 10 };
  if (trimmed.startsWith('倍')) return { unit: { kind: 'multiple' } };
  if (trimmed.startsWith('天')) return { unit: { kind: 'days' } };
  if (trimmed.startsWith('美元')) return { unit: { kind: 'money', currency: 'USD' } };
  if (trimmed.startsWith('港元') || trimmed.startsWith('港幣') || trimmed.startsWith('港币')) {
    return { unit: { kind: 'money', currency: 'HKD' } };
  }
  if (trimmed.startsWith('元') || /人民[幣币]$/u.test(before)) {
    return { unit: { kind: 'money', currency: 'RMB' } };
  }
  return { unit: { kind: 'plain' } };
}

/** Every quantity written in `quote`. Bare scales (億元 with no numeral) count as one of that scale. */
export function quantitiesIn(quote: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of quote.matchAll(numberPattern)) {
    const [whole, numeral, fraction] = match;
    const start = match.index;
    const end = start + whole.length;
    const isArabic = /\d/u.test(numeral!);
    const base = isArabic ? Number(numeral!.replace(/,/gu, '')) : parseChineseNumeral(numeral!);
    if (base === undefined || Number.isNaN(base)) continue;
    const rest = quote.slice(end);
    const before = quote.slice(Math.max(0, start - 4), start);
    if (fraction) {
      const denominator = Number(fraction.replace(/[\s/]/gu, ''));
      if (denominator > 0) {
        found.push({ value: (base / denominator) * 100, unit: { kind: 'percent' }, text: whole });
      }
      continue;
    }
    const scale = readScale(rest);
    const { unit, percentFactor } = readUnit(rest.slice(scale.length), before);
    const value = unit.kind === 'percent' && percentFactor ? base * percentFactor : base * scale.factor;
    found.push({ value, unit, text: quote.slice(start, end + scale.length) });
  }
  for (const match of quote.matchAll(/(?<![\d零〇一二兩两三四五六七八九十百千.萬万])(億|亿|萬|万)/gu)) {
    const rest = quote.slice(match.index + match[0].length);
    const before = quote.slice(Math.max(0, match.index - 4), match.index);
    const { unit } = readUnit(rest, before);
    found.push({ value: match[0] === '億' || match[0] === '亿' ? 1e8 : 1e4, unit, text: match[0] });
  }
  for (const match of quote.matchAll(/一半/gu)) {
    found.push({ value: 50, unit: { kind: 'percent' }, text: match[0] });
  }
  return [...found, ...rangeStartsIn(quote, found)];
}

/**
 * In "200-260億美元" or "70%-80%" the first figure borrows the second's scale and unit, which the
 * plain scan cannot see. Returns the range starts read that way.
 */
function rangeStartsIn(quote: string, plain: readonly Quantity[]): Quantity[] {
  const extra: Quantity[] = [];
  const rangePattern = /(\d+(?:\.\d+)?|[一二兩两三四五六七八九十]+)\s*(?:-|–|~|至|到)\s*(\d+(?:\.\d+)?|[一二兩两三四五六七八九十]+)/gu;
  for (const match of quote.matchAll(rangePattern)) {
    const [whole, lowText, highText] = match;
    const high = plain.find((q) => q.text.startsWith(highText!) && quote.indexOf(q.text, match.index) >= 0);
    const lowBase = /\d/u.test(lowText!) ? Number(lowText) : parseChineseNumeral(lowText!);
    const highBase = /\d/u.test(highText!) ? Number(highText) : parseChineseNumeral(highText!);
    if (!high || lowBase === undefined || highBase === undefined || highBase === 0) continue;
    extra.push({ value: (high.value / highBase) * lowBase, unit: high.unit, text: whole });
  }
  return extra;
}

/** Every date written in `quote`: 2022年8月, 1月8日, 2019年, 2025年9月30日. */
export function datesIn(quote: string): QuoteDate[] {
  const dates: QuoteDate[] = [];
  const full = /(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?(?:\s*(\d{1,2})\s*日)?/gu;
  for (const m of quote.matchAll(full)) {
    dates.push({
      year: Number(m[1]),
      month: m[2] ? Number(m[2]) : undefined,
      day: m[3] ? Number(m[3]) : undefined,
      text: m[0],
    });
  }
  const monthDay = /(?<!\d|年|\s)(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/gu;
  for (const m of quote.matchAll(monthDay)) {
    dates.push({ month: Number(m[1]), day: m[2] ? Number(m[2]) : undefined, text: m[0] });
  }
  return dates;
}
