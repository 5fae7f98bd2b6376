import { describe, expect, test } from 'vitest';
import { datesIn, parseChineseNumeral, quantitiesIn } from './quote-numbers';

// Rounded to a millionth so floating-point products such as 1.245 × 1e8 compare exactly.
const values = (quote: string) => quantitiesIn(quote).map((q) => [Math.round(q.value * 1e6) / 1e6, q.unit.kind === 'money' ? q.unit.currency : q.unit.kind]);

describe('quantitiesIn', () => {
  test('reads 萬 and 億 scales with their currency', () => {
    expect(values('分別實現(xiàn)營收5740萬元、1.245億元')).toEqual([
      [57_400_000, 'RMB'],
      [124_500_000, 'RMB'],
    ]);
  });

  test('tells US dollars, Hong Kong dollars and yuan apart', () => {
    expect(values('350萬美元(約為人民幣2464.4萬元)')).toEqual([
      [3_500_000, 'USD'],
      [24_644_000, 'RMB'],
    ]);
    expect(values('較116.2港元/股的發(fā)行價上漲13.17%')).toEqual([
      [116.2, 'HKD'],
      [13.17, 'percent'],
    ]);
  });

  test('reads 萬億 as a trillion and bare 億 as a hundred million', () => {
    expect(values('日均token消耗量為4.2萬億')).toEqual([[4.2e12, 'plain']]);
    expect(values('智譜已經(jīng)拿下億元A輪融資')).toContainEqual([1e8, 'RMB']);
  });

  test('reads Chinese numerals, 成 as tenths and fractions as percent', () => {
    expect(values('超七成收入來自海外')).toContainEqual([70, 'percent']);
    expect(values('近3/4')).toEqual([[75, 'percent']]);
    expect(values('千億港元')).toContainEqual([1e11, 'HKD']);
    expect(values('收入占比提升至一半')).toContainEqual([50, 'percent']);
  });

  test('gives the first figure of a range the scale and unit of the second', () => {
    expect(values('明年甚至有望達到200-260億美元')).toEqual(
      expect.arrayContaining([
        [2e10, 'USD'],
        [2.6e10, 'USD'],
      ]),
    );
    expect(values('兩者70%-80% 的研發(fā)投入')).toEqual(expect.arrayContaining([[70, 'percent'], [80, 'percent']]));
  });

  test('reads multiples and days', () => {
    expect(values('是當(dāng)年營收的7倍')).toEqual([[7, 'multiple']]);
    expect(values('從2022年的23天拉長至2025年上半年的112天')).toEqual(
      expect.arrayContaining([[23, 'days'], [112, 'days']]),
    );
  });
});

describe('parseChineseNumeral', () => {
  test.each([
    ['七', 7],
    ['十', 10],
    ['二十五', 25],
    ['百', 100],
    ['兩千', 2000],
  ])('%s is %i', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });

  test('rejects text that is not a numeral', () => {
    expect(parseChineseNumeral('小虎')).toBeUndefined();
  });
});

describe('datesIn', () => {
  test('reads full, year-month and month-day dates', () => {
    expect(datesIn('在 2022年8月研發(fā)出')).toEqual([{ year: 2022, month: 8, day: undefined, text: '2022年8月' }]);
    expect(datesIn('截至2025年9月30日')).toEqual([{ year: 2025, month: 9, day: 30, text: '2025年9月30日' }]);
    expect(datesIn('1月8日,全球大模型第一股')).toEqual([{ month: 1, day: 8, text: '1月8日' }]);
  });
});
