/**
 * Reads a _headers file (the Netlify and Cloudflare Pages format: a path pattern, then indented
 * "Name: value" lines) and answers which headers a host would send for a path.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** "*" matches any run of characters, as in both hosts' splats. */
function matches(pattern: string, pathname: string): boolean {
  const expression = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')).join('.*');
  return new RegExp(`^${expression}$`, 'u').test(pathname);
}

export function headersFor(rules: readonly HeaderRule[], pathname: string): [string, string][] {
  return rules.filter((rule) => matches(rule.pattern, pathname)).flatMap((rule) => rule.headers);
}

export async function readHeadersFile(root: string): Promise<HeaderRule[]> {
  const text = await readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  return parseHeadersFile(text);
}
