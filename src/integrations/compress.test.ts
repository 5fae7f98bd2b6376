import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { compress, isCompressible } from './compress';

test('compresses text formats only', () => {
  expect(['a.html', 'b.CSS', 'c.js', 'd.json', 'e.csv', 'f.svg', 'llms.txt', 'sitemap-0.xml'].every(isCompressible)).toBe(true);
  expect(['og-card.png', 'a.woff2', '_headers', 'a.html.gz'].some(isCompressible)).toBe(false);
});

test('both encodings round-trip and shrink repetitive text', async () => {
  const original = Buffer.from('<p>Two ways to live</p>\n'.repeat(200));
  const brotli = await compress(original, 'br');
  const gzip = await compress(original, 'gzip');
  expect(brotliDecompressSync(brotli).equals(original)).toBe(true);
  expect(gunzipSync(gzip).equals(original)).toBe(true);
  expect(brotli.length).toBeLessThan(gzip.length);
  expect(gzip.length).toBeLessThan(original.length / 10);
});

test('compression is deterministic, so builds stay byte-identical', async () => {
  const original = Buffer.from('{"facts":[1,2,3]}'.repeat(50));
  expect((await compress(original, 'gzip')).equals(await compress(original, 'gzip'))).toBe(true);
  expect((await compress(original, 'br')).equals(await compress(original, 'br'))).toBe(true);
});
