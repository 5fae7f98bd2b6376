/** The revenue-vs-loss chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { revenueVsLoss, words } from './spec';

export default defineChart({
  id: 'revenue-vs-loss',
  description: {
    en: 'Revenue above the line, net loss below, per period and company in its reporting currency, with the loss as a multiple of revenue.',
    'zh-hans': '线上为营收、线下为净亏损，按期间和公司、各按报告货币绘制，并标出亏损相当于营收的倍数。',
  },
  usage: {
    en: 'Where a chapter shows growth bought with losses.',
    'zh-hans': '用于展示以亏损换增长的段落。',
  },
  words,
  facts: drawnFacts(revenueVsLoss),
  build: revenueVsLoss,
});
