/**
 * The built site in a browser, for one test file: serves dist/ over loopback and launches Chromium
 * before the file's tests, and closes both after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { distRoot } from './site';
import { serveDist, type StaticServer } from './static-server';

export interface BuiltSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

export function useBuiltSite(): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDist(distRoot);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the built site's ${name} is used before beforeAll started it`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'server');
    },
  };
}
