/**
 * The data downloads of the Chinese editions (every fact, each chapter's and each chart's figures): CSV
 * headers in the edition's script, and the columns a reader reads (metric, period, reading, shown as, note)
 * with no English left. Codes (ids, unit kinds, currencies, qualifiers) and the seeds' quotes stay as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { untranslatedWords } from '../../src/i18n/latin-in-chinese.ts';
import { distRoot, requireBuild } from '../support/site';

requireBuild();

const headers = {
  'zh-hans': '编号,主题,指标,期间,单位,币种,量级,说法,数值,下限,上限,限定词,显示为,来源文件,媒体,原文引句,本站假设,注',
  'zh-hant': '編號,主題,指標,期間,單位,幣種,量級,說法,數值,下限,上限,限定詞,顯示為,來源文件,媒體,原文引句,本站假設,注',
} as const;

function csvFiles(edition: keyof typeof headers): string[] {
  const root = path.join(distRoot, edition, 'data');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.csv'))
    .map((file) => path.join(root, file));
}

/** RFC 4180 rows: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const match of text.matchAll(/((?:"(?:[^"]|"")*"|[^,\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^,\r\n]*))*)\r\n/gu)) {
    rows.push([...(match[1] ?? '').matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/gu)].map((cell) => (cell[1] ?? '').replace(/^"|"$/gu, '').replace(/""/gu, '"')));
  }
  return rows;
}

test.each(['zh-hans', 'zh-hant'] as const)('%s: every CSV download has Chinese headers and Chinese words in the columns a reader reads', (edition) => {
  const files = csvFiles(edition);
  const english: string[] = [];
  let cells = 0;
  for (const file of files) {
    const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
    expect(header?.join(','), file).toBe(headers[edition]);
    for (const row of rows) {
      // 指标, 期间, 数值 (a text fact's words), 说法, 显示为 and 注; 原文引句 is the seed's own sentence.
      for (const column of [2, 3, 7, 12, 17]) {
        const cell = row[column] ?? '';
        cells += 1;
        for (const word of untranslatedWords(cell)) english.push(`${path.relative(distRoot, file)}: "${word}" in "${cell}"`);
      }
    }
  }
  expect(english.slice(0, 20)).toEqual([]);
  expect(files).toHaveLength(1 + 5 + 15);
  expect(cells).toBeGreaterThan(3000);
});
