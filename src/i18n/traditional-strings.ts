/**
 * The Traditional string tables are the Simplified ones converted, key by key, through toTraditional; a
 * hand-written Traditional string, where one is given, wins. Functions convert what they return, so
 * "第${n}章" converts as it is filled in.
 */
import type { Locale } from '../lib/locale';
import { toTraditional } from './traditional';

type Table = Record<string, unknown>;

function convertValue(value: unknown): unknown {
  if (typeof value === 'string') return toTraditional(value);
  if (typeof value === 'function') {
    const wording = value as (...args: unknown[]) => unknown;
    const converted = (...args: unknown[]) => convertValue(wording(...args));
    // Keep the arity, so the key-by-key check of the tables sees the same signature in every edition.
    return Object.defineProperty(converted, 'length', { value: wording.length });
  }
  if (Array.isArray(value)) return value.map(convertValue);
  if (value !== null && typeof value === 'object') return traditionalTable(value as Table);
  return value;
}

function traditionalTable(simplified: Table): Table {
  return Object.fromEntries(Object.entries(simplified).map(([key, value]) => [key, convertValue(value)]));
}

/** Any words (a string, a table, a function wording a sentence) converted to Traditional, shape kept. */
export function traditionalWords<T>(simplified: T): T {
  return convertValue(simplified) as T;
}

/**
 * A table in every edition: English and Simplified as written, Traditional converted from the Simplified,
 * with any hand-written Traditional strings laid over it.
 */
export function editionTable<T extends object>(en: T, zhHans: T, zhHantHandWritten: Partial<T> = {}): Record<Locale, T> {
  return { en, 'zh-hans': zhHans, 'zh-hant': { ...traditionalWords(zhHans), ...zhHantHandWritten } };
}
