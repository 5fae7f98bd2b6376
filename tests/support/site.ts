/**
 * The built site as the tests and the bench see it. Pages are discovered from the output (every
 * index.html), never listed by hand, so a new chapter or chart is checked the moment it is built.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltPages } from '../../src/integrations/built-pages.ts';
import { pageRole, readChapterSlugs, type PageRole } from '../../src/integrations/page-kind.ts';
import { pageDocument } from './page-document.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The build under test: dist/, or another output folder named by DIST_DIR (the bench checks its own build). */
export const distRoot = path.resolve(projectRoot, process.env.DIST_DIR ?? 'dist');

export interface SitePage extends PageRole {
  file: string;
  html: string;
}

/** Fails with the remedy when there is no build to test, instead of passing over nothing. */
export function requireBuild(root = distRoot): string {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(
      `No built site at ${root} (no index.html). Build it first with \`npm run build\`; \`npm test\` builds before these tests.`,
    );
  }
  return root;
}

async function readSitePages(root: string): Promise<SitePage[]> {
  const chapters = await readChapterSlugs(projectRoot);
  const pages = await readBuiltPages(root);
  return pages.map((page) => ({ ...page, ...pageRole(page.path, chapters) }));
}

const pagesByRoot = new Map<string, Promise<SitePage[]>>();

/**
 * Every page of a build. A build does not change while it is tested, and the files of a vitest project
 * share this module (isolate: false), so each output folder is read once per process; each caller gets
 * its own array to sort or filter.
 */
export async function sitePages(root = distRoot): Promise<SitePage[]> {
  requireBuild(root);
  const pages = pagesByRoot.get(root) ?? readSitePages(root);
  pagesByRoot.set(root, pages);
  return [...(await pages)];
}

/** Every file of the output, as sorted output-relative paths with forward slashes. */
export async function outputFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The public root of the build (site URL plus base path), read from the cover's canonical link so the
 * tests follow whatever SITE_URL and BASE_PATH the build used.
 */
export async function publicRoot(root = distRoot): Promise<URL> {
  const html = await readFile(path.join(requireBuild(root), 'index.html'), 'utf8');
  const canonical = pageDocument(html).querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error(`${root}/index.html has no <link rel="canonical">: cannot tell the site URL and base path`);
  return new URL(canonical);
}
