/**
 * The pages of a finished build, found by walking the output for index.html files, so steps that run
 * after the build (llms.txt, the headers file) cover every page without keeping a list of them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';

export interface BuiltPage {
  /** Path inside the site, base excluded: "/origins/". */
  path: string;
  /** Absolute file path of the page's index.html. */
  file: string;
  html: string;
}

/** Output-relative paths of every index.html, sorted so every consumer sees one order. */
export async function pageFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** "origins/index.html" to "/origins/". */
export function sitePathOf(relativeFile: string): string {
  const dir = path.posix.dirname(relativeFile);
  return dir === '.' ? '/' : `/${dir}/`;
}

export async function readBuiltPages(root: string): Promise<BuiltPage[]> {
  const files = await pageFiles(root);
  return Promise.all(
    files.map(async (relative) => {
      const file = path.join(root, relative);
      return { path: sitePathOf(relative), file, html: await readFile(file, 'utf8') };
    }),
  );
}

export interface PageHead {
  title: string;
  description: string;
  /** The policy of the page's meta Content-Security-Policy, if it has one. */
  policy?: string;
}

export function readHead(html: string): PageHead {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? undefined;
  return {
    title: document.title.trim(),
    description: meta('meta[name="description"]')?.trim() ?? '',
    policy: meta('meta[http-equiv="content-security-policy" i]'),
  };
}
