/**
 * A stranger's site for embed tests: serves one HTML page on its own loopback port, so the embeds it frames
 * are cross-origin exactly as on a real host.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stopServer } from './static-server.ts';

export interface HostPage {
  url: string;
  close(): Promise<void>;
}

export async function serveHostPage(body: string): Promise<HostPage> {
  const html = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head>\n<body>\n<h1>A host site</h1>\n${body}\n</body>\n</html>\n`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => stopServer(server),
  };
}
