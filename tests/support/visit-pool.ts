/**
 * Pages kept open for visits to many URLs, one visit per page at a time. A fresh page per check cost a new
 * renderer and a fresh compile of axe every time; a page reused for the next visit keeps both. Each page
 * watches its own requests and console: what another origin was asked for (the request is refused, as a
 * strict CSP would refuse it) and every error, warning, uncaught exception or CSP report, per visit.
 *
 * Each page has a browser context of its own. Two pages of one context are two tabs of one window, and
 * headless Chromium shows only one of them: while the other page of a pair loaded, the first one's
 * animation frames came once a second, so scrolling a chapter to its end took 15 s instead of half a second.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

type Viewport = { width: number; height: number };

export interface View {
  viewport?: Viewport;
  colorScheme?: 'light' | 'dark';
}

export interface Visit {
  /** URLs of other origins the page asked for, refused. */
  readonly foreign: string[];
  /** Console errors and warnings (CSP violations among them) and uncaught exceptions, in order. */
  readonly problems: string[];
  /** Scrolls to the end a screen at a time, waking anything loaded or run on view, then waits for every request to finish. */
  scrollToEnd(): Promise<void>;
}

interface Watched {
  page: Page;
  foreign: string[];
  problems: string[];
  inFlight: number;
}

export class VisitPool {
  private readonly idle: Watched[] = [];
  private readonly contexts = new Set<BrowserContext>();

  constructor(
    private readonly browser: Browser,
    private readonly origin: string,
    private readonly viewport: Viewport,
  ) {}

  /**
   * Loads `url` in an idle page (a new one if none is idle), at the pool's viewport in the light theme unless
   * told otherwise, and hands it to `check`; the page returns to the pool after.
   */
  async visit(url: string, check: (page: Page, visit: Visit) => Promise<void>, view: View = {}): Promise<void> {
    const watched = this.idle.pop() ?? (await this.watch(await this.newPage()));
    watched.foreign.length = 0;
    watched.problems.length = 0;
    const { page } = watched;
    try {
      await page.setViewportSize(view.viewport ?? this.viewport);
      // A check may have changed the page's media (e.g. reduced motion): each visit starts from the defaults.
      await page.emulateMedia({ colorScheme: view.colorScheme ?? 'light', reducedMotion: 'no-preference' });
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
      await check(page, {
        foreign: watched.foreign,
        problems: watched.problems,
        scrollToEnd: () => scrollToEnd(watched),
      });
    } catch (error) {
      // A page left mid-check is closed rather than reused in a state the next visit cannot know.
      await page.context().close();
      this.contexts.delete(page.context());
      throw error;
    }
    this.idle.push(watched);
  }

  async close(): Promise<void> {
    await Promise.all([...this.contexts].map((context) => context.close()));
  }

  private async newPage(): Promise<Page> {
    const context = await this.browser.newContext({ viewport: this.viewport });
    this.contexts.add(context);
    return context.newPage();
  }

  private async watch(page: Page): Promise<Watched> {
    const watched: Watched = { page, foreign: [], problems: [], inFlight: 0 };
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === this.origin) return route.continue();
      watched.foreign.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('request', () => (watched.inFlight += 1));
    page.on('requestfinished', () => (watched.inFlight -= 1));
    page.on('requestfailed', () => (watched.inFlight -= 1));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => watched.problems.push(`pageerror: ${error.message}`));
    return watched;
  }
}

async function scrollToEnd(watched: Watched): Promise<void> {
  await watched.page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    }
  });
  const deadline = Date.now() + 10_000;
  while (watched.inFlight > 0) {
    if (Date.now() > deadline) throw new Error(`${watched.page.url()}: ${watched.inFlight} requests still open 10 s after scrolling to the end`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
