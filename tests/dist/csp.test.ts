/**
 * Every page carries a Content-Security-Policy that lets no inline script or style run unless the
 * build hashed it, loads nothing from other origins, and is in force before any script or style.
 * The _headers file sends the same policy, plus what only a header can say.
 */
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { readHead } from '../../src/integrations/built-pages';
import { effectiveSources, parsePolicy, sha256Source } from '../support/csp';
import { headersFor, readHeadersFile } from '../support/headers-file';
import { inlineCode, isExecutable } from '../support/references';
import { distRoot, publicRoot, sitePages } from '../support/site';
import { isEmbedPath } from '../../src/charts/embed/paths.ts';

const pages = await sitePages();
const root = await publicRoot();
const headerRules = await readHeadersFile(distRoot);

/** Only hashes and 'self' may appear: no 'unsafe-inline', no wildcard, no other host. */
const allowedSource = /^(?:'self'|'none'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/u;

function headerPolicyFor(sitePath: string): string | undefined {
  const pathname = `${root.pathname.replace(/\/$/u, '')}${sitePath}`;
  return headersFor(headerRules, pathname).find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
}

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, page) => {
  const policyText = readHead(page.html).policy ?? '';
  const policy = parsePolicy(policyText);

  test('has a meta Content-Security-Policy before any script or style', () => {
    expect(policyText, 'meta http-equiv="content-security-policy"').not.toBe('');
    const document = pageDocument(page.html);
    const governed = [...document.querySelectorAll('head script, head style, head link[rel~="stylesheet"], head meta[http-equiv]')].filter(
      (element) => element.localName !== 'script' || isExecutable(element),
    );
    const first = governed[0];
    expect(first?.getAttribute('http-equiv')?.toLowerCase(), 'first of the policy, scripts and styles in <head>').toBe('content-security-policy');
  });

  test('allows scripts and styles only from the site itself or by hash', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    for (const directive of ['script-src', 'style-src'] as const) {
      const sources = effectiveSources(policy, directive) ?? [];
      expect(sources.filter((source) => !allowedSource.test(source)), `${directive} sources that are neither 'self' nor a hash`).toEqual([]);
    }
  });

  test('hashes every inline script and style it contains', () => {
    const unhashed = inlineCode(page.html)
      .filter((code) => !(effectiveSources(policy, code.kind === 'script' ? 'script-src' : 'style-src') ?? []).includes(sha256Source(code.text)))
      .map((code) => `${code.kind}: ${code.text.slice(0, 80)}`);
    expect(unhashed, 'inline code the policy would block').toEqual([]);
  });

  test('has no inline event handlers, style attributes or javascript: URLs, which no hash can allow', () => {
    const document = pageDocument(page.html);
    const offenders: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || name === 'style' || /^\s*javascript:/iu.test(attribute.value)) {
          offenders.push(`<${element.localName} ${name}="${attribute.value.slice(0, 60)}">`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test("is sent by _headers too, with frame-ancestors 'none' added", () => {
    const header = headerPolicyFor(page.path);
    expect(header, `a rule for ${page.path} in _headers`).toBeDefined();
    const sent = parsePolicy(header ?? '');
    expect(policy.size, 'directives in the meta policy').toBeGreaterThan(0);
    // Embed pages are made to be framed by other sites; no other page may be.
    const framing = isEmbedPath(page.path) ? ['*'] : ["'none'"];
    expect(Object.fromEntries(sent)).toEqual({ ...Object.fromEntries(policy), 'frame-ancestors': framing });
  });
});
