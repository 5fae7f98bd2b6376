/**
 * A fact's period ("H1 2025", "before listing") in an edition. Facts write their period in English; the
 * Chinese editions word it here, by pattern for dates and from a reviewed table for the periods the seeds
 * give in words. A period with no Chinese wording stops the build: a Chinese page must not show English.
 */
import type { Locale } from '../lib/locale';
import { toTraditional } from './traditional';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthPattern = months.join('|');
const monthNumber = (name: string) => months.indexOf(name) + 1;

/** One point or span of time, in Chinese, or undefined when it follows no pattern. */
function datedZh(period: string): string | undefined {
  const patterns: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
    [/^(\d{4})$/u, (y) => `${y}年`],
    [/^H1 (\d{4})$/u, (y) => `${y}年上半年`],
    [/^(?:first nine months of|9M) (\d{4})$/u, (y) => `${y}年前三季度`],
    [/^first three quarters of (\d{4})$/u, (y) => `${y}年前三季度`],
    [/^second half of (\d{4})$/u, (y) => `${y}年下半年`],
    [/^Q3 (\d{4})$/u, (y) => `${y}年第三季度`],
    [/^(?:early|start of) (\d{4})$/u, (y) => `${y}年初`],
    [/^mid-(\d{4})$/u, (y) => `${y}年年中`],
    [/^(?:late|end of) (\d{4})$/u, (y) => `${y}年底`],
    [new RegExp(`^(${monthPattern}) (\\d{4})$`, 'u'), (m, y) => `${y}年${monthNumber(m)}月`],
    [new RegExp(`^(\\d{1,2}) (${monthPattern}) (\\d{4})$`, 'u'), (d, m, y) => `${y}年${monthNumber(m)}月${d}日`],
    [/^(\d{1,2}) Sep (\d{4})$/u, (d, y) => `${y}年9月${d}日`],
  ];
  for (const [pattern, word] of patterns) {
    const match = pattern.exec(period);
    if (match) return word(...match.slice(1));
  }
  return undefined;
}

/** Periods the seeds give in words, or as spans and hedged dates, each worded by hand. */
const wordedZh: Readonly<Record<string, string>> = {
  'before listing': '上市前',
  'at listing': '上市时',
  'after listing, January 2026': '2026年1月上市后',
  'after listing (as the articles were written)': '上市后（报道发出时）',
  'around the January 2026 listings': '2026年1月两家上市前后',
  'first trading day': '上市首日',
  target: '目标',
  'stated goal': '既定目标',
  'long-term': '长期',
  recent: '近期',
  'at first': '早期',
  'at founding': '成立时',
  'since founding': '成立以来',
  'before founding': '创业前',
  'before founding MiniMax': '创立MiniMax之前',
  'founding, relative to Zhipu (2019)': '成立时间，相对于智谱（2019年）',
  'during his PhD': '读博期间',
  'first week after release': '发布后首周',
  'after release, by late 2025 (not dated more closely)': '发布后至2025年底（未注明具体日期）',
  'AGI-Next summit, shortly before S3': 'AGI-Next峰会，侃见财经发稿前不久',
  'after the DeepSeek moment (2025)': 'DeepSeek时刻之后（2025年）',
  'after the early-2025 layoffs': '2025年初裁员之后',
  'one quarter of 2025': '2025年某一季度',
  'as of 30 Sep 2025': '截至2025年9月30日',
  'as of end of September 2025': '截至2025年9月底',
  'as of January 2026': '截至2026年1月',
  'by January 2026': '截至2026年1月',
  'before January 2026': '2026年1月之前',
  'before mid-2024': '2024年年中之前',
  'before 2025': '2025年之前',
  'before 2019': '2019年之前',
  'since early 2025': '2025年初以来',
  'to 2025': '截至2025年',
  'per the prospectus': '招股书口径',
  'per the prospectus (2025)': '招股书口径（2025年）',
  '2025 (forecast)': '2025年（预测）',
  '2025 (expected)': '2025年（预计）',
  '2026 (expected)': '2026年（预计）',
  'end of 2025 (expected)': '2025年底（预计）',
  '2025, ten months later': '2025年，十个月后',
  '2025 (ten months)': '2025年（十个月）',
  '2022–2026 (one rate throughout)': '2022年至2026年（全程同一汇率）',
  '2024 and 2025 to date': '2024年及2025年至今',
  '2024 to late 2025': '2024年至2025年底',
};

/** "2022–2024", "2022–H1 2025", "2022 to the first nine months of 2025": both ends worded by pattern. */
function spanZh(period: string): string | undefined {
  const [from, to, ...rest] = period.split(/–| to (?:the )?/u);
  if (from === undefined || to === undefined || rest.length > 0) return undefined;
  const [start, end] = [datedZh(from), datedZh(to)];
  return start && end ? `${start}至${end}` : undefined;
}

function periodZh(period: string): string {
  const words = wordedZh[period] ?? datedZh(period) ?? spanZh(period);
  if (words === undefined) {
    throw new Error(`Fact period "${period}" has no Chinese wording: add a pattern or an entry to src/i18n/fact-periods.ts`);
  }
  return words;
}

/** The period as the edition shows it: English as the fact writes it, Chinese worded here. */
export function factPeriod(period: string, locale: Locale): string {
  if (locale === 'en') return period;
  return locale === 'zh-hans' ? periodZh(period) : toTraditional(periodZh(period));
}
