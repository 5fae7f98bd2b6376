/**
 * `npm run check`: every check an editor's change can fail, in seconds and without a build. The facts and
 * passages against the seeds, each chapter's frontmatter, its components, the ids it cites (facts, passages,
 * charts and their states, derived figures), the citation and figure rules, chapter lengths, and that
 * every edition of a chapter cites the same passages. It runs the modules the build runs, so it reports
 * the same messages, each with file:line. Loaded through Vite by scripts/check.ts (the registries read the
 * seeds with import.meta.glob).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DerivedRequest } from '../components/derived-figure.ts';
import type { FactId } from '../facts/registry.ts';
import { readChapter, textProp, type ChapterReading, type ComponentUse } from '../lib/chapter-reading.ts';
import { chapterSchema } from '../lib/chapter-schema.ts';
import { editionCitationMismatches, type ChapterEdition } from '../lib/cited-passages.ts';
import { currencies, useProblems } from '../lib/component-rules.ts';
import { frontmatterLine } from '../lib/frontmatter-lines.ts';
import { toLocale, type Locale } from '../lib/locale.ts';
import { chapterProblems } from '../lib/remark-chapter-checks.ts';
import { chapterBounds } from '../lib/chapter-order.ts';
import { wordCount } from '../lib/chapter-text.ts';

export interface CheckReport {
  problems: string[];
  /** What was checked, for the summary line. */
  counts: { facts: number; passages: number; chapters: number; charts: number };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `check` and returns its error message as a problem, or nothing. */
function attempt(check: () => unknown): string[] {
  try {
    check();
    return [];
  } catch (error) {
    return [messageOf(error)];
  }
}

interface ChapterFile {
  file: string;
  source: string;
}

function chapterFiles(root: string, folder: string): ChapterFile[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = path.posix.join(folder, name.split(path.sep).join('/'));
      return { file, source: readFileSync(path.join(root, file), 'utf8') };
    });
}

interface Frontmatter {
  data: Record<string, unknown>;
  problems: string[];
}

function frontmatterOf({ file, source }: ChapterFile): Frontmatter {
  const block = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u.exec(source);
  if (!block) return { data: {}, problems: [`${file}:1: the chapter has no frontmatter (a block between two --- lines at the top)`] };
  let raw: unknown;
  try {
    raw = parseYaml(block[1]!);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
    return { data: {}, problems: [`${file}:${line + 1}: the frontmatter is not valid YAML: ${messageOf(error).split('\n')[0]}`] };
  }
  const data = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const parsed = chapterSchema.safeParse(data);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const field = issue.path.map(String).join('.');
        return `${file}:${frontmatterLine(source, issue.path[0] === undefined ? undefined : String(issue.path[0]))}: frontmatter ${field}: ${issue.message}`;
      });
  return { data, problems };
}

type Registries = {
  facts: typeof import('../facts/registry.ts');
  passages: typeof import('../passages/registry.ts');
  charts: typeof import('../charts/registry.ts');
  derived: typeof import('../components/derived-figure.ts');
};

/** The ids a chapter cites, looked up as the page would look them up, each failure with its file:line. */
function idProblems(reading: ChapterReading, file: string, locale: Locale, registries: Registries): string[] {
  const { facts, passages, charts, derived } = registries;
  const where = (use: ComponentUse) => `${file}:${use.line}`;
  return [
    ...reading.facts.flatMap(({ id, line }) => attempt(() => facts.getFact(id, `${file}:${line}`))),
    ...reading.passages.flatMap(({ id, line }) => attempt(() => passages.getPassage(id, `${file}:${line}`))),
    ...reading.components.flatMap((use) => {
      if (useProblems(use, file, reading).length > 0) return [];
      const text = (name: string) => textProp(use, name);
      switch (use.name) {
        case 'Chart':
          return attempt(() =>
            charts.buildChart(text('id') ?? '', { locale, state: text('state'), title: text('title'), summary: text('summary') }, where(use)),
          );
        case 'Scrolly':
          return attempt(() => {
            const id = text('chart') ?? '';
            charts.buildChart(id, { locale }, where(use));
            if (charts.isChartId(id) && charts.chartEntry(id).states.length === 0) {
              throw new Error(`${where(use)}: <Scrolly chart="${id}"> needs a chart with states, and "${id}" has none.`);
            }
          });
        case 'Step': {
          const chart = use.scrolly ? textProp(use.scrolly, 'chart') : undefined;
          return chart === undefined || !charts.isChartId(chart) ? [] : attempt(() => charts.buildChart(chart, { locale, state: text('state') }, where(use)));
        }
        case 'Derived': {
          const request = derivedRequest(use, facts.isFactId);
          return request === undefined ? [] : attempt(() => derived.derivedFigure(request, where(use)));
        }
        default:
          return [];
      }
    }),
  ];
}

/**
 * A <Derived> as the component receives it, once the component rules have passed it; undefined when one of
 * its facts is unknown, which the fact lookup reports already.
 */
function derivedRequest(use: ComponentUse, isFactId: (id: string) => id is FactId): DerivedRequest | undefined {
  const fact = (name: string) => textProp(use, name) ?? '';
  const kind = textProp(use, 'kind');
  const [of, by, from, to] = ['of', 'by', 'from', 'to'].map(fact) as [string, string, string, string];
  if (kind === 'growth') return isFactId(from) && isFactId(to) ? { kind, from, to } : undefined;
  const currency = currencies.find((known) => known === to);
  if (kind === 'convert') return isFactId(of) && currency ? { kind, of, to: currency } : undefined;
  if (kind === 'multiple' || kind === 'share') return isFactId(of) && isFactId(by) ? { kind, of, by } : undefined;
  return undefined;
}

function lengthProblems(file: string, source: string, reading: ChapterReading, language: unknown): string[] {
  if (language !== 'en') return [];
  const words = wordCount(source);
  const problems: string[] = [];
  if (words < chapterBounds.minWords || words > chapterBounds.maxWords) {
    problems.push(`${file}:1: the chapter is ${words} words; an English chapter is ${chapterBounds.minWords.toLocaleString('en')} to ${chapterBounds.maxWords.toLocaleString('en')}`);
  }
  if (reading.charts.length < chapterBounds.minCharts) {
    problems.push(`${file}:1: the chapter shows ${reading.charts.length} chart(s); an English chapter shows at least ${chapterBounds.minCharts}`);
  }
  return problems;
}

async function load<T>(importer: () => Promise<T>, problems: string[]): Promise<T | undefined> {
  try {
    return await importer();
  } catch (error) {
    problems.push(messageOf(error));
    return undefined;
  }
}

/*
 * The registries are loaded while this module loads (a top-level await), since the script's module runner
 * closes once it has imported this module; a registry that fails to load (a quote no longer in its seed)
 * becomes a problem to report, and the checks that need it are skipped.
 */
const loadProblems: string[] = [];
const factRegistry = await load(() => import('../facts/registry.ts'), loadProblems);
const loaded = {
  facts: factRegistry,
  passages: await load(() => import('../passages/registry.ts'), loadProblems),
  // Charts and derived figures need the facts; when those fail, their problem is already reported.
  charts: factRegistry ? await load(() => import('../charts/registry.ts'), loadProblems) : undefined,
};
const derived = factRegistry ? await load(() => import('../components/derived-figure.ts'), loadProblems) : undefined;

/** Every check over the project at `root`, with the chapters in `chaptersFolder` (relative to root). */
export async function runChecks(root: string, chaptersFolder = 'src/content/chapters'): Promise<CheckReport> {
  const problems = [...loadProblems];
  const { facts, passages, charts } = loaded;
  const registries = facts && passages && charts && derived ? { facts, passages, charts, derived } : undefined;

  const chapters = chapterFiles(root, chaptersFolder);
  const editions: ChapterEdition[] = [];
  const orders = new Map<string, string[]>();
  for (const chapter of chapters) {
    const { file, source } = chapter;
    const frontmatter = frontmatterOf(chapter);
    problems.push(...frontmatter.problems);
    let reading: ChapterReading;
    try {
      reading = readChapter(source);
    } catch (error) {
      const place = error as { line?: number; reason?: string };
      problems.push(`${file}:${place.line ?? 0}: the MDX does not parse: ${place.reason ?? messageOf(error)}`);
      continue;
    }
    const language = frontmatter.data['language'];
    problems.push(...chapterProblems(reading, file), ...lengthProblems(file, source, reading, language));
    if (registries) problems.push(...idProblems(reading, file, toLocale(typeof language === 'string' ? language : 'en'), registries));
    const slug = typeof frontmatter.data['slug'] === 'string' ? frontmatter.data['slug'] : file;
    editions.push({ file, slug, body: source });
    const edition = `${String(language)} edition, order ${String(frontmatter.data['order'])}`;
    orders.set(edition, [...(orders.get(edition) ?? []), file]);
  }
  problems.push(...editionCitationMismatches(editions));
  for (const [edition, files] of orders) if (files.length > 1) problems.push(`${files.join(' and ')} are both the ${edition}`);

  return {
    problems,
    counts: {
      facts: facts?.facts.length ?? 0,
      passages: passages?.passages.length ?? 0,
      chapters: chapters.length,
      charts: charts?.chartIds.length ?? 0,
    },
  };
}
