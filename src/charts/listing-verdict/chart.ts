/** The listing-verdict chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { build, states, words } from './spec';

export default defineChart({
  id: 'listing-verdict',
  description: {
    en: 'Offer price against first-day close, and market value before listing against the latest, for Zhipu and MiniMax.',
    'zh-hans': '智谱与MiniMax的发行价对比首日收盘价，以及上市前估值对比最新市值。',
  },
  usage: {
    en: 'Where a chapter tells how the market received the listings; step through offer, first day and market value.',
    'zh-hans': '用于讲述市场如何看待两家上市的段落；依次经过发行价、首日和市值三个状态。',
  },
  words,
  facts: drawnFacts(build, states),
  states,
  build: build,
});
