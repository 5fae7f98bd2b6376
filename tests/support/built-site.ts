/**
 * The built site in a browser, for one test file: connects to the Chromium and the server over dist/ that
 * the browser project's global setup (built-site.global.ts) started once for the whole run, and
 * disconnects after the file's tests, closing every context the file opened.
 */
import { chromium, type Browser } from 'playwright-core';
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
  return {
    get browser() {
      if (browser === undefined) throw new Error("the built site's browser is used before beforeAll connected to it");
      return browser;
    },
    server,
  };
}
