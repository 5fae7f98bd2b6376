import { describe, expect, test } from 'vitest';
import { marksOf, textsOf } from '../kit/marks';
import { buildChart } from '../registry';
import { build, fates } from './spec';

const tigers = ['zhipu', 'minimax', 'moonshot', 'stepfun', 'baichuan', 'zeroone'];

describe('six-tigers', () => {
  test.each(['narrow', 'wide'] as const)('%s: six cards under four fates, each fate with its own icon and words', (layoutName) => {
    const layout = build({ locale: 'en' })[layoutName];
    expect(marksOf(layout, 'rect').map((m) => m.key)).toEqual(tigers);
    for (const fate of fates) expect(textsOf(layout, `fate-${fate}`).length).toBeGreaterThan(0);
    const icons = new Set(marksOf(layout, 'path').filter((m) => m.key?.startsWith('fate-')).map((m) => m.d.replace(/[\d.-]+/gu, '')));
    expect(icons.size).toBeGreaterThanOrEqual(3);
    expect(textsOf(layout, 'fate-listed').join(' ')).toBe('Listed in Hong Kong');
  });

  test('cards carry the figures behind each fate', () => {
    const en = build({ locale: 'en' }).wide;
    expect(textsOf(en, 'moonshot').join(' ')).toMatch(/US\$500 million Series C.*valued at US\$4\.3 billion.*more than RMB 10 billion in cash/u);
    expect(textsOf(en, 'baichuan').join(' ')).toMatch(/nearly 70% of staff laid off.*about 100 staff left/u);
    expect(textsOf(en, 'zeroone').join(' ')).toContain('†');
    const zh = build({ locale: 'zh-hans' }).narrow;
    expect(textsOf(zh, 'moonshot').join('')).toContain('投后估值43亿美元');
    expect(textsOf(zh, 'baichuan').join('')).toContain('裁员近70%');
  });

  test('title counts the fates from the facts; notes record the 01.AI disagreement between the outlets by name', () => {
    const en = build({ locale: 'en' });
    expect(en.title).toBe('Of China’s six AI “tigers”, two have listed, two are still at the table and two have left the general-model race');
    const zeroOne = en.notes.find((note) => note.includes('01.AI')) ?? '';
    expect(zeroOne).toMatch(/^† Sources differ on 01\.AI: STAR Market Daily says .*; Beijing Science and Technology News says .*medical AI/u);
    const zh = build({ locale: 'zh-hans' });
    expect(zh.title).toBe('大模型“六小虎”：两家上市，两家仍在牌桌，两家退出通用模型竞争');
    expect(zh.notes[0]).toMatch(/零一万物.*科创板日报.*北京科技报/u);
    expect(en.summary).toContain('Zhipu and MiniMax listed in Hong Kong');
    expect(en.factIds).toEqual(expect.arrayContaining(['peers.zeroone.status', 'peers.moonshot.valuation', 'peers.baichuan.layoffs-share']));
  });

  test('the data table has a row per tiger with its status and details', () => {
    const rows = build({ locale: 'en' }).table.rows;
    expect(rows.map((row) => row[0])).toEqual(['Zhipu', 'MiniMax', 'Moonshot AI (月之暗面)', 'StepFun (阶跃星辰)', 'Baichuan (百川智能)', '01.AI (零一万物)']);
    expect(rows[4]?.[1]).toBe('Pivoted to medical AI: Left general foundation models; pivoted to medical AI');
  });

  test.each(['en', 'zh-hans', 'zh-hant'] as const)('%s passes the frame checks', (locale) => {
    expect(() => buildChart('six-tigers', { locale })).not.toThrow();
  });
});
