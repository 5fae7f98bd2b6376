/** The receivable-days chart's words: English and Simplified Chinese (Traditional is generated from these). */
import type { Words } from '../frame/draft-text';

export interface ReceivableWords {
  title: (days: string, times: string) => string;
  /** Headlines for the scrolly steps: what the highlighted bars show. */
  earlyTitle: (periods: string) => string;
  stretchTitle: (periods: string) => string;
  costsTitle: (cost: string, revenue: string) => string;
  costsHeading: string;
  costLabels: { revenue: string; cost: (share: string) => string };
  subtitle: (from: string, to: string) => string;
  summary: (early: string, stretch: string, times: string) => string;
  step: (days: string, period: string) => string;
  annotation: (times: string, period: string) => string;
  caption: string;
  columns: [string, string];
  computedNote: (times: string, last: string, first: string) => string;
}

export const words: Words<ReceivableWords> = {
  en: {
    title: (days, times) => `Zhipu now waits ${days} to be paid, ${times} as long as in 2022`,
    earlyTitle: (periods) => `At first Zhipu was paid fast: ${periods}`,
    stretchTitle: (periods) => `Then the wait stretched: ${periods}`,
    costsTitle: (cost, revenue) => `The costs do not wait: on-premise work cost ${cost} to deliver against ${revenue} of revenue`,
    costsHeading: 'On-premise deployment, first half of 2025',
    costLabels: { revenue: 'Revenue', cost: (share) => `Cost of revenue (${share} of the company’s total)` },
    subtitle: (from, to) => `Average trade receivable turnover days, ${from} to ${to}`,
    summary: (early, stretch, times) =>
      `Zhipu’s average trade receivable turnover days, the time its customers take to pay, were ${early}, then stretched to ${stretch}: ${times} the 2022 level.`,
    step: (days, period) => `${days} in ${period}`,
    annotation: (times, period) => `${times} the ${period} wait`,
    caption: 'Zhipu: average trade receivable turnover days; on-premise revenue and cost of revenue',
    columns: ['Period', 'Value'],
    computedNote: (times, lastDays, firstDays) => `${times} is our calculation: ${lastDays} divided by ${firstDays}.`,
  },
  'zh-hans': {
    title: (days, times) => `智谱回款周期拉长至${days}，是2022年的${times}`,
    earlyTitle: (periods) => `起初智谱回款很快：${periods}`,
    stretchTitle: (periods) => `随后回款周期不断拉长：${periods}`,
    costsTitle: (cost, revenue) => `成本却不等人：本地化部署收入${revenue}，营业成本${cost}`,
    costsHeading: '本地化部署，2025年上半年',
    costLabels: { revenue: '收入', cost: (share) => `营业成本（占公司总营业成本${share}）` },
    subtitle: (from, to) => `平均贸易应收款项周转天数，${from}至${to}`,
    summary: (early, stretch, times) =>
      `智谱平均贸易应收款项周转天数（客户付款所需时间）${early}，随后拉长至${stretch}，是2022年的${times}。`,
    step: (days, period) => `${period}${days}`,
    annotation: (times, period) => `是${period}的${times}`,
    caption: '智谱：平均贸易应收款项周转天数；本地化部署收入与营业成本',
    columns: ['期间', '数值'],
    computedNote: (times, lastDays, firstDays) => `${times}为本站计算：${lastDays} ÷ ${firstDays}。`,
  },
};
