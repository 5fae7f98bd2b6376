/**
 * A throwaway copy of the project (sources, seeds, config) for tests that must see what an editor's
 * mistake or a fixture does to a whole build without touching the working tree. Build it with
 * buildCopy (build.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './site.ts';

export { projectRoot };

/**
 * The copy's node_modules links each package of the project's, but not the caches under it
 * (node_modules/.astro holds Astro's content store, .vite the dev server's): copies built side by side, or
 * beside a build of the project itself, must not write one another's cache.
 */
function linkPackages(dir: string): void {
  const own = path.join(dir, 'node_modules');
  mkdirSync(own);
  const shared = path.join(projectRoot, 'node_modules');
  for (const entry of readdirSync(shared)) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(path.join(shared, entry), path.join(own, entry));
  }
}

export function copyProject(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of ['src', 'seeds', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  linkPackages(dir);
  return dir;
}
