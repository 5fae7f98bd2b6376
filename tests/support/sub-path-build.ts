/**
 * The site built from clean under a sub-path, for tests/dist/rebuilds.test.ts to hold against dist/.
 *
 * It needs nothing from dist/, so `npm test` makes it beside the type check and the main build, where a core
 * is free, rather than beside the browser tests, where none is: run as a script, this module builds into
 * `outDir` (a fresh copy of the project, so its clean Astro cache cannot meet the main build's) and the
 * dist tests are told where by SUB_PATH_BUILD. Run without it, the test builds its own.
 *
 * The build writes no precompressed copies (PRECOMPRESS=off): they are pure functions of the files they pack,
 * and tests/dist/deploy.test.ts proves dist/'s unpack to their originals, so comparing them again would cost
 * a third of the build and prove nothing new.
 *
 * Usage: node tests/support/sub-path-build.ts <outDir>
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from './build.ts';
import { copyProject } from './project-copy.ts';

export const subPathBase = '/two-ways/';

export interface SubPathBuild {
  /** The build's output folder. */
  outDir: string;
  /** What the build printed, escape codes kept: the quiet-build test looks for them. */
  log: string;
}

const logName = 'build.log';

/** Builds a fresh copy of the project under the sub-path into `outDir`/site, its log beside it; throws with the log's end on failure. */
export async function buildUnderSubPath(outDir: string): Promise<SubPathBuild> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const copy = copyProject('two-ways-sub-path-');
  try {
    const site = path.join(outDir, 'site');
    const log = await buildSite(site, { root: copy, env: { BASE_PATH: subPathBase, PRECOMPRESS: 'off' } });
    // Written last: a folder with a log holds a build that finished.
    await writeFile(path.join(outDir, logName), log);
    return { outDir: site, log };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** The build `npm test` made in `outDir`, or an error saying it is not there. */
export async function readSubPathBuild(outDir: string): Promise<SubPathBuild> {
  const log = await readFile(path.join(outDir, logName), 'utf8').catch(() => {
    throw new Error(`SUB_PATH_BUILD=${outDir} holds no finished build: run \`node tests/support/sub-path-build.ts ${outDir}\` first, or unset it`);
  });
  return { outDir: path.join(outDir, 'site'), log };
}

if (import.meta.filename === process.argv[1]) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node tests/support/sub-path-build.ts <outDir>');
    process.exit(2);
  }
  const started = performance.now();
  await buildUnderSubPath(path.resolve(outDir));
  console.log(`built under ${subPathBase} into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
