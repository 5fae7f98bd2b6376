/** The revenue-vs-loss chart's words: English and Simplified Chinese (Traditional is generated from these). */
import type { Words } from '../frame/draft-text';

export type Company = 'zhipu' | 'minimax';

export interface RevenueLossWords {
  name: Record<Company, string>;
  subtitle: string;
  revenue: string;
  revenueOf: (company: Company) => string;
  loss: string;
  partYear: string;
  noRevenue: string;
  columns: [string, string, string, string, string];
  caption: string;
  title: (zhipu: string, minimax: string) => string;
  sentence: (name: string, period: string, revenue: string, loss: string, times: string) => string;
  lossOnlySentence: (name: string, period: string, loss: string) => string;
  sentenceGap: string;
}

export const words: Words<RevenueLossWords> = {
  en: {
    name: { zhipu: 'Zhipu', minimax: 'MiniMax' },
    subtitle: 'Revenue (above the line) and net loss (below), each company in the currency it reports in; in bold, the loss as a multiple of revenue',
    revenue: 'Revenue',
    revenueOf: (company) => `${company === 'zhipu' ? 'Zhipu' : 'MiniMax'} revenue`,
    loss: 'Net loss',
    partYear: 'Part of the year (H1, 9M)',
    noRevenue: 'no revenue figure',
    columns: ['Company', 'Period', 'Revenue', 'Net loss', 'Loss ÷ revenue'],
    caption: 'Revenue and net loss of Zhipu and MiniMax by period, with the loss as a multiple of revenue',
    title: (zhipu, minimax) => `Both lose many times what they earn: in 2024 Zhipu’s net loss was ${zhipu} its revenue, MiniMax’s ${minimax}`,
    sentence: (name, period, revenue, loss, times) => `${name}, ${period}: revenue ${revenue}, net loss ${loss} (${times} revenue).`,
    lossOnlySentence: (name, period, loss) => `${name}, ${period}: net loss ${loss}; no revenue figure.`,
    sentenceGap: ' ',
  },
  'zh-hans': {
    name: { zhipu: '智谱', minimax: 'MiniMax' },
    subtitle: '营收（零线以上）与净亏损（零线以下），两家公司各按其报告货币；粗体为亏损相当于营收的倍数',
    revenue: '营收',
    revenueOf: (company) => `${company === 'zhipu' ? '智谱' : 'MiniMax'}营收`,
    loss: '净亏损',
    partYear: '非全年（H1、前三季）',
    noRevenue: '无营收数据',
    columns: ['公司', '期间', '营收', '净亏损', '亏损÷营收'],
    caption: '智谱与MiniMax各期营收与净亏损，及亏损相当于营收的倍数',
    title: (zhipu, minimax) => `两家亏损都是营收的数倍：2024年智谱净亏损为营收的${zhipu}，MiniMax为${minimax}`,
    sentence: (name, period, revenue, loss, times) => `${name}${period}：营收${revenue}，净亏损${loss}（为营收的${times}）。`,
    lossOnlySentence: (name, period, loss) => `${name}${period}：净亏损${loss}，无营收数据。`,
    sentenceGap: '',
  },
};
