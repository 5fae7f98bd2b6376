/** The users-payers chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { build, words } from './spec';

export default defineChart({
  id: 'users-payers',
  description: {
    en: 'MiniMax’s users, monthly actives and payers beside Zhipu’s enterprise customers and developers, squares drawn to scale by area.',
    'zh-hans': 'MiniMax的用户、月活与付费用户，对比智谱的企业客户与开发者，方块面积按比例绘制。',
  },
  usage: {
    en: 'Where a chapter contrasts To-C reach with To-B customers.',
    'zh-hans': '用于对比To-C用户规模与To-B客户的段落。',
  },
  words,
  facts: drawnFacts(build),
  build: build,
});
