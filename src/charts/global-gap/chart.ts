/** The global-gap chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { build, states, words } from './spec';

export default defineChart({
  id: 'global-gap',
  description: {
    en: 'Revenue and capital spending in US dollars on a log scale: Zhipu and MiniMax against OpenAI, Anthropic, Manus and US tech giants.',
    'zh-hans': '以对数刻度按美元比较营收与资本开支：智谱、MiniMax对比OpenAI、Anthropic、Manus及美国科技巨头。',
  },
  usage: {
    en: 'Where a chapter sets the two companies against the global field; the states add revenue, then capital spending, then both.',
    'zh-hans': '用于把两家公司放到全球格局中比较的段落；各状态依次展示营收、资本开支和两者合并。',
  },
  words,
  facts: drawnFacts(build, states),
  states,
  build: build,
});
