/**
 * The built site in a browser, for one test file: connects to the Chromium and the server over dist/ that
 * the browser project's global setup (built-site.global.ts) started once for the whole run, and
 * disconnects after the file's tests, closing every context the file opened.
 *
 * A page a test is done with is reused by the next `open` that needs the same context settings: it is
 * navigated afresh, at the viewport and media that `open` asks for. A new page starts a new renderer
 * process, about 0.4 s of CPU; navigating one that is open costs a quarter of that, and the browser tests
 * open some sixty pages.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** How a page is opened: settings of its context (JavaScript, CSP) and of the page (viewport, media). */
export interface OpenOptions {
  /** 1280 x 720 unless given, as in a new Playwright context. */
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  /** Lets a test add its own styles to the page. */
  bypassCSP?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}

export interface BuiltSite {
  readonly browser: Browser;
  /** The shared server: it stays up for the other files, so a test file has nothing to close. */
  readonly server: SiteAddress;
  /**
   * A page of the site at `path`, with `options` and everything else at Playwright's defaults; throws unless
   * it answers 200. The page is a fresh one or one handed back with `done`.
   */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** A page set up as `open` sets one up, not yet navigated: for a test that listens to the load itself, or loads another site. */
  page(options?: OpenOptions): Promise<Page>;
  /** Hands back a page from `open` for a later `open` to reuse. A page not handed back is closed after the file. */
  done(page: Page): Promise<void>;
}

const defaultViewport = { width: 1280, height: 720 };

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
  /** Pages handed back, by the settings their context was made with. */
  const idle = new Map<string, Page[]>();
  const contextKey = ({ javaScriptEnabled = true, bypassCSP = false }: OpenOptions): string => `${javaScriptEnabled} ${bypassCSP}`;
  const settings = new WeakMap<Page, string>();
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
  /** A page with `options` set, fresh or handed back, not yet navigated. */
  async function preparedPage(options: OpenOptions): Promise<Page> {
    const key = contextKey(options);
    const { javaScriptEnabled = true, bypassCSP = false } = options;
    const page = idle.get(key)?.pop() ?? (await (await connected().newContext({ javaScriptEnabled, bypassCSP })).newPage());
    settings.set(page, key);
    await page.setViewportSize(options.viewport ?? defaultViewport);
    await page.emulateMedia({
      media: null,
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
      forcedColors: 'none',
    });
    return page;
  }
  return {
    get browser() {
      return connected();
    },
    server,
    async open(path, options = {}) {
      const page = await preparedPage(options);
      const response = await page.goto(server.url(path), { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
      return page;
    },
    page: (options = {}) => preparedPage(options),
    async done(page) {
      const key = settings.get(page);
      if (key === undefined) throw new Error('site.done() takes back only pages that site.open() or site.page() gave');
      settings.delete(page);
      // A test's own listeners (console, page errors) must not hear the next test's page.
      page.removeAllListeners();
      if (!page.isClosed()) idle.set(key, [...(idle.get(key) ?? []), page]);
    },
  };
}
