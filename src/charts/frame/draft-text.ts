/**
 * Words a chart writes for itself from its facts: period names, "rose from X in 2022 to Y in 2024",
 * lists, and notes on figures whose sources disagree, in the page's language. Editors can override a
 * chart's title and summary; everything else follows the facts.
 */
import { traditionalWords } from '../../i18n/traditional-strings';
import { getFact, type FactId } from '../../facts/registry';
import { allReadings, hasDisagreement, type Fact, type Reading } from '../../facts/types';
import { formatValue, type NumberOptions } from '../../lib/format';
import { isChinese, type Locale } from '../../lib/locale';
import { t } from '../../lib/strings';
import { seedRecord } from '../../../seeds/index';
import { outletName } from './sources';
import { factPeriod } from '../../i18n/fact-periods';

/**
 * Words a chart keeps beside its spec: English and Simplified Chinese. Traditional is generated from the
 * Simplified words through the site's one converter (src/i18n/traditional.ts), once per words object.
 */
export type Words<T> = { en: T; 'zh-hans': T };

const traditionalCache = new WeakMap<object, unknown>();

export function pickWords<T>(words: Words<T>, locale: Locale): T {
  if (locale === 'en') return words.en;
  if (locale === 'zh-hans') return words['zh-hans'];
  const cached = traditionalCache.get(words);
  if (cached !== undefined) return cached as T;
  const converted = traditionalWords(words['zh-hans']);
  traditionalCache.set(words, converted);
  return converted;
}

export type PeriodForm = 'long' | 'short';

const periodPatterns: ReadonlyArray<{
  pattern: RegExp;
  en: (year: string, form: PeriodForm) => string;
  zh: (year: string, form: PeriodForm) => string;
}> = [
  { pattern: /^(\d{4})$/u, en: (y) => y, zh: (y, form) => (form === 'short' ? y : `${y}年`) },
  {
    pattern: /^H1 (\d{4})$/u,
    en: (y, form) => (form === 'short' ? `H1 ${y}` : `the first half of ${y}`),
    zh: (y, form) => (form === 'short' ? `${y}H1` : `${y}年上半年`),
  },
  {
    pattern: /^(?:first nine months of|9M) (\d{4})$/u,
    en: (y, form) => (form === 'short' ? `9M ${y}` : `the first nine months of ${y}`),
    zh: (y, form) => (form === 'short' ? `${y}前三季` : `${y}年前三季度`),
  },
  { pattern: /^early (\d{4})$/u, en: (y) => `early ${y}`, zh: (y) => `${y}年初` },
];

/** Periods the seeds give in words rather than dates. */
const wordedPeriods: Record<string, Words<string>> = {
  'long-term': { en: 'long-term', 'zh-hans': '长期' },
  recent: { en: 'recent', 'zh-hans': '近期' },
  'at first': { en: 'at first', 'zh-hans': '早期' },
};

function periodWords(period: string, locale: Locale, form: PeriodForm): string | undefined {
  const worded = wordedPeriods[period];
  if (worded) return pickWords(worded, locale);
  for (const { pattern, en, zh } of periodPatterns) {
    const year = pattern.exec(period)?.[1];
    if (year) return isChinese(locale) ? zh(year, form) : en(year, form);
  }
  return undefined;
}

/** A fact's period ("2024", "H1 2025", "first nine months of 2025") for a label or a sentence. */
export function formatPeriod(period: string, locale: Locale, form: PeriodForm = 'long'): string {
  const words = periodWords(period, locale, form);
  if (words === undefined) {
    throw new Error(`Chart text: no wording for the period "${period}"; add its pattern to src/charts/frame/draft-text.ts`);
  }
  return words;
}

/** True for periods shorter than a year, which charts mark as partial. */
export function isPartialPeriod(period: string): boolean {
  return /^(H1|9M|first nine months)/u.test(period);
}

/** A fact's preferred value as a reader sees it, with its qualifier ("about 60%"). */
export function factText(id: FactId, locale: Locale, options: NumberOptions = {}): string {
  const fact = getFact(id);
  return formatValue(fact.value, fact.unit, locale, fact.qualifier, fact.valueZh, options);
}

export interface Point {
  text: string;
  period: string;
  value: number;
}

/** "rose from RMB 57.4 million in 2022 to RMB 312.4 million in 2024" / "从2022年的5740万元增至2024年的3.124亿元". */
export function describeChange(from: Point, to: Point, locale: Locale): string {
  const direction = to.value > from.value ? 'up' : to.value < from.value ? 'down' : 'flat';
  const [p1, p2] = [formatPeriod(from.period, locale), formatPeriod(to.period, locale)];
  if (isChinese(locale)) {
    const verb = { up: '增至', down: '降至', flat: '持平于' }[direction];
    return `从${p1}的${from.text}${verb}${p2}的${to.text}`;
  }
  const verb = { up: 'rose', down: 'fell', flat: 'held' }[direction];
  return direction === 'flat' ? `held at ${to.text} from ${p1} to ${p2}` : `${verb} from ${from.text} in ${p1} to ${to.text} in ${p2}`;
}

/** "A, B and C" / "A、B和C". */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  return isChinese(locale) ? `${head.join('、')}和${last}` : `${head.join(', ')} and ${last}`;
}

/** The company or subject a fact is about, short form ("Zhipu", "智谱"). */
export function subjectName(fact: Fact, locale: Locale): string {
  const strings = t(locale);
  if (fact.subject === 'zhipu' || fact.subject === 'minimax') return strings.chart.companies[fact.subject];
  return strings.subjects[fact.subject];
}

function metricPhrase(fact: Fact, locale: Locale): string {
  if (isChinese(locale)) {
    // Two Latin words meeting keep a space, or "MiniMax" and "C端" read as one word.
    const [subject, metric] = [subjectName(fact, locale), fact.metricZh];
    return /[A-Za-z]$/u.test(subject) && /^[A-Za-z]/u.test(metric) ? `${subject} ${metric}` : `${subject}${metric}`;
  }
  // Lower-case the first letter for mid-sentence use, but leave acronyms ("AI-native", "R&D") alone.
  const acronym = /^[A-Z]{2}|^[A-Z]&/u.test(fact.metric);
  const metric = acronym ? fact.metric : fact.metric.charAt(0).toLowerCase() + fact.metric.slice(1);
  return `${subjectName(fact, locale)} ${metric}`;
}

/** The mark a chart puts beside a figure whose sources disagree; the matching note starts with it. */
export const disagreementMark = '†';

/** The outlets behind a reading, by name ("Bohu Finance and STAR Market Daily"). */
export function readingOutlets(reading: Pick<Reading, 'sources'>, locale: Locale): string {
  const names = [...new Set(reading.sources.map((source) => outletName(seedRecord(source.seed), locale)))];
  return joinList(names, locale);
}

function readingText(fact: Fact, reading: Reading, locale: Locale): string {
  // allReadings gives the preferred reading the fact's own valueZh, and each alternative its own.
  const value = formatValue(reading.value, fact.unit, locale, reading.qualifier, reading.valueZh);
  const outlets = readingOutlets(reading, locale);
  return isChinese(locale) ? `${outlets}为${value}` : `${value} according to ${outlets}`;
}

/**
 * The note a chart shows for a figure whose sources disagree, every reading with the outlets that give it:
 * "† Zhipu revenue, 2024: RMB 312.4 million according to Bohu Finance; about RMB 312 million according to
 * Kanjian Finance and STAR Market Daily."
 */
export function disagreementNote(id: FactId, locale: Locale): string {
  const fact = getFact(id);
  if (!hasDisagreement(fact)) {
    throw new Error(`Chart text: fact "${id}" has no alternative readings, so it needs no disagreement note`);
  }
  const readings = allReadings(fact).map((reading) => readingText(fact, reading, locale));
  const period = formatPeriodOrVerbatim(fact.period, locale);
  if (isChinese(locale)) {
    return `${disagreementMark} ${metricPhrase(fact, locale)}${period ? `（${period}）` : ''}：${readings.join('；')}。`;
  }
  return `${disagreementMark} ${metricPhrase(fact, locale)}, ${period}: ${readings.join('; ')}.`;
}

/** Disagreement notes for every drawn fact whose sources disagree. */
export function disagreementNotes(ids: readonly FactId[], locale: Locale): string[] {
  return ids.filter((id) => hasDisagreement(getFact(id))).map((id) => disagreementNote(id, locale));
}

/** A period worded for the locale: the short chart form where it has one, else the fact period's wording for the edition. */
export function formatPeriodOrVerbatim(period: string, locale: Locale): string {
  return periodWords(period, locale, 'short') ?? factPeriod(period, locale);
}
