/**
 * Fresh builds in temporary folders, one after another (two Astro builds of one project must not run
 * at once): a clean build is byte-identical to the build under test in dist/, and a build under a
 * sub-path works under that path.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build';
import { brokenMentions, internalMentions, type Target } from '../support/link-check';
import { publicUrl } from '../support/resolve';
import { distRoot, outputFiles, publicRoot, sitePages } from '../support/site';
import { serveDist } from '../support/static-server';

const scratch = await mkdtemp(path.join(tmpdir(), 'two-ways-rebuilds-'));

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** The first file that differs between two builds, or undefined when they are identical. */
async function firstDifference(a: string, b: string): Promise<string | undefined> {
  const [filesA, filesB] = await Promise.all([outputFiles(a), outputFiles(b)]);
  const onlyOne = filesA.filter((file) => !filesB.includes(file)).concat(filesB.filter((file) => !filesA.includes(file)));
  if (onlyOne.length > 0) return `${onlyOne[0]} (exists in only one build)`;
  for (const file of filesA) {
    const [bytesA, bytesB] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!bytesA.equals(bytesB)) return file;
  }
  return undefined;
}

/** Warning lines printed more than once, without their timestamps. */
function repeatedWarnings(log: string): string[] {
  const warnings = log.split('\n').filter((line) => line.includes('[WARN]')).map((line) => line.replace(/^\S*\d\d:\d\d:\d\d\s*/u, ''));
  return [...new Set(warnings.filter((line, index) => warnings.indexOf(line) !== index))];
}

describe('reproducibility', () => {
  // The clean build here is the real project's, so its log also proves a clean build is quiet when piped.
  // dist/ is the build `npm test` made (from Astro's content cache, when one exists); a build from clean must
  // match it byte for byte, which proves both that builds are reproducible and that the cache changes nothing.
  test('a clean build is byte-identical to dist/, printing no repeated warnings and no colour codes', async () => {
    const clean = path.join(scratch, 'clean');
    const log = await buildSite(clean, { force: true });
    expect(log).toContain('Complete!');
    expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(log.includes('\u001b['), 'ANSI escape sequences in piped build output').toBe(false);
    expect(repeatedWarnings(log)).toEqual([]);
    expect((await outputFiles(clean)).length).toBeGreaterThan(100);
    expect(await firstDifference(distRoot, clean), 'first file that differs between dist/ and a clean build (after an edit, rebuild dist/ first)').toBeUndefined();
  });
});

describe('deployed under a sub-path', () => {
  const base = '/two-ways/';

  test(`a build with BASE_PATH=${base} resolves every internal link and anchor under ${base}`, async () => {
    const outDir = path.join(scratch, 'sub-path');
    await buildSite(outDir, { env: { BASE_PATH: base } });
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
