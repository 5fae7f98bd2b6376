/** The gross-margins chart's words: English and Simplified Chinese (Traditional is generated from these). */
import type { Words } from '../frame/draft-text';

export type Company = 'zhipu' | 'minimax';
export type Segment = 'overall' | 'api' | 'core';

export interface MarginWords {
  name: Record<Company, string>;
  segment: Record<Segment, string>;
  coreOf: Record<Company, string>;
  subtitle: string;
  apiNote: string;
  periodsNote: string;
  columns: [string, string, string, string];
  caption: string;
  title: (minimaxApi: string, zhipuApi: string) => string;
  valueLabel: (what: string, value: string) => string;
  segmentSentence: (segment: string, parts: readonly string[]) => string;
  sentenceGap: string;
}

export const words: Words<MarginWords> = {
  en: {
    name: { zhipu: 'Zhipu', minimax: 'MiniMax' },
    segment: { overall: 'Whole company', api: 'Selling API access', core: 'Main other business' },
    coreOf: { zhipu: 'on-premise', minimax: 'AI-native apps' },
    subtitle: 'Gross margin by business, % of revenue kept after the cost of sales',
    apiNote: 'Zhipu’s API margin: a NetEase Hao article says only that it “swings around 0%”, so the chart draws it at zero.',
    periodsNote:
      'Periods differ: MiniMax’s margins are for 2025 (AI-native apps: January to September); the outlets describe Zhipu’s as recent or long-standing.',
    columns: ['Business', 'Company', 'Gross margin', 'Period'],
    caption: 'Gross margin by business, Zhipu and MiniMax',
    title: (minimaxApi, zhipuApi) => `Selling API access, MiniMax keeps ${minimaxApi} of revenue as gross profit; Zhipu ${zhipuApi}`,
    valueLabel: (what, value) => `${what}: ${value}`,
    segmentSentence: (segment, parts) => `${segment}: ${parts.join('; ')}.`,
    sentenceGap: ' ',
  },
  'zh-hans': {
    name: { zhipu: '智谱', minimax: 'MiniMax' },
    segment: { overall: '整体', api: 'API调用', core: '另一主要业务' },
    coreOf: { zhipu: '私有化部署', minimax: 'AI原生产品' },
    subtitle: '各业务毛利率（扣除营业成本后留存的营收比例）',
    apiNote: '智谱API毛利率：网易号文章只称其“在0%之间摇摆”，图中画在零。',
    periodsNote: '期间不同：MiniMax为2025年数据（AI原生产品为前三季度）；各媒体对智谱的描述为近期或长期水平。',
    columns: ['业务', '公司', '毛利率', '期间'],
    caption: '智谱与MiniMax各业务毛利率',
    title: (minimaxApi, zhipuApi) => `API业务毛利率：MiniMax${minimaxApi}，智谱${zhipuApi}`,
    valueLabel: (what, value) => `${what} ${value}`,
    segmentSentence: (segment, parts) => `${segment}：${parts.join('；')}。`,
    sentenceGap: '',
  },
};
