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
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build';
import { brokenMentions, internalMentions, type Target } from '../support/link-check';
import { publicUrl } from '../support/resolve';
import { distRoot, outputFiles, publicRoot, sitePages } from '../support/site';
import { serveDist } from '../support/static-server';

const base = '/two-ways/';
const scratch = await mkdtemp(path.join(tmpdir(), 'two-ways-rebuilds-'));
const outDir = path.join(scratch, 'sub-path');
let log = '';

beforeAll(async () => {
  log = await buildSite(outDir, { force: true, env: { BASE_PATH: base } });
}, 300_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Warning lines printed more than once, without their timestamps. */
function repeatedWarnings(text: string): string[] {
  const warnings = text.split('\n').filter((line) => line.includes('[WARN]')).map((line) => line.replace(/^\S*\d\d:\d\d:\d\d\s*/u, ''));
  return [...new Set(warnings.filter((line, index) => warnings.indexOf(line) !== index))];
}

const compressed = /\.(?:br|gz)$/u;
const unpack = (file: string, bytes: Buffer): Buffer => (file.endsWith('.br') ? brotliDecompressSync(bytes) : gunzipSync(bytes));
/** The sub-path build's bytes with its base path written back to the root's. */
const atRoot = (bytes: Buffer): Buffer => Buffer.from(bytes.toString('latin1').replaceAll(base, '/'), 'latin1');

interface Comparison {
  /** Files that differ from dist/ once the base path is written back, or exist in one build only. */
  differing: string[];
  /** Uncompressed files of the sub-path build that name the base path: the comparison is not vacuous. */
  mentioningBase: number;
}

/**
 * The sub-path build against dist/, each file read once. A compressed copy of a file that mentions the base
 * path cannot match byte for byte, so it is compared unpacked.
 */
async function compareWithDist(): Promise<Comparison> {
  const [ours, theirs] = await Promise.all([outputFiles(distRoot), outputFiles(outDir)]);
  const onlyOne = ours.filter((file) => !theirs.includes(file)).concat(theirs.filter((file) => !ours.includes(file)));
  const differing: string[] = onlyOne.map((file) => `${file} (exists in only one build)`);
  let mentioningBase = 0;
  for (const file of ours.filter((file) => theirs.includes(file))) {
    const [root, sub] = await Promise.all([readFile(path.join(distRoot, file)), readFile(path.join(outDir, file))]);
    if (!compressed.test(file) && sub.includes(base)) mentioningBase += 1;
    if (root.equals(sub)) continue;
    if (root.equals(atRoot(sub))) continue;
    if (compressed.test(file) && unpack(file, root).equals(atRoot(unpack(file, sub)))) continue;
    differing.push(file);
  }
  return { differing, mentioningBase };
}

describe(`a clean build with BASE_PATH=${base}`, () => {
  test('prints no repeated warnings and no colour codes', () => {
    expect(log).toContain('Complete!');
    expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(log.includes('\u001b['), 'ANSI escape sequences in piped build output').toBe(false);
    expect(repeatedWarnings(log)).toEqual([]);
  });

  test('is dist/ byte for byte, once its base path is written back to /', async () => {
    expect((await outputFiles(outDir)).length).toBeGreaterThan(1000);
    const { differing, mentioningBase } = await compareWithDist();
    // Pages, feeds, the sitemap and _headers name the base path.
    expect(mentioningBase).toBeGreaterThan(100);
    expect(differing, 'files that differ from dist/ (after an edit, rebuild dist/ first)').toEqual([]);
  });

  test(`serves every page and resolves every internal link and anchor under ${base}`, async () => {
    const root = await publicRoot(outDir);
    expect(root.pathname).toBe(base);
    const server = await serveDist(outDir, base);
    try {
      const served = async (url: URL): Promise<Target> => {
        const response = await fetch(`${server.origin}${url.pathname}`);
        if (response.status !== 200) return { problem: `HTTP ${response.status} from a server of the build under ${base}` };
        const type = response.headers.get('content-type') ?? '';
        return type.startsWith('text/html') ? { html: await response.text() } : {};
      };
      const pages = await sitePages(outDir);
      expect(pages.map((page) => page.path), 'the same pages as the build in dist/').toEqual((await sitePages()).map((page) => page.path));
      for (const page of pages) expect((await served(publicUrl(root, page.path))).problem, page.path).toBeUndefined();
      const mentions = await internalMentions(outDir, root, pages);
      const outside = mentions.filter((mention) => !mention.url.pathname.startsWith(base)).map((mention) => `${mention.from} → ${mention.url.pathname}`);
      expect(outside, `internal URLs missing the ${base} prefix`).toEqual([]);
      expect(await brokenMentions(mentions, served)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
