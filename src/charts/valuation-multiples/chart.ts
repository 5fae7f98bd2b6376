/** The valuation-multiples chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { valuationMultiplesChart } from './spec';
import { words } from './words';

export default defineChart({
  id: 'valuation-multiples',
  description: {
    en: 'Valuation before listing and market value after, as multiples of 2024 revenue: computed by us at assumed exchange rates.',
    'zh-hans': '上市前估值与上市后市值相当于2024年营收的倍数：由本站按假设汇率计算。',
  },
  usage: {
    en: 'Where a chapter asks what the market pays for each yuan of revenue.',
    'zh-hans': '用于讨论市场为每一元营收付出多少的段落。',
  },
  words,
  facts: drawnFacts(valuationMultiplesChart),
  build: valuationMultiplesChart,
});
