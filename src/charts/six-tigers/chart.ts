/** The six-tigers chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { build, words } from './spec';

export default defineChart({
  id: 'six-tigers',
  description: {
    en: 'Where each of the “six tigers” stands in January 2026: listed, still at the table, pivoted or out, with the figures behind each fate.',
    'zh-hans': '2026年1月“六小虎”各自的处境：已上市、仍在牌桌、转型或出局，并附各自的数据。',
  },
  usage: {
    en: 'Where a chapter surveys the shakeout among China’s AI start-ups.',
    'zh-hans': '用于综述中国AI创业公司洗牌的段落。',
  },
  words,
  facts: drawnFacts(build),
  build: build,
});
