/**
 * The milestones the origins timeline draws, read from the facts: where each sits in time, its date as a
 * reader sees it, and a short caption per locale. A reading that the sources dispute (MiniMax's founding
 * in November 2021) is an event of its own, flagged as an alternative.
 */
import { getFact, type FactId } from '../../facts/registry';
import { allReadings, type FactValue } from '../../facts/types';
import { formatDays, formatIsoDate } from '../../lib/format';
import { readingOutlets } from '../frame/draft-text';
import { isChinese, type Locale } from '../../lib/locale';
import { factText, formatPeriod } from '../frame/draft-text';

export type Lane = 'zhipu' | 'minimax' | 'industry';

export interface TimelineEvent {
  factId: FactId;
  lane: Lane;
  /** Decimal year: the middle of the stated month or year ("early" years sit in their first quarter). */
  at: number;
  date: string;
  caption: string;
  /** A reading one source gives and others dispute: drawn hollow, joined by a dashed line. */
  alternative?: boolean;
  /** The sources disagree on this date; the label carries the mark that points to the note. */
  disputed?: boolean;
}

/** Where a date fact sits on a continuous time axis, at the precision it was stated. */
export function decimalYear(value: FactValue, period: string): number {
  if (typeof value !== 'string') throw new Error(`Chart "origins-timeline": expected an ISO date, got ${JSON.stringify(value)}`);
  const [year = Number.NaN, month, day] = value.split('-').map(Number);
  if (day !== undefined && month !== undefined) return year + (month - 1) / 12 + (day - 0.5) / 365;
  if (month !== undefined) return year + (month - 0.5) / 12;
  return year + (/^early /u.test(period) ? 0.15 : 0.5);
}

function dateOf(id: FactId): { value: string; period: string } {
  const fact = getFact(id);
  if (typeof fact.value === 'string' && fact.unit.kind === 'date') return { value: fact.value, period: fact.period };
  if (/^\d{4}$/u.test(fact.period)) return { value: fact.period, period: fact.period };
  throw new Error(`Chart "origins-timeline": fact "${id}" has neither a date value nor a year as its period`);
}

function dateText(id: FactId, locale: Locale): string {
  const { value, period } = dateOf(id);
  return /^early /u.test(period) ? formatPeriod(period, locale) : formatIsoDate(value, locale);
}

function event(factId: FactId, lane: Lane, caption: { en: string; zh: string }, locale: Locale): TimelineEvent {
  const { value, period } = dateOf(factId);
  return { factId, lane, at: decimalYear(value, period), date: dateText(factId, locale), caption: isChinese(locale) ? caption.zh : caption.en };
}

/** The other founding date of MiniMax, straight from the fact's alternative reading. */
function minimaxFoundingAlternative(locale: Locale): TimelineEvent {
  const fact = getFact('minimax.founded');
  const other = allReadings(fact).slice(1).find((reading) => typeof reading.value === 'string');
  if (!other || typeof other.value !== 'string') {
    throw new Error('Chart "origins-timeline": fact "minimax.founded" no longer has an alternative founding date; drop the alternative event');
  }
  const source = readingOutlets(other, locale);
  return {
    factId: 'minimax.founded',
    lane: 'minimax',
    at: decimalYear(other.value, fact.period),
    date: formatIsoDate(other.value, locale),
    caption: isChinese(locale) ? `另一说法：${source}称MiniMax此时成立` : `Or founded here, by ${source}’s account`,
    alternative: true,
    disputed: true,
  };
}

export function timelineEvents(locale: Locale): TimelineEvent[] {
  const zhipuListing = dateOf('zhipu.listing-date');
  const window = getFact('minimax.listing-window');
  const windowDays = typeof window.value === 'number' ? window.value : Number.NaN;
  const minimaxFounded = event('minimax.founded', 'minimax', { en: 'Yan Junjie founds MiniMax', zh: '闫俊杰创立MiniMax' }, locale);
  const events: TimelineEvent[] = [
    event('zhipu.aminer-launch', 'zhipu', { en: 'Tsinghua’s KEG lab launches AMiner', zh: '清华KEG实验室推出AMiner' }, locale),
    event('zhipu.founded', 'zhipu', { en: 'Zhipu spins out of the lab', zh: '智谱从实验室独立成立' }, locale),
    event(
      'zhipu.series-a.2021',
      'zhipu',
      { en: `Series A, ${factText('zhipu.series-a.2021', 'en')}`, zh: `完成${factText('zhipu.series-a.2021', locale)}A轮融资` },
      locale,
    ),
    event(
      'zhipu.hundred-billion-model',
      'zhipu',
      { en: 'One of China’s first 100-billion-parameter models', zh: '研发出中国最早的千亿大模型之一' },
      locale,
    ),
    event('zhipu.listing-date', 'zhipu', { en: 'Zhipu lists in Hong Kong', zh: '智谱登陆港交所' }, locale),
    { ...minimaxFounded, disputed: true },
    minimaxFoundingAlternative(locale),
    {
      factId: 'minimax.listing-date',
      lane: 'minimax',
      // No source gives the day: MiniMax listed within the stated window after Zhipu, so it sits at the window's middle.
      at: decimalYear(zhipuListing.value, zhipuListing.period) + windowDays / 2 / 365,
      date: formatIsoDate(zhipuListing.value.slice(0, 7), locale),
      caption: isChinese(locale)
        ? `MiniMax随后上市，与智谱相隔${formatDays(windowDays, locale)}以内`
        : `MiniMax follows, within ${formatDays(windowDays, locale)} of Zhipu`,
    },
    event('industry.chatgpt-4-release', 'industry', { en: '“ChatGPT-4”, as Bohu Finance dates it', zh: '“ChatGPT-4”发布（据伯虎财经）' }, locale),
    event('industry.deepseek-moment', 'industry', { en: 'The DeepSeek moment', zh: 'DeepSeek时刻' }, locale),
  ];
  return events.sort((a, b) => a.at - b.at);
}
