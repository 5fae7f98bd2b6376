/**
 * node bench/pages.ts [--runs=3] [--fresh] [--save=<folder>] <path>...: Lighthouse on the named pages of the
 * last build (dist/, or DIST_DIR), each run after one discarded warm-up, with the machine's load beside every run,
 * then the median run's main-thread breakdown, long tasks, DOM size and layout shifts: what to look at when
 * the bench says a page is short, without rebuilding and auditing thirty pages. --save writes every run's
 * full report as JSON, to open in Lighthouse's viewer.
 *
 * --fresh runs each page in a Chromium of its own, with no warm-up: a reader's first visit. Runs in one
 * browser may share a renderer process, which keeps the system fonts it has loaded (a Chinese page's
 * 20-27 MB CJK faces), so later runs of a page can miss the cost a first visit pays.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { distRoot, publicRoot, requireBuild } from '../tests/support/site.ts';
import { serveDist } from '../tests/support/static-server.ts';
import { figuresOf, launchChromium, lighthouseReport, medianRun, warmUp, type LighthouseReport, type LighthouseResult } from './lighthouse.ts';

interface Run {
  lhr: LighthouseReport;
  figures: LighthouseResult;
  load: number;
}

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((argument) => argument.startsWith(prefix))?.slice(prefix.length);
}

const runs = Number(option('runs') ?? 3);
const saveTo = option('save');
const fresh = process.argv.includes('--fresh');
const paths = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));

/** The rows of an audit's table, each as a record of its cells, whatever the audit. */
function rows(lhr: LighthouseReport, audit: string): Record<string, unknown>[] {
  const details: unknown = lhr.audits[audit]?.details;
  if (typeof details !== 'object' || details === null || !('items' in details) || !Array.isArray(details.items)) return [];
  return details.items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

const ms = (value: unknown) => (typeof value === 'number' ? `${Math.round(value)} ms` : '?');
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function describe(run: Run): string {
  const { lhr, figures } = run;
  const lines = [
    `  main thread (Lighthouse's simulated times): ${rows(lhr, 'mainthread-work-breakdown').map((row) => `${text(row.groupLabel)} ${ms(row.duration)}`).join(', ')}`,
    `  long tasks: ${rows(lhr, 'long-tasks').map((row) => `${ms(row.duration)} at ${ms(row.startTime)}`).join(', ') || 'none'}`,
    `  elements: ${lhr.audits['dom-size-insight']?.numericValue ?? '?'}`,
  ];
  if (figures.cls > 0) {
    const shifts = rows(lhr, 'layout-shifts').map((row) => {
      const node: unknown = row.node;
      const selector = typeof node === 'object' && node !== null && 'selector' in node ? text(node.selector) : '';
      return `${text(row.score)} ${selector}`;
    });
    lines.push(`  layout shifts: ${shifts.join('; ')}`);
  }
  return lines.join('\n');
}

function line(run: Run): string {
  const { figures, lhr } = run;
  const fcp = Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0);
  return `perf ${figures.scores.performance}  TBT ${figures.tbtMs} ms  FCP ${fcp} ms  LCP ${figures.lcpMs} ms  CLS ${figures.cls.toFixed(4)}  (load ${run.load.toFixed(2)})`;
}

async function main(): Promise<void> {
  if (paths.length === 0) throw new Error('Name the pages to audit, e.g. node bench/pages.ts --runs=3 /zh-hans/ /sources/');
  const root = requireBuild(distRoot);
  const server = await serveDist(root, (await publicRoot(root)).pathname);
  let chromium = await launchChromium();
  let used = false;
  try {
    if (!fresh) await warmUp(server.url('/'), chromium.port);
    for (const sitePath of paths) {
      const done: Run[] = [];
      console.log(`${sitePath}`);
      for (let index = 0; index < runs; index += 1) {
        if (fresh && used) {
          await chromium.close();
          chromium = await launchChromium();
        }
        used = true;
        const load = os.loadavg()[0] ?? 0;
        const lhr = await lighthouseReport(server.url(sitePath), chromium.port);
        const run = { lhr, figures: figuresOf(lhr), load };
        done.push(run);
        console.log(`  run ${index + 1}: ${line(run)}`);
        if (saveTo) {
          await mkdir(saveTo, { recursive: true });
          const name = `${sitePath.replace(/[^a-z0-9]+/giu, '-').replace(/^-|-$/gu, '') || 'cover'}-${index + 1}.json`;
          await writeFile(path.join(saveTo, name), JSON.stringify(lhr));
        }
      }
      const median = medianRun(done, (run) => run.figures);
      console.log(`  median: ${line(median)}\n${describe(median)}`);
    }
  } finally {
    await chromium.close();
    await server.close();
  }
}

await main();
