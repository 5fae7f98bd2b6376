/** The gross-margins chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { grossMargins, words } from './spec';

export default defineChart({
  id: 'gross-margins',
  description: {
    en: 'Segment gross margins as a dot plot: whole company, API and each company’s other main business, Zhipu and MiniMax on shared 0–100% tracks.',
    'zh-hans': '各业务毛利率点图：整体、API及各自另一主要业务，智谱与MiniMax画在同一0至100%刻度上。',
  },
  usage: {
    en: 'Where a chapter asks which business makes money on each sale.',
    'zh-hans': '用于讨论哪项业务每笔销售能赚钱的段落。',
  },
  words,
  facts: drawnFacts(grossMargins),
  build: grossMargins,
});
