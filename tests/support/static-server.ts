/**
 * Serves dist/ over loopback the way a static host would (index.html for directories, 404.html for
 * misses), optionally under a base path, so browser tests see exactly what a reader would. Like a CDN,
 * it sends the build's brotli or gzip copy when the browser accepts one, and the headers of _headers.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor, readHeadersFile } from './headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Where a served site answers. */
export interface SiteAddress {
  origin: string;
  /** Absolute URL of a site path, base path included. */
  url(sitePath: string): string;
}

export interface StaticServer extends SiteAddress {
  close(): Promise<void>;
}

export function siteAddress(origin: string, base: string): SiteAddress {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return { origin, url: (sitePath) => `${origin}${prefix}${sitePath.replace(/^\//u, '')}` };
}

const encodings = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
];

/** The precompressed copy to send instead of the file, if the browser accepts one and the build has it. */
async function encodedCopy(file: string, acceptEncoding: string): Promise<{ name: string; file: string } | undefined> {
  for (const encoding of encodings) {
    const copy = `${file}${encoding.extension}`;
    if (acceptEncoding.includes(encoding.name) && (await stat(copy).catch(() => undefined))?.isFile()) {
      return { name: encoding.name, file: copy };
    }
  }
  return undefined;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const target = path.join(root, decodeURIComponent(pathname));
  if (!target.startsWith(root)) return undefined;
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return target;
  if (info?.isDirectory()) {
    const index = path.join(target, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

/**
 * Stops a test server at once. Clients keep their connections alive for a next request, and `close()` alone
 * waits for them to time out: five seconds.
 */
export function stopServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

export async function serveDist(root = path.resolve('dist'), base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headerRules = await readHeadersFile(root);
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const inside = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : undefined;
    const file = inside === undefined ? undefined : await fileFor(root, inside);
    const served = file ?? path.join(root, '404.html');
    const exists = (await stat(served).catch(() => undefined))?.isFile();
    const encoded = exists ? await encodedCopy(served, String(request.headers['accept-encoding'] ?? '')) : undefined;
    for (const [name, value] of file ? headersFor(headerRules, pathname) : []) response.setHeader(name, value);
    if (encoded) response.setHeader('Content-Encoding', encoded.name);
    response.setHeader('Vary', 'Accept-Encoding');
    response.writeHead(file ? 200 : 404, { 'Content-Type': types[path.extname(served)] ?? 'application/octet-stream' });
    if (exists) createReadStream(encoded?.file ?? served).pipe(response);
    else response.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...siteAddress(`http://127.0.0.1:${port}`, base),
    close: () => stopServer(server),
  };
}
