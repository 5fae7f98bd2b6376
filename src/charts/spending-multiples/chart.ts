/** The spending-multiples chart's definition: found by the registry, shown in the gallery. */
import { defineChart, drawnFacts } from '../kit/define-chart';
import { spendingMultiples, words } from './spec';

export default defineChart({
  id: 'spending-multiples',
  description: {
    en: 'R&D and marketing spending as multiples of 2024 revenue against a 1× revenue line, and compute’s share of R&D.',
    'zh-hans': '研发与营销开支相当于2024年营收的倍数，对照1倍营收线，并标出算力占研发的比例。',
  },
  usage: {
    en: 'Where a chapter shows where the money goes.',
    'zh-hans': '用于展示钱花在哪里的段落。',
  },
  words,
  facts: drawnFacts(spendingMultiples),
  build: spendingMultiples,
});
