/**
 * The built site in a browser, for one test file: connects to the Chromium and the server over dist/ that
 * the browser project's global setup (built-site.global.ts) started once for the whole run, and
 * disconnects after the file's tests, closing every context the file opened.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { siteAddress, type SiteAddress } from './static-server';

/** What the global setup hands every browser test file. */
export interface SharedSite {
  origin: string;
  base: string;
  /** Playwright's WebSocket endpoint of the shared Chromium. */
  browserEndpoint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtSite: SharedSite;
  }
}

export interface BuiltSite {
  readonly browser: Browser;
  /** The shared server: it stays up for the other files, so a test file has nothing to close. */
  readonly server: SiteAddress;
  /** A page of the site at `path`, in a new context with `options` (viewport, JavaScript, motion); throws unless it answers 200. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

function sharedSite(): { server: SiteAddress; browserEndpoint: string } {
  const provided = inject('builtSite');
  if (!provided) {
    throw new Error('No shared built site: browser tests run in the vitest project `browser`, whose globalSetup starts it.');
  }
  return { server: siteAddress(provided.origin, provided.base), browserEndpoint: provided.browserEndpoint };
}

export function useBuiltSite(): BuiltSite {
  const { server, browserEndpoint } = sharedSite();
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(browserEndpoint);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const connected = (): Browser => {
    if (browser === undefined) throw new Error("the built site's browser is used before beforeAll connected to it");
    return browser;
  };
  return {
    get browser() {
      return connected();
    },
    server,
    async open(path, options = {}) {
      const page = await (await connected().newContext(options)).newPage();
      const response = await page.goto(server.url(path), { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
      return page;
    },
  };
}
