/**
 * What a first visit to a page downloads, measured on the built files: the HTML, the stylesheets, the
 * scripts with everything they import, and the images and icons, each raw and gzipped. Inline
 * scripts count as JavaScript too, though their bytes travel inside the HTML.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineCode, loadedKinds, pageReferences, scriptImports, stylesheetUrls } from './references.ts';
import { fileFor, isInternal, publicUrl } from './resolve.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  /** External scripts and their imports, plus inline scripts. */
  js: Bytes;
  /** Images, icons and fonts. */
  other: Bytes;
  /** Everything downloaded: HTML, external CSS, external JS and other files. */
  total: Bytes;
  /** Output-relative files the page loads, HTML first. */
  files: string[];
}

type Category = 'css' | 'js' | 'other';

const zero = (): Bytes => ({ raw: 0, gzip: 0 });

function add(into: Bytes, bytes: Bytes): void {
  into.raw += bytes.raw;
  into.gzip += bytes.gzip;
}

export function measure(content: Buffer | string): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

function categoryOf(file: string): Category {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.css') return 'css';
  if (extension === '.js' || extension === '.mjs') return 'js';
  return 'other';
}

/**
 * Weighs one page. Throws naming the page and URL when the page loads a file that is not in the build
 * (the link test reports those too) or anything from another origin (so does the privacy test).
 */
export async function pageWeight(outDir: string, root: URL, sitePath: string, html: string): Promise<PageWeight> {
  const pageUrl = publicUrl(root, sitePath);
  const weight: PageWeight = { html: measure(html), css: zero(), js: zero(), other: zero(), total: zero(), files: [] };
  const seen = new Set<string>();
  const queue: URL[] = pageReferences(html)
    .filter((reference) => loadedKinds.has(reference.kind) && !reference.url.startsWith('#') && !reference.url.startsWith('data:'))
    .map((reference) => new URL(reference.url, pageUrl));

  for (let url = queue.shift(); url; url = queue.shift()) {
    if (!isInternal(url, root)) throw new Error(`${sitePath} loads ${url.href} from another origin`);
    const resolved = fileFor(url, root, outDir);
    if ('problem' in resolved) throw new Error(`${sitePath} loads ${url.pathname}: ${resolved.problem}`);
    if (seen.has(resolved.file)) continue;
    seen.add(resolved.file);
    const content = await readFile(resolved.file);
    const category = categoryOf(resolved.file);
    add(weight[category], measure(content));
    weight.files.push(path.relative(outDir, resolved.file));
    const nested = category === 'js' ? scriptImports(content.toString('utf8')) : category === 'css' ? stylesheetUrls(content.toString('utf8')) : [];
    queue.push(...nested.map((specifier) => new URL(specifier, url)));
  }

  // The total counts each downloaded file once: inline scripts are already inside the HTML.
  for (const part of [weight.html, weight.css, weight.js, weight.other]) add(weight.total, part);
  for (const code of inlineCode(html)) if (code.kind === 'script') add(weight.js, measure(code.text));
  return weight;
}
