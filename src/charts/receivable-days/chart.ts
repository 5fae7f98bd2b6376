/** The receivable-days chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { build, states, words } from './spec';

export default defineChart({
  id: 'receivable-days',
  description: {
    en: 'Zhipu’s average trade receivable turnover days, 2022 to H1 2025: customers take ever longer to pay.',
    'zh-hans': '智谱2022年至2025年上半年的平均应收账款周转天数：客户付款越来越慢。',
  },
  usage: {
    en: 'Where a chapter explains the cost of selling on-premise projects; the states walk through the early years, the stretch and the costs.',
    'zh-hans': '用于解释私有化项目代价的段落；各状态依次展示早期、拉长和成本。',
  },
  words,
  facts: drawnFacts(build, states),
  states,
  build: build,
});
