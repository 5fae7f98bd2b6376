/**
 * The line an entry is defined on in its module (`id: 'zhipu.revenue.2024'`), so that a fact or passage
 * problem reads `src/facts/zhipu.ts:195: …` like every other error. Read only when there is a problem to
 * report, from the project the build or the check runs in.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function definitionLine(file: string, id: string): number | undefined {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) return undefined;
  const source = readFileSync(absolute, 'utf8');
  const at = source.search(new RegExp(`\\bid:\\s*(['"])${id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\1`, 'u'));
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
}
