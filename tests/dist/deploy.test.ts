/**
 * What a static host or CDN needs beside the pages: precompressed copies that decompress to the
 * original, a headers file with the caching rules, and the machine-readable llms.txt.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { compressedCopies, isCompressible } from '../../src/integrations/compress';
import { headersFor, readHeadersFile } from '../support/headers-file';
import { distRoot, outputFiles, publicRoot, requireBuild, sitePages } from '../support/site';

const files = await outputFiles(requireBuild(distRoot));
const originals = files.filter((file) => isCompressible(file));
const root = await publicRoot();
const prefix = root.pathname.replace(/\/$/u, '');

describe('precompressed copies', () => {
  test.each(originals)('%s has copies that unpack to it, brotli at least from 1 KB up', async (file) => {
    const original = await readFile(path.join(distRoot, file));
    const hasCopy = files.includes(`${file}.br`);
    if (original.length >= 1000) expect(hasCopy, `${file}.br`).toBe(true);
    for (const { extension } of compressedCopies) {
      if (!files.includes(`${file}${extension}`)) continue;
      const packed = await readFile(path.join(distRoot, `${file}${extension}`));
      const unpacked = extension === '.br' ? brotliDecompressSync(packed) : gunzipSync(packed);
      expect(unpacked.equals(original), `${file}${extension} unpacks to ${file}`).toBe(true);
      expect(packed.length).toBeLessThan(original.length);
    }
  });

  test('no copy is left without its original', () => {
    const orphans = files.filter((file) => /\.(?:br|gz)$/u.test(file) && !files.includes(file.replace(/\.(?:br|gz)$/u, '')));
    expect(orphans).toEqual([]);
  });
});

const rules = await readHeadersFile(distRoot);
const caching = (pathname: string) => headersFor(rules, pathname).filter(([name]) => name === 'Cache-Control').map(([, value]) => value);
const llmsTxt = await readFile(path.join(distRoot, 'llms.txt'), 'utf8').catch(() => '');
const llmsLinks = [...llmsTxt.matchAll(/\]\((\S+?)\)/gu)].map((match) => new URL(match[1] ?? ''));

describe('_headers', () => {
  test('caches hashed assets for a year and pages for five minutes, one rule each', async () => {
    expect(caching(`${prefix}/_astro/Base.0123abcd.css`)).toEqual(['public, max-age=31536000, immutable']);
    const pages = await sitePages();
    expect(pages.length, 'pages in the build').toBeGreaterThan(0);
    const pageRules = pages.map((page) => [page.path, caching(`${prefix}${page.path}`)]);
    expect(pageRules).toEqual(pages.map((page) => [page.path, ['public, max-age=300, must-revalidate']]));
  });

  test('every asset under _astro/ has a content hash in its name, so the year-long caching is safe', () => {
    const unhashed = files.filter((file) => file.startsWith('_astro/') && !/\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+(?:\.(?:br|gz))?$/u.test(file));
    expect(unhashed).toEqual([]);
  });
});

describe('llms.txt', () => {
  test('follows llmstxt.org: an H1, a summary quote and sections of links', () => {
    expect(llmsTxt).toMatch(/^# \S/u);
    expect(llmsTxt).toMatch(/^> \S/mu);
    expect(llmsTxt).toMatch(/^## \S/mu);
  });

  test('points to the facts as JSON and CSV', () => {
    const paths = llmsLinks.map((url) => url.pathname);
    expect(paths).toContain(`${prefix}/data/facts.json`);
    expect(paths).toContain(`${prefix}/data/facts.csv`);
  });

  test('lists every page of the build', async () => {
    const listed = new Set(llmsLinks.map((url) => url.pathname));
    const missing = (await sitePages()).map((page) => `${prefix}${page.path}`).filter((pathname) => !listed.has(pathname));
    expect(missing).toEqual([]);
  });
});
