/**
 * Finds every internal URL the build mentions (in pages, llms.txt, the sitemap and robots.txt) and
 * says which do not resolve: a missing file, a path outside the base, or an anchor with no target.
 * How a URL resolves is up to the caller: files on disk, or requests to a server.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pageDocument } from './page-document.ts';
import { pageReferences } from './references.ts';
import { isInternal, publicUrl } from './resolve.ts';
import { outputFiles, type SitePage } from './site.ts';

export interface Mention {
  /** Where the URL was found: a site path or an output file. */
  from: string;
  source: string;
  url: URL;
}

/** Element ids and named anchors of a page: the fragments a link may point at. */
export function anchorsOf(html: string): Set<string> {
  const document = pageDocument(html);
  const anchors = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) anchors.add(element.getAttribute('id') ?? '');
  for (const element of document.querySelectorAll('a[name]')) anchors.add(element.getAttribute('name') ?? '');
  return anchors;
}

function mentionsIn(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '').filter((url) => url.length > 0);
}

/** URLs in the machine-readable files: llms.txt links, sitemap locations, robots.txt sitemap lines. */
async function fileMentions(outDir: string, root: URL): Promise<Mention[]> {
  const patterns: [RegExp, RegExp][] = [
    [/^llms\.txt$/u, /\]\((\S+?)\)/gu],
    [/^sitemap[^/]*\.xml$/u, /<loc>([^<]+)<\/loc>/gu],
    [/^robots\.txt$/u, /^Sitemap:\s*(\S+)/gmu],
  ];
  const mentions: Mention[] = [];
  for (const file of await outputFiles(outDir)) {
    const pattern = patterns.find(([name]) => name.test(file))?.[1];
    if (!pattern) continue;
    const text = await readFile(path.join(outDir, file), 'utf8');
    for (const url of mentionsIn(text, pattern)) mentions.push({ from: file, source: 'text', url: new URL(url, root) });
  }
  return mentions;
}

export async function internalMentions(outDir: string, root: URL, pages: readonly SitePage[]): Promise<Mention[]> {
  const inPages = pages.flatMap((page) => {
    const base = publicUrl(root, page.path);
    return pageReferences(page.html)
      .filter((reference) => !/^(?:mailto|tel|data|javascript):/iu.test(reference.url))
      .map((reference) => ({ from: page.path, source: reference.source, url: new URL(reference.url, base) }));
  });
  const all = [...inPages, ...(await fileMentions(outDir, root))];
  return all.filter((mention) => isInternal(mention.url, root));
}

export interface Target {
  /** Why the URL does not resolve, if it does not. */
  problem?: string;
  /** The HTML served for it, when it is a page, to look anchors up in. */
  html?: string;
}

/**
 * Checks each distinct URL once and each fragment against its page. Returns one line per broken target,
 * naming the pages that mention it, so a broken link in the site navigation reads as one line.
 */
export async function brokenMentions(mentions: readonly Mention[], resolve: (url: URL) => Promise<Target>): Promise<string[]> {
  const targets = new Map<string, Promise<Target>>();
  const anchors = new Map<string, Set<string>>();
  const broken = new Map<string, Set<string>>();
  const report = (mention: Mention, problem: string) => {
    const line = `${mention.url.pathname}${mention.url.hash}: ${problem}`;
    broken.set(line, (broken.get(line) ?? new Set()).add(`${mention.from} ${mention.source}`));
  };
  for (const mention of mentions) {
    const address = new URL(mention.url);
    address.hash = '';
    const key = address.href;
    if (!targets.has(key)) targets.set(key, resolve(address));
    const target = await (targets.get(key) as Promise<Target>);
    if (target.problem) {
      report(mention, target.problem);
      continue;
    }
    const fragment = decodeURIComponent(mention.url.hash.slice(1));
    if (fragment === '' || fragment === 'top') continue;
    if (target.html === undefined) {
      report(mention, 'an anchor into a file that is not a page');
      continue;
    }
    if (!anchors.has(key)) anchors.set(key, anchorsOf(target.html));
    if (!anchors.get(key)?.has(fragment)) report(mention, `no element with id "${fragment}" on that page`);
  }
  return [...broken].map(([line, from]) => `${line} (mentioned in ${[...from].join(', ')})`);
}
