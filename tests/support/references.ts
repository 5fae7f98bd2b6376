/**
 * Every URL a built page mentions, sorted by what a browser does with it: follow it later (links,
 * metadata) or fetch it while loading the page (styles, scripts, images, icons).
 */
import { pageDocument } from './page-document.ts';

export type ReferenceKind = 'link' | 'stylesheet' | 'script' | 'image' | 'icon' | 'preload';

export interface Reference {
  kind: ReferenceKind;
  /** Where it was found, for messages: "a[href]", "img[srcset]". */
  source: string;
  url: string;
}

export interface InlineCode {
  kind: 'script' | 'style';
  text: string;
}

/** Loaded with the page, so counted in its weight and watched by the privacy test. */
export const loadedKinds: ReadonlySet<ReferenceKind> = new Set(['stylesheet', 'script', 'image', 'icon', 'preload']);

const linkRelKinds: [RegExp, ReferenceKind][] = [
  [/\bstylesheet\b/u, 'stylesheet'],
  [/\bmodulepreload\b/u, 'script'],
  [/\bpreload\b/u, 'preload'],
  [/\b(?:icon|apple-touch-icon|manifest)\b/u, 'icon'],
];

const loadedAttributes: [string, string][] = [
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'srcset'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['iframe', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['image', 'href'],
  ['use', 'href'],
];

/** Open Graph and Twitter metadata: followed by crawlers, not loaded with the page. */
const metadataProperties = ['og:url', 'og:image', 'twitter:image'];

/** Script types the browser runs; others (JSON data blocks) are inert. */
const executableScriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '')
    .filter((url) => url.length > 0);
}

const referencesByPage = new Map<string, readonly Reference[]>();

/**
 * Every URL a page refers to. The link check and the byte budgets both ask it of every page, in one process
 * (the dist project shares its modules), so each page is parsed once.
 */
export function pageReferences(html: string): readonly Reference[] {
  const known = referencesByPage.get(html);
  if (known) return known;
  const found = readReferences(html);
  referencesByPage.set(html, found);
  return found;
}

function readReferences(html: string): Reference[] {
  const document = pageDocument(html);
  const found: Reference[] = [];
  const add = (kind: ReferenceKind, source: string, url: string | null) => {
    if (url !== null && url.trim() !== '') found.push({ kind, source, url: url.trim() });
  };

  for (const element of document.querySelectorAll('a[href], area[href]')) add('link', `${element.localName}[href]`, element.getAttribute('href'));
  for (const element of document.querySelectorAll('form[action]')) add('link', 'form[action]', element.getAttribute('action'));
  for (const element of document.querySelectorAll('link[href]')) {
    const rel = (element.getAttribute('rel') ?? '').toLowerCase();
    const kind = linkRelKinds.find(([pattern]) => pattern.test(rel))?.[1] ?? 'link';
    add(kind, `link[rel="${rel}"]`, element.getAttribute('href'));
  }
  for (const element of document.querySelectorAll('script[src]')) add('script', 'script[src]', element.getAttribute('src'));
  for (const [tag, attribute] of loadedAttributes) {
    for (const element of document.querySelectorAll(`${tag}[${attribute}]`)) {
      const value = element.getAttribute(attribute) ?? '';
      const urls = attribute === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of urls) add('image', `${tag}[${attribute}]`, url);
    }
  }
  for (const property of metadataProperties) {
    for (const element of document.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)) {
      add('link', `meta[${property}]`, element.getAttribute('content'));
    }
  }
  return found;
}

/** Whether the browser runs a script element; JSON data blocks and the like are inert. */
export function isExecutable(script: Element): boolean {
  return executableScriptTypes.has((script.getAttribute('type') ?? '').trim().toLowerCase());
}

/** Inline scripts the browser would run and inline style elements, with their exact text. */
export function inlineCode(html: string): InlineCode[] {
  const document = pageDocument(html);
  const scripts = [...document.querySelectorAll('script:not([src])')]
    .filter(isExecutable)
    .map((script) => ({ kind: 'script' as const, text: script.textContent ?? '' }));
  const styles = [...document.querySelectorAll('style')].map((style) => ({ kind: 'style' as const, text: style.textContent ?? '' }));
  return [...scripts, ...styles];
}

/** Module specifiers a script imports, statically or on demand. */
export function scriptImports(code: string): string[] {
  const pattern = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/gu;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? '').filter((specifier) => specifier.length > 0);
}

/** url(...) references in a stylesheet (fonts, images). */
export function stylesheetUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gu)]
    .map((match) => match[2] ?? '')
    .filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}
