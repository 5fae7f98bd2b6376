import { describe, expect, test } from 'vitest';
import { getFact } from '../../facts/registry';
import { marksOf, textsOf } from '../kit/marks';
import { buildChart } from '../registry';
import type { ChartLayout } from '../types';
import { build } from './spec';

const funnel = ['minimax.cumulative-users', 'minimax.talkie-users', 'minimax.mau', 'minimax.payers'] as const;
const zhipu = ['zhipu.developers.sep-2025', 'zhipu.customers.sep-2025'] as const;
const all = [...funnel, ...zhipu];

/** Side of the square drawn for a fact: from its outline path or its rect. */
function side(layout: ChartLayout, key: string): number {
  const rect = marksOf(layout, 'rect').find((m) => m.key === key);
  if (rect) return rect.width;
  const path = marksOf(layout, 'path').find((m) => m.key === key && m.d.includes('H'));
  const match = /^M([\d.]+),[\d.]+H([\d.]+)/u.exec(path?.d ?? '');
  return match ? Number(match[2]) - Number(match[1]) : Number.NaN;
}

const count = (id: (typeof all)[number]) => {
  const fact = getFact(id);
  const scale = fact.unit.kind === 'count' ? { thousand: 1e3, million: 1e6 }[fact.unit.scale as 'thousand' | 'million'] : 1;
  return (fact.value as number) * scale;
};

describe('users-payers', () => {
  test.each(['narrow', 'wide'] as const)('%s: one square per figure, areas in proportion to the counts (not a log scale)', (layoutName) => {
    const layout = build({ locale: 'en' })[layoutName];
    const reference = side(layout, funnel[0]) ** 2 / count(funnel[0]);
    for (const id of all) expect(side(layout, id) ** 2 / count(id)).toBeCloseTo(reference, 6);
    expect(build({ locale: 'en' }).subtitle).toMatch(/by area \(not a log scale\)/u);
  });

  test('the funnel is nested and drawn largest first; the speck of enterprise customers is pointed out', () => {
    const layout = build({ locale: 'en' }).narrow;
    const sides = funnel.map((id) => side(layout, id));
    expect([...sides].sort((a, b) => b - a)).toEqual(sides);
    expect(side(layout, 'zhipu.customers.sep-2025')).toBeLessThan(3);
    expect(textsOf(layout, 'zhipu.customers.sep-2025').join(' ')).toContain('a speck at this scale');
  });

  test('labels give each count and what is counted, in each edition', () => {
    const en = build({ locale: 'en' }).wide;
    expect(all.map((id) => textsOf(en, id)[0])).toEqual(['more than 212 million', '147 million', '27.6 million', '1.77 million', 'more than 45 million', '12,000']);
    const zh = build({ locale: 'zh-hans' }).narrow;
    expect(all.map((id) => textsOf(zh, id)[0])).toEqual(['超2.12亿', '1.47亿', '2760万', '177万', '超4500万', '1.2万']);
    expect(textsOf(zh, 'zhipu.customers.sep-2025').join('')).toContain('企业客户');
  });

  test('title, summary, notes and table are drafted from the facts and say different things are counted', () => {
    const en = build({ locale: 'en' });
    expect(en.title).toBe('MiniMax has more than 212 million users but 1.77 million payers; Zhipu sells to 12,000 businesses');
    expect(en.summary).toContain('up to 0.83% of cumulative users');
    expect(en.notes.join(' ')).toContain('(up to 0.83%)');
    expect(build({ locale: 'zh-hans' }).summary).toContain('占累计用户的比例不超过0.83%');
    expect(en.notes.join(' ')).toMatch(/Different things are counted/u);
    expect(en.table.rows.map((row) => row[1])).toEqual(['more than 212 million', '147 million', '27.6 million', '1.77 million', 'more than 45 million', '12,000']);
    expect(en.factIds).toEqual(all);
    expect(build({ locale: 'zh-hans' }).title).toBe('MiniMax累计用户超2.12亿，付费用户仅177万；智谱服务1.2万家企业');
  });

  test.each(['en', 'zh-hans', 'zh-hant'] as const)('%s passes the frame checks', (locale) => {
    expect(() => buildChart('users-payers', { locale })).not.toThrow();
  });
});
