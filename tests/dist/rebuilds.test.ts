/**
 * One fresh build, from clean and under a sub-path, in a temporary folder. It proves three things at once:
 *
 * - builds are reproducible, and Astro's content cache changes nothing: dist/ is the build `npm test` made
 *   (from the cache, when one exists), and the clean build matches it byte for byte once its base path is
 *   written back to `/`. Any difference the base path does not explain (an order, a hash, a date) fails.
 * - the base path reaches everything it should and nothing else, by the same comparison;
 * - a build under a sub-path works there: every page is served and every internal link and anchor resolves
 *   under that path.
 *
 * Its log also proves a clean build is quiet when piped: no repeated warnings, no colour codes.
 *
 * `npm test` makes the build beside the type check (tests/support/sub-path-build.ts) and names it in
 * SUB_PATH_BUILD; run alone, this file builds its own.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { brokenMentions, internalMentions, type Target } from '../support/link-check';
import { publicUrl } from '../support/resolve';
import { distRoot, outputFiles, publicRoot, sitePages } from '../support/site';
import { serveDist } from '../support/static-server';
import { buildUnderSubPath, readSubPathBuild, subPathBase as base, type SubPathBuild } from '../support/sub-path-build';

const made = process.env.SUB_PATH_BUILD;
const scratch = made ? undefined : await mkdtemp(path.join(tmpdir(), 'two-ways-rebuilds-'));
let build: SubPathBuild = { outDir: '', log: '' };

beforeAll(async () => {
  build = made ? await readSubPathBuild(path.resolve(made)) : await buildUnderSubPath(scratch ?? '');
}, 300_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Warning lines printed more than once, without their timestamps. */
function repeatedWarnings(text: string): string[] {
  const warnings = text.split('\n').filter((line) => line.includes('[WARN]')).map((line) => line.replace(/^\S*\d\d:\d\d:\d\d\s*/u, ''));
  return [...new Set(warnings.filter((line, index) => warnings.indexOf(line) !== index))];
}

/** dist/'s precompressed copies, which the sub-path build does not write (see sub-path-build.ts). */
const compressed = /\.(?:br|gz)$/u;
/** The sub-path build's bytes with its base path written back to the root's. */
const atRoot = (bytes: Buffer): Buffer => Buffer.from(bytes.toString('latin1').replaceAll(base, '/'), 'latin1');

interface Comparison {
  /** Files that differ from dist/ once the base path is written back, or exist in one build only. */
  differing: string[];
  /** Files compared. */
  compared: number;
  /** Files of the sub-path build that name the base path: the comparison is not vacuous. */
  mentioningBase: number;
}

/** The sub-path build against dist/ (less dist/'s precompressed copies), each file read once. */
async function compareWithDist(): Promise<Comparison> {
  const [all, theirs] = await Promise.all([outputFiles(distRoot), outputFiles(build.outDir)]);
  const ours = all.filter((file) => !compressed.test(file));
  const onlyOne = ours.filter((file) => !theirs.includes(file)).concat(theirs.filter((file) => !ours.includes(file)));
  const differing: string[] = onlyOne.map((file) => `${file} (exists in only one build)`);
  const shared = ours.filter((file) => theirs.includes(file));
  let mentioningBase = 0;
  for (const file of shared) {
    const [root, sub] = await Promise.all([readFile(path.join(distRoot, file)), readFile(path.join(build.outDir, file))]);
    if (sub.includes(base)) mentioningBase += 1;
    if (root.equals(sub) || root.equals(atRoot(sub))) continue;
    differing.push(file);
  }
  return { differing, compared: shared.length, mentioningBase };
}

describe(`a clean build with BASE_PATH=${base}`, () => {
  test('prints no repeated warnings and no colour codes', () => {
    expect(build.log).toContain('Complete!');
    expect(build.log).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(build.log.includes('\u001b['), 'ANSI escape sequences in piped build output').toBe(false);
    expect(repeatedWarnings(build.log)).toEqual([]);
  });

  test('is dist/ byte for byte, once its base path is written back to /', async () => {
    const { differing, compared, mentioningBase } = await compareWithDist();
    // Every page, feed, download and asset (the precompressed copies aside).
    expect(compared).toBeGreaterThan(350);
    // Pages, feeds, the sitemap and _headers name the base path.
    expect(mentioningBase).toBeGreaterThan(100);
    expect(differing, 'files that differ from dist/ (after an edit, rebuild dist/ first)').toEqual([]);
  });

  test(`serves every page and resolves every internal link and anchor under ${base}`, async () => {
    const root = await publicRoot(build.outDir);
    expect(root.pathname).toBe(base);
    const server = await serveDist(build.outDir, base);
    try {
      const served = async (url: URL): Promise<Target> => {
        const response = await fetch(`${server.origin}${url.pathname}`);
        if (response.status !== 200) return { problem: `HTTP ${response.status} from a server of the build under ${base}` };
        const type = response.headers.get('content-type') ?? '';
        return type.startsWith('text/html') ? { html: await response.text() } : {};
      };
      const pages = await sitePages(build.outDir);
      expect(pages.map((page) => page.path), 'the same pages as the build in dist/').toEqual((await sitePages()).map((page) => page.path));
      for (const page of pages) expect((await served(publicUrl(root, page.path))).problem, page.path).toBeUndefined();
      const mentions = await internalMentions(build.outDir, root, pages);
      const outside = mentions.filter((mention) => !mention.url.pathname.startsWith(base)).map((mention) => `${mention.from} → ${mention.url.pathname}`);
      expect(outside, `internal URLs missing the ${base} prefix`).toEqual([]);
      expect(await brokenMentions(mentions, served)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
