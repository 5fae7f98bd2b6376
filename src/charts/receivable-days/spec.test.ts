import { describe, expect, test } from 'vitest';
import { getFact } from '../../facts/registry';
import { buildChart } from '../registry';
import { marksOf, textsOf } from '../kit/marks';
import receivableDays from './chart';

const { build, states } = receivableDays;

const factIds = ['zhipu.receivable-days.2022', 'zhipu.receivable-days.2023', 'zhipu.receivable-days.2024', 'zhipu.receivable-days.h1-2025'] as const;
const costIds = ['zhipu.onprem-revenue.h1-2025', 'zhipu.onprem-cost.h1-2025', 'zhipu.onprem-cost-share.h1-2025'] as const;
const days = factIds.map((id) => getFact(id).value as number);

describe('receivable-days', () => {
  test.each(['narrow', 'wide'] as const)('%s: one bar per period, in time order, lengths proportional to the days', (layoutName) => {
    const layout = build({ locale: 'en' })[layoutName];
    const bars = marksOf(layout, 'rect').filter((bar) => bar.key?.startsWith('zhipu.receivable-days.'));
    expect(bars.map((bar) => bar.key)).toEqual([...factIds]);
    expect(bars.every((bar) => bar.fill === 'zhipu')).toBe(true);
    const perDay = (bars[0]?.width ?? 0) / (days[0] ?? 1);
    bars.forEach((bar, index) => expect(bar.width).toBeCloseTo((days[index] ?? 0) * perDay, 6));
    expect(bars.map((bar) => bar.y)).toEqual([...bars.map((bar) => bar.y)].sort((a, b) => a - b));
  });

  test('value labels read as days in each edition', () => {
    const en = build({ locale: 'en' });
    const zh = build({ locale: 'zh-hans' });
    expect(factIds.map((id) => textsOf(en.wide, id)[1])).toEqual(['23 days', '21 days', '58 days', '112 days']);
    expect(factIds.map((id) => textsOf(zh.narrow, id)[1])).toEqual(['23天', '21天', '58天', '112天']);
    expect(textsOf(zh.narrow, factIds[3])[0]).toBe('2025H1');
  });

  test('title, summary and notes state the finding from the facts, with the computed multiple explained in the notes', () => {
    const en = build({ locale: 'en' });
    expect(en.title).toContain('112 days');
    expect(en.title).toContain('4.9×');
    for (const figure of ['23 days', '21 days', '58 days', '112 days', 'first half of 2025']) expect(en.summary).toContain(figure);
    expect(en.notes.join(' ')).toMatch(/our calculation: 112 days divided by 23 days/u);
    expect(textsOf(en.wide)).toContain('4.9× the 2022 wait');
    const zh = build({ locale: 'zh-hans' });
    expect(zh.title).toBe('智谱回款周期拉长至112天，是2022年的4.9倍');
    expect(zh.summary).toContain('2025年上半年112天');
    expect(en.factIds).toEqual([...factIds, ...costIds]);
  });

  test('each scrolly state has a headline for what it highlights', () => {
    expect(build({ locale: 'en', state: 'early' }).title).toBe('At first Zhipu was paid fast: 23 days in 2022 and 21 days in 2023');
    expect(build({ locale: 'en', state: 'stretch' }).title).toBe('Then the wait stretched: 58 days in 2024 and 112 days in the first half of 2025');
    expect(build({ locale: 'en', state: 'all' }).title).toBe(build({ locale: 'en' }).title);
    expect(build({ locale: 'zh-hans', state: 'stretch' }).title).toBe('随后回款周期不断拉长：2024年58天和2025年上半年112天');
  });

  test('the data table lists every period with its days, then on-premise revenue and cost', () => {
    expect(build({ locale: 'en' }).table.rows).toEqual([
      ['2022', '23 days'],
      ['2023', '21 days'],
      ['2024', '58 days'],
      ['H1 2025', '112 days'],
      ['On-premise deployment, first half of 2025: Revenue', 'about RMB 162 million'],
      ['On-premise deployment, first half of 2025: Cost of revenue (nearly 70% of the company’s total)', 'RMB 66 million'],
    ]);
    expect(build({ locale: 'zh-hans' }).table.columns).toEqual(['期间', '数值']);
  });

  test('the costs state puts on-premise revenue against its cost, and a phone draws only those bars', () => {
    const costs = build({ locale: 'en', state: 'costs' });
    expect(costs.title).toBe('The costs do not wait: on-premise work cost RMB 66 million to deliver against about RMB 162 million of revenue');
    const narrowBars = marksOf(costs.narrow, 'rect');
    expect(narrowBars.map((bar) => bar.key)).toEqual(['zhipu.onprem-revenue.h1-2025', 'zhipu.onprem-cost.h1-2025']);
    expect((narrowBars[1]?.width ?? 0) / (narrowBars[0]?.width ?? 1)).toBeCloseTo(66 / 162, 6);
    const wideKeys = marksOf(costs.wide, 'rect').map((bar) => [bar.key, bar.dimmed === true]);
    expect(wideKeys).toContainEqual(['zhipu.receivable-days.2022', true]);
    expect(wideKeys).toContainEqual(['zhipu.onprem-cost.h1-2025', false]);
    expect(marksOf(build({ locale: 'en', state: 'early' }).narrow, 'rect').map((bar) => bar.key)).toEqual([...factIds]);
  });

  test('scrolly states dim the other phase and nothing else', () => {
    const dimmedKeys = (state: string) =>
      [...new Set(build({ locale: 'en', state }).wide.marks.filter((m) => m.dimmed).map((m) => m.key))];
    expect(dimmedKeys('all')).toEqual([]);
    expect(dimmedKeys('early')).toEqual([factIds[2], factIds[3], 'on-premise', costIds[0], costIds[1]]);
    expect(dimmedKeys('stretch')).toEqual([factIds[0], factIds[1], 'on-premise', costIds[0], costIds[1]]);
    expect(dimmedKeys('costs')).toEqual([...factIds]);
    expect(() => build({ locale: 'en', state: 'later' })).toThrow(/unknown state "later"; its states are all, early, stretch, costs/u);
  });

  test.each(['en', 'zh-hans', 'zh-hant'] as const)('%s: every state passes the frame checks (marks inside, no label collisions)', (locale) => {
    for (const state of [undefined, ...states]) expect(() => buildChart('receivable-days', { locale, state })).not.toThrow();
  });
});
