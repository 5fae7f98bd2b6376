/**
 * Writes /llms.txt (https://llmstxt.org) after the build: the story's chapters, charts and pages as
 * built, each with its title and description, and the downloadable facts, so a language model or
 * agent finds the data without crawling the story.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlLang, type Locale } from '../lib/locale.ts';
import { t } from '../lib/strings.ts';
import { readBuiltPages, readHead } from './built-pages.ts';
import { compareRoles, pageRole, readChapterSlugs, type PageKind, type PageRole } from './page-kind.ts';

export interface ListedPage extends PageRole {
  title: string;
  description: string;
}

export interface LlmsTxtInput {
  /** Absolute URL of the site root, base path included, ending in a slash. */
  root: string;
  pages: readonly ListedPage[];
  /** Site paths of the downloadable data, e.g. "/data/facts.json". */
  dataFiles: { json: string; csv: string };
}

const sectionTitles: Record<PageKind, string> = {
  cover: 'Start here',
  chapter: 'Chapters',
  chart: 'Charts',
  page: 'Pages',
};

const editionNames: Record<Locale, string> = {
  en: 'English',
  'zh-hans': 'Simplified Chinese (简体中文)',
  'zh-hant': 'Traditional Chinese (繁體中文)',
};

/** Markdown link text cannot hold unescaped brackets; titles of sources sometimes do. */
function linkText(text: string): string {
  return text.replace(/[[\]]/gu, (bracket) => `\\${bracket}`);
}

function absolute(root: string, sitePath: string): string {
  return new URL(sitePath.replace(/^\//u, ''), root).href;
}

function entry(root: string, page: ListedPage): string {
  const note = page.description ? `: ${page.description}` : '';
  return `- [${linkText(page.title)}](${absolute(root, page.path)})${note}`;
}

export function renderLlmsTxt({ root, pages, dataFiles }: LlmsTxtInput): string {
  const strings = t('en');
  const english = pages.filter((page) => page.locale === 'en').sort(compareRoles);
  const translated = pages.filter((page) => page.locale !== 'en').sort(compareRoles);
  const kinds: PageKind[] = ['cover', 'chapter', 'page', 'chart'];

  const lines = [
    `# ${strings.siteTitle}`,
    '',
    `> ${strings.siteTagline}.`,
    '',
    `A long-form data story about Zhipu (智谱) and MiniMax, the two Chinese AI-model companies that listed in Hong Kong in January 2026. ${strings.footerNote}`,
    '',
    'Every figure is a typed fact with its unit, period and sources; each source is one of the five articles and the exact sentence quoted from it. Where the articles disagree, every reading is kept.',
    '',
    '## Data',
    '',
    `- [All facts with their sources, as JSON](${absolute(root, dataFiles.json)}): every figure with its unit, period, the article and the exact quote that states it`,
    `- [All facts with their sources, as CSV](${absolute(root, dataFiles.csv)}): the same facts, one row per fact and source`,
  ];
  for (const kind of kinds) {
    const listed = english.filter((page) => page.kind === kind);
    if (listed.length > 0) lines.push('', `## ${sectionTitles[kind]}`, '', ...listed.map((page) => entry(root, page)));
  }
  const editions = [...new Set(translated.map((page) => page.locale))];
  for (const locale of editions) {
    const listed = translated.filter((page) => page.locale === locale);
    const data = [dataFiles.json, dataFiles.csv].map((file, index) => {
      const format = index === 0 ? 'JSON' : 'CSV';
      return `- [All facts with their sources in this edition, as ${format}](${absolute(root, `/${locale}${file}`)})`;
    });
    lines.push('', `## ${editionNames[locale]} edition (${htmlLang[locale]})`, '', ...data, ...listed.map((page) => entry(root, page)));
  }
  return `${lines.join('\n')}\n`;
}

/** "Origins · Two Ways to Live" to "Origins": the site name adds nothing inside the site's own index. */
function pageTitle(title: string): string {
  const parts = title.split(' · ');
  return parts.length > 1 ? parts.slice(0, -1).join(' · ') : title;
}

export function llmsTxtIntegration(): AstroIntegration {
  let root = '';
  let projectRoot = '';
  return {
    name: 'two-ways:llms-txt',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        if (!config.site) throw new Error('llms.txt needs absolute links: set `site` in astro.config.mjs (or SITE_URL).');
        root = new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site).href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const dataFiles = { json: '/data/facts.json', csv: '/data/facts.csv' };
        for (const file of Object.values(dataFiles)) {
          if (!existsSync(path.join(outDir, file))) {
            throw new Error(`llms.txt links to ${file}, but the build did not produce it (expected from src/pages/[...edition]${file}.ts).`);
          }
        }
        const chapters = await readChapterSlugs(projectRoot);
        const pages = (await readBuiltPages(outDir)).map((page) => {
          const head = readHead(page.html);
          return { ...pageRole(page.path, chapters), title: pageTitle(head.title), description: head.description };
        });
        await writeFile(path.join(outDir, 'llms.txt'), renderLlmsTxt({ root, pages, dataFiles }));
        logger.info(`llms.txt lists ${pages.length} pages`);
      },
    },
  };
}
