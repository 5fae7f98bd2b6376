/**
 * The backers the sources name for each company, grouped the way S1 groups them: state capital behind
 * Zhipu; tech companies and international investors behind MiniMax. The facts are text, so each backer's
 * short name is kept here and checked against its fact's wording: if a fact is reworded and a name no
 * longer appears in it, the build stops naming the backer and the fact.
 */
import { getFact, type FactId } from '../../facts/registry';
import type { Words } from '../frame/draft-text';

export type Company = 'zhipu' | 'minimax';
export type InvestorKind = 'state' | 'tech' | 'international';

export interface Backer {
  /** Stable key for marks and tests. */
  key: string;
  factId: FactId;
  company: Company;
  kind: InvestorKind;
  name: Words<string>;
}

/** In the order S1 lists them. */
const named: readonly Backer[] = [
  {
    key: 'hangzhou-chengtou',
    factId: 'zhipu.backer.hangzhou-chengtou',
    company: 'zhipu',
    kind: 'state',
    name: { en: 'Hangzhou City Investment', 'zh-hans': '杭州城投' },
  },
  {
    key: 'shangcheng-capital',
    factId: 'zhipu.backer.shangcheng-capital',
    company: 'zhipu',
    kind: 'state',
    name: { en: 'Shangcheng Capital', 'zh-hans': '上城资本' },
  },
  {
    key: 'zhuhai-huafa',
    factId: 'zhipu.backer.zhuhai-huafa',
    company: 'zhipu',
    kind: 'state',
    name: { en: 'Zhuhai Huafa', 'zh-hans': '珠海华发' },
  },
  { key: 'alibaba', factId: 'minimax.backers', company: 'minimax', kind: 'tech', name: { en: 'Alibaba', 'zh-hans': '阿里' } },
  { key: 'tencent', factId: 'minimax.backers', company: 'minimax', kind: 'tech', name: { en: 'Tencent', 'zh-hans': '腾讯' } },
  {
    key: 'xiaohongshu',
    factId: 'minimax.backers',
    company: 'minimax',
    kind: 'tech',
    name: { en: 'Xiaohongshu', 'zh-hans': '小红书' },
  },
  {
    key: 'adia',
    factId: 'minimax.backers',
    company: 'minimax',
    kind: 'international',
    name: { en: 'Abu Dhabi Investment Authority', 'zh-hans': '阿布扎比投资局' },
  },
  {
    key: 'mirae-asset',
    factId: 'minimax.backers',
    company: 'minimax',
    kind: 'international',
    name: { en: 'Mirae Asset', 'zh-hans': '韩国未来资产' },
  },
];

function checkNamed(backer: Backer): void {
  const fact = getFact(backer.factId, 'src/charts/backers/backers.ts');
  const english = `${fact.metric} ${typeof fact.value === 'string' ? fact.value : ''}`;
  const chinese = `${fact.metricZh} ${fact.valueZh ?? ''}`;
  const missing = [
    !english.includes(backer.name.en) && `"${backer.name.en}" in its English wording`,
    !chinese.includes(backer.name['zh-hans']) && `"${backer.name['zh-hans']}" in its Chinese wording`,
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(
      `src/charts/backers/backers.ts: backer "${backer.key}" should be named by fact "${backer.factId}", ` +
        `but the fact no longer contains ${missing.join(' or ')}. Update the name or the fact.`,
    );
  }
}

/** Every named backer, checked against its fact. */
export function namedBackers(): readonly Backer[] {
  named.forEach(checkNamed);
  return named;
}

export const companies: readonly Company[] = ['zhipu', 'minimax'];
export const kindOrder: readonly InvestorKind[] = ['state', 'tech', 'international'];
