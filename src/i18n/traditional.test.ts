import { expect, test } from 'vitest';
import { stillConvertible, toTraditional } from './traditional';

test('converts Simplified to Hong Kong Traditional', () => {
  expect(toTraditional('营收亿元，后来在香港上市')).toBe('營收億元，後來在香港上市');
});

test('glossary overrides win over the converter', () => {
  // OpenCC's HK table alone gives 發佈.
  expect(toTraditional('智谱发布新模型')).toBe('智譜發布新模型');
});

test('flags text the converter would still change', () => {
  expect(stillConvertible('营收')).toBe(true);
  expect(stillConvertible('營收')).toBe(false);
});

test('prints the Big5 forms of Hong Kong newspapers, not the school glyph list', () => {
  // OpenCC's HK table alone gives 閲讀説明 and 用户.
  expect(toTraditional('阅读说明，用户')).toBe('閱讀說明，用戶');
  expect(toTraditional('叙事开启')).toBe('敘事開啟');
  expect(stillConvertible('閱讀說明')).toBe(false);
});

test('glossary terms found through the conversion snapshot', () => {
  // OpenCC alone gives 珠海華髮 (grey hair) and 併為 (merge).
  expect(toTraditional('与珠海华发合作项目，并为高校开发产品')).toBe('與珠海華發合作項目，並為高校開發產品');
  expect(toTraditional('并成为首个；计算机系；更复杂；资金链紧张；也写明了')).toBe('並成為首個；計算機系；更複雜；資金鏈緊張；也寫明了');
});

test('converting Traditional text again changes nothing, glossary terms included', () => {
  const traditional = toTraditional('并成为首个；计算机系；更复杂；资金链紧张；也写明了；珠海华发');
  expect(toTraditional(traditional)).toBe(traditional);
  expect(stillConvertible('清華大學計算機系')).toBe(false);
});
