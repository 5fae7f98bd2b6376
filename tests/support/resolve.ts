/**
 * Maps a URL of the site to the file a static host would serve for it, the way tests/support/static-server.ts
 * and any CDN do: directories serve their index.html, and nothing outside the base path exists.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export type Resolution = { file: string } | { problem: string };

/** The public URL of a site path ("/origins/") under the build's public root (site URL plus base). */
export function publicUrl(root: URL, sitePath: string): URL {
  return new URL(sitePath.replace(/^\//u, ''), root);
}

export function isInternal(url: URL, root: URL): boolean {
  return url.origin === root.origin;
}

export function fileFor(url: URL, root: URL, outDir: string): Resolution {
  if (!url.pathname.startsWith(root.pathname)) return { problem: `outside the base path ${root.pathname}` };
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname.slice(root.pathname.length));
  } catch {
    return { problem: 'undecodable path' };
  }
  const target = path.join(outDir, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
  if (!target.startsWith(outDir)) return { problem: 'escapes the output folder' };
  if (!existsSync(target)) return { problem: `no file ${path.relative(outDir, target)} in the build` };
  if (statSync(target).isDirectory()) return { problem: 'a folder linked without its trailing slash' };
  return { file: target };
}
