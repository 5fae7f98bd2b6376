/** The token-volumes chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { build, words } from './spec';

export default defineChart({
  id: 'token-volumes',
  description: {
    en: 'Tokens processed a day by OpenAI’s API, Zhipu and MiniMax, on a log scale with lower bounds marked.',
    'zh-hans': 'OpenAI API、智谱与MiniMax每日处理的token数，对数刻度，下限数字另作标注。',
  },
  usage: {
    en: 'Where a chapter compares how much the models are used.',
    'zh-hans': '用于比较模型使用量的段落。',
  },
  words,
  facts: drawnFacts(build),
  build: build,
});
