/**
 * The Traditional string tables are the Simplified ones converted, key by key, through toTraditional; a
 * hand-written Traditional string, where one is given, wins. Functions convert what they return, so
 * "第${n}章" converts as it is filled in.
 */
import { toTraditional } from './traditional';

type Table = Record<string, unknown>;

function convertValue(value: unknown): unknown {
  if (typeof value === 'string') return toTraditional(value);
  if (typeof value === 'function') return (...args: unknown[]) => convertValue((value as (...a: unknown[]) => unknown)(...args));
  if (Array.isArray(value)) return value.map(convertValue);
  if (value !== null && typeof value === 'object') return traditionalTable(value as Table);
  return value;
}

function traditionalTable<T extends Table>(simplified: T): T {
  return Object.fromEntries(Object.entries(simplified).map(([key, value]) => [key, convertValue(value)])) as T;
}

/** The Simplified table converted, with hand-written Traditional strings laid over it. */
export function traditionalStrings<T extends object>(simplified: T, handWritten: Partial<T> = {}): T {
  return { ...traditionalTable(simplified as Table), ...handWritten } as T;
}
