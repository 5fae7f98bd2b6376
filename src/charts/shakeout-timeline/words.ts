/** What the shakeout timeline says, in English and Simplified Chinese (Traditional reuses Simplified). */
import type { FactId } from '../../facts/registry';
import type { Words } from '../frame/draft-text';
import type { Actor, EventKey } from './events';

/** A fact's value worded for the page, counts with their noun ("more than 1 month"). */
export type Figure = (id: FactId) => string;

export type Precision = 'day' | 'month' | 'part' | 'year' | 'window' | 'undated';

export interface TimelineWords {
  title: (parts: { giantsYear: string; layoffsWhen: string; layoffsShare: string }) => string;
  subtitle: string;
  event: Record<EventKey, (figure: Figure) => string>;
  actor: Record<Exclude<Actor, 'zhipu' | 'minimax'>, string>;
  yearSpan: string;
  withinDays: (days: string) => string;
  aroundListings: string;
  precision: Record<Precision, string>;
  tableCaption: string;
  columns: readonly [string, string, string];
  notes: {
    yearSpans: string;
    minimaxDay: (sources: string) => string;
    moonshotUndated: (sources: string) => string;
  };
  summaryLine: (when: string, what: string) => string;
  summaryIntro: string;
}

export const words: Words<TimelineWords> = {
  en: {
    title: ({ giantsYear, layoffsWhen, layoffsShare }) =>
      `The giants moved in during ${giantsYear}; by ${layoffsWhen} Baichuan was laying off ${layoffsShare} of its staff`,
    subtitle: 'The shakeout of China’s model start-ups, 2024 to the January 2026 listings, at the precision the sources date each event',
    event: {
      'doubao-launch': () => 'ByteDance first releases its Doubao models',
      'baichuan-round': (f) => `Baichuan announces a ${f('peers.baichuan.funding-2024')} round`,
      'bytedance-all-in': () => 'ByteDance decides to go all in on its own models',
      'qwen-open-source': () => 'Alibaba fully open-sources its Qwen models',
      'baichuan-stall': (f) => `Baichuan’s strategy stalls for ${f('peers.baichuan.strategy-wobble-duration')}`,
      'deepseek-moment': () => 'The “DeepSeek moment” turns the whole industry',
      'baichuan-layoffs': (f) => `Baichuan lays off ${f('peers.baichuan.layoffs-share')} of its staff`,
      'zhipu-listing': () => 'Zhipu lists in Hong Kong',
      'minimax-listing': () => 'MiniMax lists right after',
      'moonshot-series-c': (f) => `Moonshot raises a ${f('peers.moonshot.series-c')} Series C, valued at ${f('peers.moonshot.valuation')}`,
    },
    actor: { giant: 'The giants', tiger: 'Model start-ups', industry: 'The whole industry' },
    yearSpan: 'Only the year, or part of it, is known: drawn across that stretch',
    withinDays: (days) => `within ${days}`,
    aroundListings: 'around the listings',
    precision: {
      day: 'Day',
      month: 'Month',
      part: 'Part of the year',
      year: 'Year only',
      window: 'Within days of another event',
      undated: 'Not dated',
    },
    tableCaption: 'Events in the shakeout, with the date as precisely as the sources give it',
    columns: ['Event', 'When', 'How precisely the sources date it'],
    notes: {
      yearSpans:
        'Where the sources give only a year, the event is drawn across the whole year; where they name part of one (“mid-2024”, “early 2025”), across that third of the year. We do not guess the month.',
      minimaxDay: (sources) => `No source gives MiniMax’s own listing day: ${sources} says it listed right after Zhipu, both within two days.`,
      moonshotUndated: (sources) =>
        `${sources} does not date Moonshot’s round; it says only that it came while Zhipu and MiniMax raced to list, so it is drawn as an open marker there.`,
    },
    summaryIntro: 'The shakeout, as the sources date it.',
    summaryLine: (when, what) => `${when.charAt(0).toUpperCase()}${when.slice(1)}: ${what}.`,
  },
  'zh-hans': {
    title: ({ giantsYear, layoffsWhen, layoffsShare }) => `${giantsYear}巨头纷纷入场；到${layoffsWhen}，百川智能已裁员${layoffsShare}`,
    subtitle: '从2024年到2026年1月两家上市，中国大模型创业公司的洗牌；每个事件按来源给出的精度标注时间',
    event: {
      'doubao-launch': () => '字节跳动首次发布豆包大模型家族',
      'baichuan-round': (f) => `百川智能官宣完成${f('peers.baichuan.funding-2024')}融资`,
      'bytedance-all-in': () => '字节跳动正式决定全力自研大模型',
      'qwen-open-source': () => '阿里巴巴Qwen系列模型全面开源',
      'baichuan-stall': (f) => `百川智能战略摇摆，决策停滞${f('peers.baichuan.strategy-wobble-duration')}`,
      'deepseek-moment': () => 'DeepSeek时刻带来全行业技术转折',
      'baichuan-layoffs': (f) => `百川智能${f('peers.baichuan.layoffs-share')}员工收到裁撤通知`,
      'zhipu-listing': () => '智谱登陆港交所',
      'minimax-listing': () => 'MiniMax紧随其后挂牌',
      'moonshot-series-c': (f) => `月之暗面完成${f('peers.moonshot.series-c')}C轮融资，投后估值${f('peers.moonshot.valuation')}`,
    },
    actor: { giant: '互联网巨头', tiger: '大模型创业公司', industry: '全行业' },
    yearSpan: '只知道年份或年内大致时段：画满该时段',
    withinDays: (days) => `${days}内`,
    aroundListings: '与两家上市同期',
    precision: {
      day: '日',
      month: '月',
      part: '年内大致时段',
      year: '仅年份',
      window: '另一事件后数日内',
      undated: '未注明日期',
    },
    tableCaption: '洗牌大事记，时间精度以来源为准',
    columns: ['事件', '时间', '来源给出的时间精度'],
    notes: {
      yearSpans: '来源只给出年份的事件画满全年；给出年内大致时段（如“2024年中”“2025年初”）的，画满该年的相应三分之一。我们不推测月份。',
      minimaxDay: (sources) => `没有来源给出MiniMax本身的上市日期：${sources}称其紧随智谱挂牌，两家上市相隔不超过两天。`,
      moonshotUndated: (sources) => `${sources}未注明月之暗面这轮融资的日期，只说与智谱、MiniMax争夺上市同期，因此以空心标记画在上市处。`,
    },
    summaryIntro: '来源所记的洗牌进程。',
    summaryLine: (when, what) => `${when}：${what}。`,
  },
};
