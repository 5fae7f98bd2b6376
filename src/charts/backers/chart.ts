/** The backers chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { backersChart } from './spec';
import { words } from './words';

export default defineChart({
  id: 'backers',
  description: {
    en: 'Who backed whom before the listings: state capital behind Zhipu, tech companies and international investors behind MiniMax (names only; no source gives stakes).',
    'zh-hans': '上市前的投资方：智谱背后的国资，MiniMax背后的科技公司与国际投资者（只列名称，来源均未给出持股比例）。',
  },
  usage: {
    en: 'Where a chapter discusses who funds each company.',
    'zh-hans': '用于讨论两家公司资金来源的段落。',
  },
  words,
  facts: drawnFacts(backersChart),
  build: backersChart,
});
