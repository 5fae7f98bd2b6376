import { describe, expect, test } from 'vitest';
import { readChapter } from './chapter-reading';
import { chineseFiguresIn } from './chinese-figures';
import { formatHardCodedFigure, hardCodedFigures } from './figure-rules';

const zh = (prose: string) => chineseFiguresIn(prose);

describe('figures in Chinese prose', () => {
  test('catches digits, full-width digits and percent signs', () => {
    expect(zh('营收增长了130%，亏损达２９亿元，占比％。')).toEqual(['130%', '２９', '％', '亿']);
  });

  test('catches numerals from 三 up, alone or in a run', () => {
    expect(zh('三家公司')).toEqual(['三']);
    expect(zh('前十大互联网公司')).toEqual(['十']);
    expect(zh('七成收入来自海外')).toEqual(['七成']);
    expect(zh('亏损超过一百亿')).toEqual(['一百亿']);
    expect(zh('十二个月')).toEqual(['十二']);
    expect(zh('数十亿tokens')).toEqual(['十亿']);
    expect(zh('千亿大模型')).toEqual(['千亿']);
    expect(zh('万亿级市场')).toEqual(['万亿']);
    expect(zh('毛利率为零')).toEqual(['零']);
    expect(zh('好莱坞三巨头')).toEqual(['三']);
  });

  test('catches multiples, fractions and halving, with or without a numeral before them', () => {
    expect(zh('收入增长了两倍')).toEqual(['两倍']);
    expect(zh('研发是营收的七倍')).toEqual(['七倍']);
    expect(zh('成本翻倍，收入翻了一番，利润翻番')).toEqual(['倍', '翻了一番', '翻番']);
    expect(zh('收入倍增，亏损数倍于此')).toEqual(['倍增', '数倍']);
    expect(zh('只占十分之一')).toEqual(['十分之一']);
    expect(zh('百分之三十的收入')).toEqual(['百分之三十']);
    expect(zh('不到几分之一')).toEqual(['分之一']);
    expect(zh('一半收入来自海外，两成来自API')).toEqual(['一半', '两成']);
    expect(zh('过半收入，半数用户，营销费用减半，估值腰斩')).toEqual(['过半', '半数', '减半', '腰斩']);
    expect(zh('两位数增长')).toEqual(['两位数']);
  });

  test('lets 一, 二 and 两 through where they count nothing or mean "one" and "the two"', () => {
    expect(zh('一家公司与唯一的客户一起统一部署，第一梯队，一直如此，进一步扩大，一度破发。')).toEqual([]);
    expect(zh('两家公司走上两条路，二者各有所长，第二年，两年后。')).toEqual([]);
    expect(zh('唯一成为全模态公司的一家，经过一番调整，一成不变。')).toEqual([]);
  });

  test('lets through names and words that merely contain a numeral', () => {
    expect(zh('六小虎与六小龙，零一万物和百度、千问，四处开花，十分激烈，第三方，千行百业，零售。')).toEqual([]);
    expect(zh('前三季度收入，前三个季度亏损')).toEqual([]);
    expect(zh('百川智能转向医疗AI，百川的团队')).toEqual([]);
  });

  test('an allowed word does not shelter a figure beside it', () => {
    expect(zh('十分之一')).toEqual(['十分之一']);
    expect(zh('前三季度增长三倍')).toEqual(['三倍']);
    expect(zh('六小虎中的三家')).toEqual(['三']);
    expect(zh('百川留下百人团队')).toEqual(['百']);
  });
});

describe('the chapter rule in a Chinese chapter', () => {
  test('reads a Chinese chapter with the Chinese rule and names the line; figures in components and frontmatter are not prose', () => {
    const mdx = '---\ntitle: 三家\norder: 3\n---\n\n营收为<Fact id="zhipu.revenue.2024" />，是<Derived kind="multiple" of="a.b" by="c.d" digits={2} />。\n\n第二段有三家公司，增长两倍。\n';
    const found = hardCodedFigures(readChapter(mdx), 'zh');
    expect(found).toEqual([{ line: 8, figures: ['三', '两倍'] }]);
    expect(formatHardCodedFigure('a.mdx', found[0]!)).toBe(
      'a.mdx:8: prose writes a figure itself ("三", "两倍"); cite it with <Fact id="…" /> or <Derived … /> so it carries its source (npm run facts -- <words> finds the id).',
    );
  });

  test('the English rule would miss a Chinese numeral; English prose keeps its own rule', () => {
    expect(hardCodedFigures(readChapter('增长两倍，三家公司。'), 'en')).toEqual([]);
    expect(hardCodedFigures(readChapter('It lost three times as much.'), 'en')).toEqual([{ line: 1, figures: ['three'] }]);
  });
});
