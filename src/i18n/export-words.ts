/**
 * Words of the data downloads (facts, chapter and chart CSV and JSON) per edition. JSON keys stay English in
 * every edition, so one program reads all three; CSV column headers and the values a reader sees follow the
 * edition. Traditional is generated from Simplified.
 */
import type { Locale } from '../lib/locale';
import { traditionalWords } from './traditional-strings';

export interface ExportWords {
  /** CSV headers, in the column order of csvColumns in src/lib/fact-export.ts. */
  columns: readonly string[];
  preferred: string;
  alternative: string;
  yes: string;
  no: string;
  factsTitle: string;
  chapterTitle: (chapter: string) => string;
}

const en: ExportWords = {
  columns: ['id', 'subject', 'metric', 'period', 'unit', 'currency', 'scale', 'reading', 'value', 'low', 'high', 'qualifier', 'formatted', 'seed', 'outlet', 'quote', 'assumption', 'note'],
  preferred: 'preferred',
  alternative: 'alternative',
  yes: 'true',
  no: 'false',
  factsTitle: 'Two Ways to Live: every fact with its sources',
  chapterTitle: (chapter) => `Figures in "${chapter}"`,
};

const zhHans: ExportWords = {
  columns: ['编号', '主题', '指标', '期间', '单位', '币种', '量级', '说法', '数值', '下限', '上限', '限定词', '显示为', '来源文件', '媒体', '原文引句', '本站假设', '注'],
  preferred: '默认说法',
  alternative: '另一说法',
  yes: '是',
  no: '否',
  factsTitle: '两种活法：全部数据及其来源',
  chapterTitle: (chapter) => `《${chapter}》中的数字`,
};

const words: Record<Locale, ExportWords> = { en, 'zh-hans': zhHans, 'zh-hant': traditionalWords(zhHans) };

export function exportWords(locale: Locale): ExportWords {
  return words[locale];
}
