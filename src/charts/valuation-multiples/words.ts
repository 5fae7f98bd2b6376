/** What the valuation-multiples chart says, in English and Simplified Chinese (Traditional reuses Simplified). */
import type { Words } from '../frame/draft-text';
import type { Stage } from './figures';

export interface MultipleWords {
  title: (multiples: { zhipu: string; minimax: string }) => string;
  subtitle: string;
  stage: Record<Stage, string>;
  /** "HK$112.8 billion ÷ US$30.52 million": valuation over revenue. */
  inputs: (valuation: string, revenue: string) => string;
  others: (readings: string) => string;
  otherReading: (multiple: string, sources: string) => string;
  tableCaption: string;
  columns: readonly [string, string, string, string];
  rowName: (company: string, stage: string) => string;
  revenueCell: (revenue: string, inHkd: string) => string;
  notes: {
    computed: (rates: string) => string;
    undatedValues: (sources: string) => string;
    sharedValuation: (source: string, value: string) => string;
    latestFullYear: string;
  };
  summary: (parts: {
    before: string;
    zhipuBefore: string;
    minimaxBefore: string;
    zhipuRevenue: string;
    minimaxRevenue: string;
    zhipuValue: string;
    zhipuAfter: string;
    minimaxValue: string;
    minimaxAfter: string;
  }) => string;
}

export const words: Words<MultipleWords> = {
  en: {
    title: ({ zhipu, minimax }) => `MiniMax trades at about ${minimax} times its 2024 revenue, Zhipu at about ${zhipu} times`,
    subtitle: 'Valuation before listing and market value after, as a multiple of 2024 revenue. Computed by us at assumed exchange rates',
    stage: { before: 'Valuation before listing', after: 'Market value after listing' },
    inputs: (valuation, revenue) => `${valuation} ÷ 2024 revenue of ${revenue}`,
    others: (readings) => `Other reported market values give ${readings}`,
    otherReading: (multiple, sources) => `${multiple} (${sources})`,
    tableCaption: 'Valuation as a multiple of 2024 revenue, computed by us',
    columns: ['Valuation', 'Value', '2024 revenue (in HK$, our conversion)', 'Multiple of revenue'],
    rowName: (company, stage) => `${company}: ${stage.charAt(0).toLowerCase()}${stage.slice(1)}`,
    revenueCell: (revenue, inHkd) => `${revenue} (${inHkd})`,
    notes: {
      computed: (rates) =>
        `Computed by us, not stated by any source: valuation ÷ 2024 revenue, with revenue converted to Hong Kong dollars at our assumed rates (${rates}). Every multiple is approximate.`,
      undatedValues: (sources) =>
        `No source dates the market values, and they round them differently: the sources (${sources}) give them “as of writing” or “at the latest close”.`,
      sharedValuation: (source, value) => `${source} gives one valuation before listing for both companies: ${value} each.`,
      latestFullYear: '2024 is the latest full year both companies report; their 2025 figures cover part of the year only.',
    },
    summary: (p) =>
      `Computed by us. Before listing, each company was valued at ${p.before}: ${p.zhipuBefore} Zhipu’s 2024 revenue of ${p.zhipuRevenue} ` +
      `and ${p.minimaxBefore} MiniMax’s 2024 revenue of ${p.minimaxRevenue}. After listing, Zhipu’s market value of ${p.zhipuValue} ` +
      `is ${p.zhipuAfter} its revenue and MiniMax’s ${p.minimaxValue} is ${p.minimaxAfter}. ` +
      'Revenue is converted to Hong Kong dollars at our assumed exchange rates.',
  },
  'zh-hans': {
    title: ({ zhipu, minimax }) => `MiniMax市值约为其2024年营收的${minimax}倍，智谱约为${zhipu}倍`,
    subtitle: '上市前估值与上市后市值相当于2024年营收的倍数；本站按假设汇率计算',
    stage: { before: '上市前估值', after: '上市后市值' },
    inputs: (valuation, revenue) => `${valuation} ÷ 2024年营收${revenue}`,
    others: (readings) => `按其他报道的市值计算：${readings}`,
    otherReading: (multiple, sources) => `${multiple}（${sources}）`,
    tableCaption: '估值相当于2024年营收的倍数（本站计算）',
    columns: ['估值口径', '数值', '2024年营收（折合港元，本站换算）', '营收倍数'],
    rowName: (company, stage) => `${company}${stage}`,
    revenueCell: (revenue, inHkd) => `${revenue}（${inHkd}）`,
    notes: {
      computed: (rates) =>
        `本站计算，并非来源所述：估值 ÷ 2024年营收，营收按本站假设汇率（${rates}）折算为港元。所有倍数均为约数。`,
      undatedValues: (sources) => `各来源均未注明市值的日期，四舍五入方式也不同：各来源（${sources}）分别称“截至撰稿日”或“截至最新收盘”。`,
      sharedValuation: (source, value) => `${source}对两家公司给出同一个上市前估值：均为${value}。`,
      latestFullYear: '2024年是两家公司都已披露的最近一个完整年度；2025年数据只覆盖部分月份。',
    },
    summary: (p) =>
      `本站计算：上市前两家公司估值均为${p.before}，相当于智谱2024年营收（${p.zhipuRevenue}）的${p.zhipuBefore}、` +
      `MiniMax 2024年营收（${p.minimaxRevenue}）的${p.minimaxBefore}。上市后，智谱市值${p.zhipuValue}，为营收的${p.zhipuAfter}；` +
      `MiniMax市值${p.minimaxValue}，为营收的${p.minimaxAfter}。营收按本站假设汇率折算为港元。`,
  },
};
