/**
 * Lighthouse in its default mobile emulation (a mid-range phone on a throttled 4G network, simulated),
 * driving Debian's Chromium through a DevTools port, so nothing downloads a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../tests/support/browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseResult {
  url: string;
  /** 0 to 100 per category. */
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  /** Scored audits that fell short of full marks, to explain a category below 100. */
  shortfalls: Shortfall[];
}

export interface Shortfall {
  category: Category;
  audit: string;
  score: number;
}

export interface Chromium {
  port: number;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  const profile = await mkdtemp(path.join(tmpdir(), 'two-ways-lighthouse-'));
  const child: ChildProcess = spawn(chromiumPath(), [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port within 30 s:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//u.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${output}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

function numeric(audits: Record<string, { numericValue?: number }>, id: string): number {
  const value = audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse reported no value for ${id}`);
  return value;
}

export type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** One Lighthouse run's full report, for tools that read more than the bench's figures. */
export async function lighthouseReport(url: string, port: number): Promise<LighthouseReport> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

export function figuresOf(lhr: LighthouseReport): LighthouseResult {
  const url = lhr.requestedUrl ?? lhr.finalDisplayedUrl;
  const scores = {} as Record<Category, number>;
  const shortfalls: Shortfall[] = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    if (!category || category.score === null) throw new Error(`Lighthouse gave no ${id} score for ${url}`);
    scores[id] = Math.round(category.score * 100);
    for (const reference of category.auditRefs) {
      const audit = lhr.audits[reference.id];
      const scored = reference.weight > 0 && audit && audit.scoreDisplayMode !== 'notApplicable';
      if (scored && audit.score !== null && audit.score < 1) shortfalls.push({ category: id, audit: reference.id, score: audit.score });
    }
  }
  return {
    url,
    scores,
    lcpMs: Math.round(numeric(lhr.audits, 'largest-contentful-paint')),
    tbtMs: Math.round(numeric(lhr.audits, 'total-blocking-time')),
    cls: numeric(lhr.audits, 'cumulative-layout-shift'),
    transferBytes: numeric(lhr.audits, 'total-byte-weight'),
    shortfalls,
  };
}

async function runOnce(url: string, port: number): Promise<LighthouseResult> {
  return figuresOf(await lighthouseReport(url, port));
}

/**
 * Lighthouse's figures vary from run to run, the more so on a busy two-core machine. Like Lighthouse's
 * own guidance, take several runs and keep the one with the median performance score.
 */
export async function runLighthouse(url: string, port: number, runs: number): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await runOnce(url, port));
  return medianRun(results, (result) => result);
}

/** The run with the median performance score (ties broken by total blocking time). */
export function medianRun<T>(runs: readonly T[], figures: (run: T) => LighthouseResult): T {
  const sorted = [...runs].sort((a, b) => figures(a).scores.performance - figures(b).scores.performance || figures(b).tbtMs - figures(a).tbtMs);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median === undefined) throw new Error('No Lighthouse run to take the median of');
  return median;
}

/** The first run in a fresh browser pays for its start-up; it is thrown away. */
export async function warmUp(url: string, port: number): Promise<void> {
  await runOnce(url, port);
}
