/**
 * Writes a gzip and a brotli copy beside every text file of the build, so a static host or CDN that
 * serves precompressed files (nginx gzip_static/brotli_static, Caddy precompressed, most CDNs) sends
 * the smallest bytes without compressing on each request.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const compressibleExtensions = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.xml', '.txt', '.webmanifest']);

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface CompressedCopy {
  encoding: 'gzip' | 'br';
  extension: '.gz' | '.br';
}

export const compressedCopies: readonly CompressedCopy[] = [
  { encoding: 'br', extension: '.br' },
  { encoding: 'gzip', extension: '.gz' },
];

export function isCompressible(file: string): boolean {
  return compressibleExtensions.has(path.extname(file).toLowerCase());
}

/** Both encodings at their highest level: the cost is paid once per build, the saving on every request. */
export async function compress(content: Buffer, encoding: CompressedCopy['encoding']): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(content, { level: constants.Z_BEST_COMPRESSION });
  return brotliAsync(content, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

async function textFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Keeps a copy only when it is smaller: a host falls back to the original when no copy exists. */
async function writeCopies(file: string): Promise<number> {
  const original = await readFile(file);
  let written = 0;
  for (const { encoding, extension } of compressedCopies) {
    const packed = await compress(original, encoding);
    if (packed.length < original.length) {
      await writeFile(`${file}${extension}`, packed);
      written += 1;
    }
  }
  return written;
}

export function compressIntegration(): AstroIntegration {
  return {
    name: 'two-ways:compress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await textFiles(fileURLToPath(dir));
        const counts = await Promise.all(files.map(writeCopies));
        const total = counts.reduce((sum, count) => sum + count, 0);
        logger.info(`wrote ${total} gzip and brotli copies of ${files.length} text files`);
      },
    },
  };
}
