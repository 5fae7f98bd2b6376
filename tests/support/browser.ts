/**
 * Launches Debian's Chromium through playwright-core. No tool here downloads a browser: when none is
 * found, the error says how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install Debian\'s package with `apt-get install -y chromium` ' +
        '(it lands at /usr/bin/chromium), or set CHROME_PATH to a Chromium or Chrome binary. ' +
        'Unit tests alone run with `npm run test:unit`.',
    );
  }
  return found;
}

/** A Chromium of the caller's own, e.g. for a test that serves a build other than dist/. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
}

/** A Chromium that several test files (each its own process) connect to over its WebSocket endpoint. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: chromiumFlags });
}
