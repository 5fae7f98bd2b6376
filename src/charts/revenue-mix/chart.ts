/** The revenue-mix chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { revenueMix, words } from './spec';

export default defineChart({
  id: 'revenue-mix',
  description: {
    en: 'Revenue mix: Zhipu on-premise against cloud/API (2022, 2024, H1 2025); MiniMax AI-native apps against its open platform, and its overseas share.',
    'zh-hans': '营收结构：智谱私有化部署对比云端/API（2022年、2024年、2025年上半年）；MiniMax的AI原生产品对比开放平台，以及海外收入占比。',
  },
  usage: {
    en: 'Where a chapter contrasts To-B and To-C business models.',
    'zh-hans': '用于对比To-B与To-C商业模式的段落。',
  },
  words,
  facts: drawnFacts(revenueMix),
  build: revenueMix,
});
