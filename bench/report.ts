/** The bench's findings: their shape in bench/report.json, the budgets they break, and the printed tables. */
import { budgets, kilobytes } from '../tests/support/budgets.ts';
import type { PageWeight } from '../tests/support/weight.ts';
import { categories, type LighthouseResult } from './lighthouse.ts';

export interface PageFigures extends PageWeight {
  path: string;
  type: string;
}

export interface LighthouseFigures extends LighthouseResult {
  path: string;
  type: string;
}

export interface BenchReport {
  measuredAt: string;
  machine: { node: string; cpus: number; cpuModel: string };
  budgets: typeof budgets & { buildSeconds: number };
  /** Lighthouse runs per page; the median run is reported. */
  lighthouseRuns: number;
  build: { seconds: number; pages: number; files: number; bytes: number };
  pages: PageFigures[];
  lighthouse: LighthouseFigures[];
  /** Every budget broken, one line each; empty when all hold. */
  breaks: string[];
}

/** The brief asks for a full build "well under a minute" on two cores. */
export const buildSecondsBudget = 60;

export function budgetBreaks(report: Omit<BenchReport, 'breaks'>): string[] {
  const breaks: string[] = [];
  if (report.build.seconds > buildSecondsBudget) breaks.push(`build took ${report.build.seconds.toFixed(1)} s (budget ${buildSecondsBudget} s)`);
  for (const page of report.pages) {
    if (page.js.gzip > budgets.jsGzip) breaks.push(`${page.path}: ${kilobytes(page.js.gzip)} of gzipped JavaScript (budget ${kilobytes(budgets.jsGzip)})`);
    if (page.total.gzip > budgets.transferGzip) breaks.push(`${page.path}: ${kilobytes(page.total.gzip)} gzipped in all (budget ${kilobytes(budgets.transferGzip)})`);
  }
  for (const run of report.lighthouse) {
    for (const category of categories) {
      if (run.scores[category] >= budgets.lighthouseScore) continue;
      const why = run.shortfalls
        .filter((shortfall) => shortfall.category === category)
        .map((shortfall) => `${shortfall.audit} ${shortfall.score}`)
        .join(', ');
      breaks.push(`${run.path}: Lighthouse ${category} ${run.scores[category]} (budget ${budgets.lighthouseScore}; short: ${why})`);
    }
    if (run.cls > budgets.cumulativeLayoutShift) breaks.push(`${run.path}: cumulative layout shift ${run.cls.toFixed(3)} (budget ${budgets.cumulativeLayoutShift})`);
  }
  return breaks;
}

function table(headings: string[], rows: string[][]): string {
  const widths = headings.map((heading, column) => Math.max(heading.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(headings), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const flag = (broken: boolean) => (broken ? ' !' : '');

export function printable(report: BenchReport): string {
  const weights = table(
    ['page', 'type', 'HTML', 'CSS', 'JS', 'total (gzip)', 'total (raw)'],
    report.pages.map((page) => [
      page.path,
      page.type,
      kilobytes(page.html.gzip),
      kilobytes(page.css.gzip),
      kilobytes(page.js.gzip) + flag(page.js.gzip > budgets.jsGzip),
      kilobytes(page.total.gzip) + flag(page.total.gzip > budgets.transferGzip),
      kilobytes(page.total.raw),
    ]),
  );
  const scores = table(
    ['page', 'perf', 'a11y', 'best', 'seo', 'agentic', 'LCP', 'TBT', 'CLS', 'transfer'],
    report.lighthouse.map((run) => [
      `${run.path} (${run.type})`,
      ...categories.map((category) => `${run.scores[category]}${flag(run.scores[category] < budgets.lighthouseScore)}`),
      `${run.lcpMs} ms`,
      `${run.tbtMs} ms`,
      run.cls.toFixed(3) + flag(run.cls > budgets.cumulativeLayoutShift),
      kilobytes(run.transferBytes),
    ]),
  );
  const verdict =
    report.breaks.length === 0 ? 'Every budget holds.' : `Budgets broken (${report.breaks.length}):\n${report.breaks.map((line) => `  ! ${line}`).join('\n')}`;
  return [
    `Build from clean: ${report.build.seconds.toFixed(1)} s for ${report.build.pages} pages (${report.build.files} files, ${kilobytes(report.build.bytes)}) on ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}`,
    '',
    'Bytes per page (first visit; gzipped unless marked raw):',
    weights,
    '',
    `Lighthouse, mobile emulation (simulated slow 4G, 4× CPU slowdown), median of ${report.lighthouseRuns} runs:`,
    scores,
    '',
    verdict,
  ].join('\n');
}
