/**
 * No English left on the Chinese pages: every built page under /zh-hans/ and /zh-hant/ is read as a reader
 * sees it (notes and popovers included, since a tap opens them) and every Latin word must be a name or term
 * of the short, reviewed list in src/i18n/latin-in-chinese.ts. Left out: seed quotes and headlines (marked
 * data-verbatim, shown as in the seed), the other editions' names in the switcher, code, scripts and styles.
 */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { untranslatedWords } from '../../src/i18n/latin-in-chinese.ts';
import { sitePages } from '../support/site';

const built = await sitePages();
const pagesOf = (edition: 'zh-hans' | 'zh-hant') => built.filter((page) => page.locale === edition);

/** The text a reader can see or open on the page, its elements' texts kept apart ("CSV JSON", not "CSVJSON"). */
function visibleText(html: string): string {
  const { document } = parseHTML(html.replace(/></gu, '> <'));
  for (const element of document.querySelectorAll('script, style, template, code, pre, [data-verbatim]')) element.remove();
  return document.body?.textContent ?? '';
}

const pages = [...pagesOf('zh-hans'), ...pagesOf('zh-hant')];

test('the Chinese editions have their pages: 32 Simplified and 32 Traditional', () => {
  expect(pagesOf('zh-hans')).toHaveLength(32);
  expect(pagesOf('zh-hant')).toHaveLength(32);
});

test('no Chinese page shows an English word that is not a name or a term on the reviewed list', () => {
  const found = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const word of untranslatedWords(visibleText(page.html))) {
      found.set(word, (found.get(word) ?? new Set()).add(page.path));
    }
  }
  const report = [...found].map(([word, files]) => `${word}: ${files.size} page(s), e.g. ${[...files][0]}`);
  expect(report).toEqual([]);
  expect(pages).toHaveLength(64);
});
