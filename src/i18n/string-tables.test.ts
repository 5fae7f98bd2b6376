/**
 * Every edition's interface words: one complete table per locale, key by key the English table's shape
 * (none missing, none extra), Chinese words without stray English, and Traditional words the converter
 * would leave alone.
 */
import { expect, test } from 'vitest';
import { travelWords } from '../charts/embed/words';
import { correctionStrings } from '../lib/correction-strings';
import { locales, type Locale } from '../lib/locale';
import { noteStrings } from '../lib/note-strings';
import { t } from '../lib/strings';
import { exportWords } from './export-words';
import { editionTable } from './traditional-strings';
import { stillConvertible } from './traditional';

const tables: [string, (locale: Locale) => object][] = [
  ['strings', t],
  ['notes', noteStrings],
  ['corrections', correctionStrings],
  ['travel', travelWords],
  ['exports', exportWords],
];

/** Each leaf as "path: kind", functions with their arity, so a renamed key or a changed signature shows. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (typeof value === 'string') return [`${path}: string`];
  if (Array.isArray(value)) return value.flatMap((item, index) => shape(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, path === '' ? key : `${path}.${key}`));
  }
  return [`${path}: ${typeof value}`];
}

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

// Names with no Chinese form, and file formats: the only Latin words a Chinese edition shows.
const latinAllowed = /\b(?:MiniMax|OpenAI|Anthropic|Manus|Meta|JSON|CSV|SVG|MDX|Atom|JavaScript)\b/gu;

test.each(tables)('the %s table of each edition has exactly the English keys', (name, table) => {
  const english = shape(table('en')).sort();
  expect(english.length).toBeGreaterThan(3);
  for (const locale of locales) expect(shape(table(locale)).sort(), `${name} in ${locale}`).toEqual(english);
});

test('Chinese words carry no English beyond names and file formats, and none equals the English', () => {
  let checked = 0;
  for (const [name, table] of tables) {
    const english = new Map(strings(table('en')));
    for (const locale of ['zh-hans', 'zh-hant'] as const) {
      for (const [path, text] of strings(table(locale))) {
        // "{n}" and "{total}" are filled in by a page script.
        expect(text.replace(latinAllowed, '').replace(/\{\w+\}/gu, ''), `${name}.${path} in ${locale}`).not.toMatch(/[A-Za-z]{2,}/u);
        if (!latinAllowed.test(text)) expect(text, `${name}.${path} in ${locale} is the English`).not.toBe(english.get(path));
        latinAllowed.lastIndex = 0;
        checked += 1;
      }
    }
  }
  expect(checked).toBeGreaterThan(300);
});

test('no Traditional word is one the converter would still change', () => {
  const traditional = tables.flatMap(([name, table]) => strings(table('zh-hant')).map(([path, text]) => [`${name}.${path}`, text] as const));
  expect(traditional.filter(([, text]) => stillConvertible(text))).toEqual([]);
  expect(traditional.length).toBeGreaterThan(150);
});

test('the Traditional edition of a table is its Simplified one converted, a hand-written string winning', () => {
  const table = editionTable({ more: 'More', data: 'Data' }, { more: '查看更多', data: '数据' }, { data: '資料' });
  expect(table.en).toEqual({ more: 'More', data: 'Data' });
  expect(table['zh-hans']).toEqual({ more: '查看更多', data: '数据' });
  expect(table['zh-hant']).toEqual({ more: '查看更多', data: '資料' });
  expect(editionTable({ data: 'Data' }, { data: '数据' })['zh-hant']).toEqual({ data: '數據' });
});
