/** The revenue-growth chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { revenueGrowth, revenueGrowthStates as states, words } from './spec';

export default defineChart({
  id: 'revenue-growth',
  description: {
    en: 'Revenue by period as small multiples, each company in its reporting currency, with a common-currency (RMB) state.',
    'zh-hans': '按期间绘制的营收小多图，两家公司各按报告货币，另有统一折合人民币的状态。',
  },
  usage: {
    en: 'Where a chapter compares how fast revenue grew; use state="common" when the text compares sizes.',
    'zh-hans': '用于比较营收增速的段落；正文比较规模时用state="common"。',
  },
  words,
  facts: drawnFacts(revenueGrowth, states),
  states,
  build: revenueGrowth,
});
