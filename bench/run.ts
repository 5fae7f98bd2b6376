/**
 * npm run bench: builds the site from clean into a temporary folder, weighs every page, runs
 * Lighthouse on the heaviest page of each type (every page with --all; --runs=N times each, 3 by default),
 * writes bench/report.json, prints the figures and exits non-zero if any budget of the brief is broken.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compareRoles } from '../src/integrations/page-kind.ts';
import { buildSite } from '../tests/support/build.ts';
import { budgets } from '../tests/support/budgets.ts';
import { outputFiles, projectRoot, publicRoot, sitePages, type SitePage } from '../tests/support/site.ts';
import { serveDist } from '../tests/support/static-server.ts';
import { pageWeight } from '../tests/support/weight.ts';
import { launchChromium, runLighthouse, warmUp } from './lighthouse.ts';
import { budgetBreaks, buildSecondsBudget, printable, type BenchReport, type LighthouseFigures } from './report.ts';

const everyPage = process.argv.includes('--all');
const runs = Number(/^--runs=(\d+)$/u.exec(process.argv.find((argument) => argument.startsWith('--runs=')) ?? '')?.[1] ?? 3);
const reportFile = path.join(projectRoot, 'bench', 'report.json');

/**
 * The heaviest page of each template in each edition: the one most likely to miss a budget, in minutes rather
 * than tens of them. Editions differ in script, fonts and line breaking, so each is audited.
 */
function pagesToAudit(pages: readonly SitePage[], weights: ReadonlyMap<string, number>): SitePage[] {
  if (everyPage) return [...pages].sort(compareRoles);
  const byTemplate = new Map<string, SitePage>();
  for (const page of pages) {
    const key = `${page.locale} ${page.type}`;
    const current = byTemplate.get(key);
    if (!current || (weights.get(page.path) ?? 0) > (weights.get(current.path) ?? 0)) byTemplate.set(key, page);
  }
  return [...byTemplate.values()].sort(compareRoles);
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'two-ways-bench-'));
  try {
    console.log(`Building from clean into ${outDir} ...`);
    const started = performance.now();
    await buildSite(outDir, { force: true });
    const buildSeconds = (performance.now() - started) / 1000;

    const files = await outputFiles(outDir);
    const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(outDir, file))).size));
    const pages = (await sitePages(outDir)).sort(compareRoles);
    const root = await publicRoot(outDir);
    const weighed = await Promise.all(
      pages.map(async (page) => ({ path: page.path, type: page.type, ...(await pageWeight(outDir, root, page.path, page.html)) })),
    );

    const audited = pagesToAudit(pages, new Map(weighed.map((page) => [page.path, page.total.gzip])));
    console.log(`Running Lighthouse ${runs} times on each of ${audited.length} of ${pages.length} pages ...`);
    const server = await serveDist(outDir, root.pathname);
    const chromium = await launchChromium();
    const lighthouse: LighthouseFigures[] = [];
    try {
      await warmUp(server.url('/'), chromium.port);
      for (const page of audited) {
        lighthouse.push({ path: page.path, type: page.type, ...(await runLighthouse(server.url(page.path), chromium.port, runs)) });
        console.log(`  ${page.path} done`);
      }
    } finally {
      await chromium.close();
      await server.close();
    }

    const measured: Omit<BenchReport, 'breaks'> = {
      measuredAt: new Date().toISOString(),
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown' },
      budgets: { ...budgets, buildSeconds: buildSecondsBudget },
      lighthouseRuns: runs,
      build: { seconds: Math.round(buildSeconds * 10) / 10, pages: pages.length, files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) },
      pages: weighed,
      lighthouse,
    };
    const report: BenchReport = { ...measured, breaks: budgetBreaks(measured) };
    await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${printable(report)}\n\nReport: ${path.relative(process.cwd(), reportFile)}`);
    process.exitCode = report.breaks.length === 0 ? 0 : 1;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
