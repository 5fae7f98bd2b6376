/** The origins-timeline chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { originsTimeline, words } from './spec';

export default defineChart({
  id: 'origins-timeline',
  description: {
    en: 'Dual timeline of origins: Zhipu from the Tsinghua KEG lab (2016) to its listing, MiniMax from its disputed founding date to its listing days later, with industry moments.',
    'zh-hans': '双线起源时间轴：智谱从清华KEG实验室（2016年）到上市，MiniMax从有争议的成立日期到数日后上市，并标出行业节点。',
  },
  usage: {
    en: 'Where a chapter tells where the two companies came from.',
    'zh-hans': '用于讲述两家公司起源的段落。',
  },
  words,
  facts: drawnFacts(originsTimeline),
  build: originsTimeline,
});
