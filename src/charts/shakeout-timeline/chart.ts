/** The shakeout-timeline chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { shakeoutTimelineChart } from './spec';
import { words } from './words';

export default defineChart({
  id: 'shakeout-timeline',
  description: {
    en: 'The shakeout and the giants’ entry, May 2024 to the January 2026 listings, each event dated only as precisely as the sources date it.',
    'zh-hans': '2024年5月至2026年1月上市期间的洗牌与巨头入场，每个事件只按来源给出的精度标注日期。',
  },
  usage: {
    en: 'Where a chapter tells the order of events from the price war to the listings.',
    'zh-hans': '用于讲述从价格战到上市这段时间事件先后的段落。',
  },
  words,
  facts: drawnFacts(shakeoutTimelineChart),
  build: shakeoutTimelineChart,
});
