/** What the backers chart says, in English and Simplified Chinese (Traditional reuses Simplified). */
import type { Words } from '../frame/draft-text';
import type { InvestorKind } from './backers';

export interface BackerWords {
  title: string;
  subtitle: string;
  /** Legend entry for one marker shape. */
  kind: Record<InvestorKind, string>;
  /** Heading over a group of backers. */
  group: Record<InvestorKind, string>;
  tableCaption: string;
  columns: readonly [string, string, string, string];
  stakeNotStated: string;
  notes: {
    whoNotHowMuch: string;
    examplesOnly: (source: string) => string;
    grouping: (source: string) => string;
  };
  summary: (parts: { source: string; state: string; tech: string; international: string }) => string;
}

export const words: Words<BackerWords> = {
  en: {
    title: 'Zhipu was backed by state capital, MiniMax by tech giants and international investors',
    subtitle: 'Backers the sources name, before the January 2026 listings. Who backed whom, not how much',
    kind: { state: 'State capital', tech: 'Tech company', international: 'International investor' },
    group: { state: 'State capital', tech: 'Tech companies', international: 'International investors' },
    tableCaption: 'Backers named in the sources, by company',
    columns: ['Backer', 'Backed', 'Kind of investor', 'Stake or amount'],
    stakeNotStated: 'Not stated',
    notes: {
      whoNotHowMuch:
        'Who, not how much: no source gives the size of any stake or investment, so every line is drawn the same.',
      examplesOnly: (source) => `${source} names these backers as examples (“such as … and others”), so neither list is complete.`,
      grouping: (source) => `The grouping into state capital, tech companies and international investors is ${source}’s.`,
    },
    summary: ({ source, state, tech, international }) =>
      `${source} names state capital behind Zhipu: ${state}. Behind MiniMax it names tech companies (${tech}) ` +
      `and international investors (${international}). No source gives the size of any stake.`,
  },
  'zh-hans': {
    title: '智谱背后是国资，MiniMax背后是科技大厂和国际投资者',
    subtitle: '各来源点名的上市前投资方：只显示谁投了谁，不显示投了多少',
    kind: { state: '国资', tech: '科技大厂', international: '国际投资者' },
    group: { state: '国资', tech: '科技大厂', international: '国际投资者' },
    tableCaption: '各来源点名的投资方（按公司）',
    columns: ['投资方', '被投公司', '投资方类型', '持股或金额'],
    stakeNotStated: '未披露',
    notes: {
      whoNotHowMuch: '只显示谁投了谁，不代表投了多少：没有来源披露任何持股比例或投资金额，因此每条连线都画得一样粗。',
      examplesOnly: (source) => `${source}以“比如……等”列举这些投资方，两份名单都不完整。`,
      grouping: (source) => `国资、科技大厂和国际投资者的分类出自${source}。`,
    },
    summary: ({ source, state, tech, international }) =>
      `${source}点名的智谱背后的国资有${state}；MiniMax背后则是科技大厂（${tech}）和国际投资者（${international}）。` +
      '没有来源披露任何持股比例或金额。',
  },
};
