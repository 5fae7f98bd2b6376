import { describe, expect, test } from 'vitest';
import { getFact } from '../../facts/registry';
import { marksOf, textsOf } from '../kit/marks';
import { buildChart } from '../registry';
import { build, firstDayClose, states } from './spec';

const value = (id: Parameters<typeof getFact>[0]) => getFact(id).value as number;

describe('listing-verdict', () => {
  test('the first-day close is computed from the offer price and the first-day change', () => {
    expect(firstDayClose('zhipu')).toBeCloseTo(value('zhipu.offer-price') * (1 + value('zhipu.first-day-change') / 100), 9);
    expect(firstDayClose('minimax')).toBeCloseTo(value('minimax.offer-price') * (1 + value('minimax.first-day-change') / 100), 9);
  });

  test.each(['narrow', 'wide'] as const)('%s: a hollow and a filled point per company and panel, placed in proportion to the values', (layoutName) => {
    const layout = build({ locale: 'en' })[layoutName];
    for (const [company, before, after] of [
      ['zhipu', value('zhipu.offer-price'), firstDayClose('zhipu')],
      ['minimax', value('minimax.offer-price'), firstDayClose('minimax')],
    ] as const) {
      const points = marksOf(layout, 'point').filter((p) => p.key === `${company}-price`);
      expect(points.map((p) => p.fill)).toEqual(['paper', company]);
      const zero = marksOf(layout, 'line').find((l) => l.key === `${company}-price` && l.stroke === 'ink-soft');
      const origin = zero?.x1 ?? 0;
      const [hollow, filled] = points;
      expect(((filled?.x ?? 0) - origin) / ((hollow?.x ?? 0) - origin)).toBeCloseTo(after / before, 6);
    }
    const valuePoints = marksOf(layout, 'point').filter((p) => p.key?.endsWith('-value'));
    expect(valuePoints).toHaveLength(4);
  });

  test('labels state prices, the computed close and the move, in each edition', () => {
    const en = build({ locale: 'en' });
    expect(textsOf(en.narrow, 'zhipu-price')).toEqual(['Zhipu', 'offer HK$116.2 → first-day close HK$131.5', '+13.17%']);
    expect(textsOf(en.narrow, 'minimax-price')).toEqual(['MiniMax', 'offer HK$165 → first-day close HK$345', '+109.09%†']);
    expect(textsOf(en.wide, 'minimax-value')).toEqual(['MiniMax', 'about HK$50 billion → HK$112.8 billion†']);
    const zh = build({ locale: 'zh-hans' });
    expect(textsOf(zh.narrow, 'zhipu-price')).toEqual(['智谱', '发行价116.2港元 → 首日收盘131.5港元', '+13.17%']);
    expect(textsOf(zh.narrow, 'zhipu-value')).toEqual(['智谱', '约500亿港元 → 约800亿港元']);
  });

  test('title, summary, notes and table come from the facts, and the disagreement on MiniMax is noted', () => {
    const en = build({ locale: 'en' });
    expect(en.title).toContain('109.09%');
    expect(en.title).toContain('13.17%');
    for (const figure of ['HK$116.2', 'HK$131.5', 'HK$165', 'HK$345', 'about HK$50 billion', 'about HK$80 billion', 'HK$112.8 billion']) {
      expect(en.summary).toContain(figure);
    }
    const notes = en.notes.join('\n');
    expect(notes).toMatch(/† MiniMax market value.*HK\$112\.8 billion.*about HK\$110 billion.*more than HK\$100 billion/u);
    expect(notes).toContain('offer price × (1 + first-day change)');
    expect(en.table.rows).toEqual([
      ['Zhipu: share price (offer, first-day close)', 'HK$116.2', 'HK$131.5 (calculated)', '+13.17%'],
      ['MiniMax: share price (offer, first-day close)', 'HK$165', 'HK$345 (calculated)', '+109.09%†'],
      ['Zhipu: market value (before listing, latest)', 'about HK$50 billion', 'about HK$80 billion', '+60% (calculated)'],
      ['MiniMax: market value (before listing, latest)', 'about HK$50 billion', 'HK$112.8 billion†', '+126% (calculated)'],
    ]);
    expect(en.factIds).toEqual(expect.arrayContaining(['zhipu.offer-price', 'minimax.first-day-change', 'zhipu.market-value', 'minimax.pre-ipo-valuation']));
  });

  test('states reveal the story in steps', () => {
    const offer = build({ locale: 'en', state: 'offer' });
    expect(marksOf(offer.wide, 'point').filter((p) => p.key?.endsWith('-price')).map((p) => p.fill)).toEqual(['paper', 'paper']);
    expect(textsOf(offer.wide, 'minimax-price')).toEqual(['MiniMax', 'offer HK$165']);
    expect(offer.wide.marks.filter((m) => m.key?.endsWith('-value')).every((m) => m.dimmed)).toBe(true);
    const firstDay = build({ locale: 'en', state: 'first-day' });
    expect(textsOf(firstDay.wide, 'minimax-price')).toContain('+109.09%†');
    expect(firstDay.wide.marks.filter((m) => m.key?.endsWith('-price')).some((m) => m.dimmed)).toBe(false);
    const value = build({ locale: 'en', state: 'market-value' });
    expect(value.wide.marks.filter((m) => m.key?.endsWith('-price')).every((m) => m.dimmed)).toBe(true);
    expect(value.wide.marks.filter((m) => m.key?.endsWith('-value')).some((m) => m.dimmed)).toBe(false);
  });

  test('each state has a headline for the step it tells', () => {
    expect(build({ locale: 'en', state: 'offer' }).title).toBe('MiniMax sold its shares at HK$165 each, Zhipu at HK$116.2');
    expect(build({ locale: 'en', state: 'first-day' }).title).toBe(build({ locale: 'en' }).title);
    expect(build({ locale: 'en', state: 'market-value' }).title).toBe(
      'Both were valued at about HK$50 billion before listing; now MiniMax is worth HK$112.8 billion, Zhipu about HK$80 billion',
    );
    expect(build({ locale: 'zh-hans', state: 'offer' }).title).toBe('MiniMax发行价每股165港元，智谱116.2港元');
  });

  test.each(['en', 'zh-hans', 'zh-hant'] as const)('%s: every state passes the frame checks', (locale) => {
    for (const state of [undefined, ...states]) expect(() => buildChart('listing-verdict', { locale, state })).not.toThrow();
  });
});
