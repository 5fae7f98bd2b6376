/** The revenue-growth chart's words: English and Simplified Chinese (Traditional is generated from these). */
import type { Words } from '../frame/draft-text';

export type Company = 'zhipu' | 'minimax';
export type State = 'reported' | 'common';

export interface RevenueGrowthWords {
  name: Record<Company, string>;
  subtitle: Record<State, string>;
  fullYear: string;
  partYear: string;
  column: { company: string; period: string; reported: string; common: string };
  caption: (rate: string) => string;
  rateNote: (rate: string) => string;
  rate: (perDollar: string) => string;
  growthTitle: (zhipuMultiple: string, minimaxMultiple: string) => string;
  commonTitle: (zhipu: string, minimax: string, zhipuLeads: boolean) => string;
  companySentence: (name: string, change: string, latest: string, latestPeriod: string) => string;
  /** Joins the two companies' sentences. */
  sentenceGap: string;
  convertedItem: (amount: string, period: string) => string;
  listGap: string;
  commonSentence: (converted: string) => string;
}

export const words: Words<RevenueGrowthWords> = {
  en: {
    name: { zhipu: 'Zhipu', minimax: 'MiniMax' },
    subtitle: {
      reported: 'Revenue by period, each company in the currency it reports in, on its own scale',
      common: 'Revenue by period in renminbi, on one scale; MiniMax converted from US dollars',
    },
    fullYear: 'Full year',
    partYear: 'Part of the year (H1 = Jan–Jun, 9M = Jan–Sep)',
    column: { company: 'Company', period: 'Period', reported: 'Revenue as reported', common: 'In renminbi' },
    caption: (rate) => `Revenue of Zhipu and MiniMax by period, as reported and in renminbi at our assumed rate of ${rate}`,
    rateNote: (rate) =>
      `MiniMax reports in US dollars. ≈ marks our conversion at an assumed ${rate}; no source states a rate, and the outlets’ own conversions differ slightly.`,
    rate: (perDollar) => `RMB ${perDollar} per US dollar`,
    growthTitle: (zhipu, minimax) => `Zhipu’s revenue grew ${zhipu} from 2022 to 2024; MiniMax’s grew ${minimax} in 2024 alone`,
    commonTitle: (zhipu, minimax, zhipuLeads) => `In renminbi, Zhipu ${zhipuLeads ? 'out-earned' : 'trailed'} MiniMax in 2024: ${zhipu} against ${minimax}`,
    companySentence: (name, change, latest, period) => `${name}’s revenue ${change}, and was ${latest} in ${period}.`,
    sentenceGap: ' ',
    convertedItem: (amount, period) => `${amount} in ${period}`,
    listGap: ', ',
    commonSentence: (converted) => ` At our assumed rate, MiniMax’s revenue comes to ${converted}.`,
  },
  'zh-hans': {
    name: { zhipu: '智谱', minimax: 'MiniMax' },
    subtitle: {
      reported: '各期营收，两家公司各按其报告货币、各用自己的刻度',
      common: '各期营收，统一按人民币、同一刻度；MiniMax由美元折算',
    },
    fullYear: '全年',
    partYear: '非全年（H1＝1至6月，前三季＝1至9月）',
    column: { company: '公司', period: '期间', reported: '报告营收', common: '折合人民币' },
    caption: (rate) => `智谱与MiniMax各期营收：报告数及按本站假设汇率（${rate}）折合的人民币`,
    rateNote: (rate) => `MiniMax以美元报告。≈表示按本站假设汇率（${rate}）折算；来源均未给出汇率，各媒体自行折算的数字略有出入。`,
    rate: (perDollar) => `1美元兑${perDollar}元人民币`,
    growthTitle: (zhipu, minimax) => `智谱营收2022至2024年增至${zhipu}，MiniMax仅2024年一年便增至${minimax}`,
    commonTitle: (zhipu, minimax, zhipuLeads) => `按人民币计，2024年智谱营收${zhipu}，${zhipuLeads ? '高于' : '低于'}MiniMax的${minimax}`,
    companySentence: (name, change, latest, period) => `${name}营收${change}，${period}为${latest}。`,
    sentenceGap: '',
    convertedItem: (amount, period) => `${period}${amount}`,
    listGap: '，',
    commonSentence: (converted) => `按本站假设汇率折合人民币，MiniMax营收为：${converted}。`,
  },
};
