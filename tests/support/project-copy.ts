/**
 * A throwaway copy of the project (sources, seeds, config; node_modules linked, not copied) and a real
 * `astro build` of it, for tests that must see what an editor's mistake or a fixture chapter does to a
 * whole build without touching the working tree.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildEnvironment } from './build.ts';

export const projectRoot = process.cwd();

export function copyProject(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of ['src', 'seeds', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

export function buildCopy(dir: string): { status: number | null; output: string } {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--root', dir], {
    cwd: dir,
    encoding: 'utf8',
    env: buildEnvironment({}),
    timeout: 240_000,
  });
  // CI may force colour on; tests match words, not escape codes.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
