/**
 * The one place numbers, money, percentages and dates are worded, for every edition.
 * English groups by million and billion ("RMB 312.4 million"); Chinese by 万 and 亿 ("3.124亿元").
 */
import { format as d3format } from 'd3';
import { toTraditional } from '../i18n/traditional';
import { htmlLang, isChinese, type Locale } from './locale';
import { isRange, scaleFactor, type Counted, type Currency, type FactValue, type Qualifier, type Unit } from '../facts/types';

export interface NumberOptions {
  /** Significant digits kept; seeds state at most five, so five keeps every figure as printed. */
  digits?: number;
  /** Running English text, where whole counts under ten are spelled out ("two days"); charts keep digits. */
  prose?: boolean;
}

const smallNumbersEn = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A whole count from one to nine as an English word, for prose; undefined for anything else. */
function spelledOut(value: number, locale: Locale, options: NumberOptions): string | undefined {
  if (!options.prose || isChinese(locale) || !Number.isInteger(value) || value < 1 || value > 9) return undefined;
  return smallNumbersEn[value];
}

function localiseCjk(text: string, locale: Locale): string {
  return locale === 'zh-hant' ? toTraditional(text) : text;
}

/** A plain number with grouping and at most `digits` significant digits, trailing zeros dropped. */
export function formatPlain(value: number, locale: Locale, { digits = 5 }: NumberOptions = {}): string {
  return new Intl.NumberFormat(htmlLang[locale], {
    maximumSignificantDigits: digits,
    useGrouping: true,
  }).format(value);
}

interface Scaled {
  number: string;
  word: string;
}

/** English: 312,400,000 -> { "312.4", "million" }. */
function scaleEnglish(absolute: number, digits: number): Scaled {
  const size = Math.abs(absolute);
  const steps: ReadonlyArray<[number, string]> = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [factor, word] of steps) {
    if (size >= factor) return { number: formatPlain(absolute / factor, 'en', { digits }), word };
  }
  return { number: formatPlain(absolute, 'en', { digits }), word: '' };
}

/** Chinese: 312,400,000 -> { "3.124", "亿" }; 57,400,000 -> { "5740", "万" }. */
function scaleChinese(absolute: number, digits: number, locale: Locale): Scaled {
  const size = Math.abs(absolute);
  const steps: ReadonlyArray<[number, string]> = [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ];
  for (const [factor, word] of steps) {
    if (size >= factor) {
      return { number: formatPlain(absolute / factor, locale, { digits }).replace(/,/gu, ''), word: localiseCjk(word, locale) };
    }
  }
  return { number: formatPlain(absolute, locale, { digits }), word: '' };
}

const currencyPrefix: Record<Currency, string> = { RMB: 'RMB ', USD: 'US$', HKD: 'HK$' };
const currencySuffixZh: Record<Currency, string> = { RMB: '元', USD: '美元', HKD: '港元' };

export function formatMoney(absolute: number, currency: Currency, locale: Locale, options: NumberOptions = {}): string {
  const digits = options.digits ?? 5;
  if (isChinese(locale)) {
    const { number, word } = scaleChinese(absolute, digits, locale);
    return `${number}${word}${currencySuffixZh[currency]}`;
  }
  const { number, word } = scaleEnglish(absolute, digits);
  return `${currencyPrefix[currency]}${number}${word ? ` ${word}` : ''}`;
}

export function formatPercent(percent: number, locale: Locale, options: NumberOptions = {}): string {
  return `${formatPlain(percent, locale, { digits: options.digits ?? 5 })}%`;
}

/** A signed change in percent: "+13.17%", "−4.2%". */
export function formatChange(percent: number, locale: Locale, options: NumberOptions = {}): string {
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${formatPercent(Math.abs(percent), locale, options)}`;
}

const countedEn: Record<Counted, [string, string]> = {
  users: ['user', 'users'],
  payers: ['paying user', 'paying users'],
  customers: ['customer', 'customers'],
  developers: ['developer', 'developers'],
  companies: ['company', 'companies'],
  tokens: ['token', 'tokens'],
  employees: ['employee', 'employees'],
  countries: ['country or region', 'countries and regions'],
  years: ['year', 'years'],
  months: ['month', 'months'],
  models: ['model', 'models'],
};

const countedZh: Record<Counted, string> = {
  users: '用户',
  payers: '付费用户',
  customers: '家客户',
  developers: '名开发者',
  companies: '家公司',
  tokens: 'tokens',
  employees: '名员工',
  countries: '个国家和地区',
  years: '年',
  months: '个月',
  models: '个模型',
};

export function formatCount(
  absolute: number,
  counted: Counted,
  locale: Locale,
  options: NumberOptions & { withNoun?: boolean } = {},
): string {
  const { withNoun = false, digits = 5 } = options;
  if (isChinese(locale)) {
    const { number, word } = scaleChinese(absolute, digits, locale);
    return `${number}${word}${withNoun ? localiseCjk(countedZh[counted], locale) : ''}`;
  }
  const spelled = spelledOut(absolute, locale, options);
  const { number, word } = spelled ? { number: spelled, word: '' } : scaleEnglish(absolute, digits);
  const noun = withNoun ? ` ${countedEn[counted][absolute === 1 && !word ? 0 : 1]}` : '';
  return `${number}${word ? ` ${word}` : ''}${noun}`;
}

export function formatMultiple(value: number, locale: Locale, options: NumberOptions = {}): string {
  const number = formatPlain(value, locale, { digits: options.digits ?? 3 });
  return isChinese(locale) ? `${number}倍` : `${number}×`;
}

export function formatDays(value: number, locale: Locale, options: NumberOptions = {}): string {
  if (isChinese(locale)) return `${formatPlain(value, locale)}天`;
  const spelled = spelledOut(value, locale, options);
  return `${spelled ?? formatPlain(value, 'en')} ${value === 1 ? 'day' : 'days'}`;
}

const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ISO "2019", "2022-08" or "2026-01-08" at the precision it was given. */
/** A calendar day as "23 November 2026" / "2026年11月23日" (frontmatter dates are midnight UTC). */
export function formatDay(date: Date, locale: Locale): string {
  return formatIsoDate(date.toISOString().slice(0, 10), locale);
}

export function formatIsoDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (isChinese(locale)) {
    return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  }
  if (!month) return String(year);
  const monthName = monthsEn[month - 1] ?? String(month);
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

const qualifierEn: Record<Qualifier, string> = {
  about: 'about ',
  over: 'more than ',
  nearly: 'nearly ',
  under: 'less than ',
  'up-to': 'up to ',
  expected: '',
  'expected-about': 'about ',
  estimate: 'an estimated ',
};
const qualifierZh: Record<Qualifier, string> = {
  about: '约',
  over: '超',
  nearly: '近',
  under: '不足',
  'up-to': '最高',
  expected: '预计',
  'expected-about': '预计约',
  estimate: '估计',
};

/** Days, or a count of years or months: spans of time, which Chinese bounds differently from amounts. */
function isDuration(unit: Unit | undefined): boolean {
  return unit?.kind === 'days' || (unit?.kind === 'count' && (unit.counted === 'years' || unit.counted === 'months'));
}

/**
 * Chinese "up to": 最高 suits a ceiling on an amount of money (最高3亿元), but reads as a record or a peak
 * before a span of time (最高2天); a span takes 以内 after it (2天以内), anything else 不超过 before it.
 */
function upToZh(text: string, unit: Unit | undefined): string {
  if (unit?.kind === 'money') return `${qualifierZh['up-to']}${text}`;
  return isDuration(unit) ? `${text}以内` : `不超过${text}`;
}

/** The figure with its hedge; `unit` lets the hedge fit what is measured (a span of time, an amount). */
export function qualify(text: string, qualifier: Qualifier | undefined, locale: Locale, unit?: Unit): string {
  if (!qualifier) return text;
  if (isChinese(locale)) return localiseCjk(qualifier === 'up-to' ? upToZh(text, unit) : `${qualifierZh[qualifier]}${text}`, locale);
  // "an expected US$7 billion" reads badly mid-sentence; a trailing note does not.
  const forecast = qualifier === 'expected' || qualifier === 'expected-about';
  return forecast ? `${qualifierEn[qualifier]}${text} (forecast)` : `${qualifierEn[qualifier]}${text}`;
}

/** A single number in a unit, without qualifier. */
export function formatNumberInUnit(value: number, unit: Unit, locale: Locale, options: NumberOptions = {}): string {
  switch (unit.kind) {
    case 'money':
      return formatMoney(value * scaleFactor[unit.scale], unit.currency, locale, options);
    case 'count':
      return formatCount(value * scaleFactor[unit.scale], unit.counted, locale, options);
    case 'percent':
      return formatPercent(value, locale, options);
    case 'multiple':
      return formatMultiple(value, locale, options);
    case 'days':
      return formatDays(value, locale, options);
    case 'rate':
      return isChinese(locale)
        ? `1${currencySuffixZh[unit.base]} = ${formatPlain(value, locale)}${currencySuffixZh[unit.quote]}`
        : `${currencyPrefix[unit.base].trim()}1 = ${unit.quote} ${formatPlain(value, 'en')}`;
    default:
      return formatPlain(value, locale, options);
  }
}

/** Any fact value as a reader sees it: "about RMB 312 million", "US$91 billion to US$93 billion", "2019年". */
export function formatValue(
  value: FactValue,
  unit: Unit,
  locale: Locale,
  qualifier?: Qualifier,
  textZh?: string,
  options: NumberOptions = {},
): string {
  if (typeof value === 'string') {
    if (unit.kind === 'date') return qualify(formatIsoDate(value, locale), qualifier, locale, unit);
    if (!isChinese(locale)) return value;
    if (textZh === undefined) throw new Error(`The phrase "${value}" has no Chinese wording: give its reading a valueZh`);
    return localiseCjk(textZh, locale);
  }
  if (isRange(value)) {
    const low = formatNumberInUnit(value.low, unit, locale, options);
    const high = formatNumberInUnit(value.high, unit, locale, options);
    if (!isChinese(locale)) return qualify(`${low} to ${high}`, qualifier, locale, unit);
    // "超2至3年" does not parse in Chinese; a range that is a floor reads 至少2至3年 ("at least two to three years").
    return qualifier === 'over' ? localiseCjk(`至少${low}至${high}`, locale) : qualify(`${low}至${high}`, qualifier, locale, unit);
  }
  return qualify(formatNumberInUnit(value, unit, locale, options), qualifier, locale, unit);
}

/** Axis ticks: compact, e.g. "300M" / "3亿"; d3-format's SI prefixes read wrongly for money ("G"), so swap them. */
export function formatTick(absolute: number, locale: Locale): string {
  if (isChinese(locale)) {
    const { number, word } = scaleChinese(absolute, 3, locale);
    return `${number}${word}`;
  }
  return d3format('~s')(absolute).replace('G', 'B');
}
