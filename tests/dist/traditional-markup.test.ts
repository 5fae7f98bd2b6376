/**
 * Every Traditional page is its Simplified twin with the text converted, and nothing else: the same elements,
 * attributes and classes in the same order. The browser tests lean on this to check Traditional pages by
 * template (tests/support/browser-pages.ts).
 */
import { pageDocument } from '../support/page-document';
import { expect, test } from 'vitest';
import { sitePages } from '../support/site';

/**
 * Tags, attribute names and class values, depth first; text and other attribute values left out. The
 * language switcher differs by design (the page's own edition is text, the others links) and is left out.
 */
function markupShape(html: string): string {
  const document = pageDocument(html);
  const parts: string[] = [];
  const walk = (element: Element): void => {
    const attributes = [...element.attributes].map((attribute) => (attribute.name === 'class' ? `class=${attribute.value}` : attribute.name)).sort();
    parts.push(`<${element.tagName.toLowerCase()} ${attributes.join(' ')}>`);
    if (!element.classList.contains('language-switcher')) for (const child of element.children) walk(child);
    parts.push('</>');
  };
  walk(document.documentElement);
  return parts.join('\n');
}

const pages = await sitePages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const traditional = pages.filter((page) => page.locale === 'zh-hant');

test('there is a Traditional page for every Simplified page', () => {
  expect(traditional.length).toBe(pages.filter((page) => page.locale === 'zh-hans').length);
  expect(traditional.length).toBeGreaterThan(30);
});

test.each(traditional.map((page) => [page.path, page] as const))('%s has the markup of its Simplified twin', (path, page) => {
  const twin = byPath.get(path.replace(/^\/zh-hant\//u, '/zh-hans/'));
  expect(twin, `${path} has no zh-hans twin`).toBeDefined();
  const [ours, theirs] = [markupShape(page.html).split('\n'), markupShape(twin!.html).split('\n')];
  const first = ours.findIndex((line, index) => line !== theirs[index]);
  expect(first === -1 && ours.length === theirs.length, `first difference at element ${first}: ${ours[first]} against ${theirs[first]}`).toBe(true);
});
