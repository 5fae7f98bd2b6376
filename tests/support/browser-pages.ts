/**
 * Which built pages the browser tests open. The Traditional edition is the Simplified one with its text
 * converted as it is served (src/middleware.ts), and tests/dist/traditional-markup.test.ts proves each
 * zh-hant page has the markup of its zh-hans twin, tag for tag and class for class. Layout, accessibility and
 * requests are decided by that markup and the shared CSS, so they are checked on every English and
 * Simplified page and on the first Traditional page of each template, not again on every Traditional page.
 */
import type { SitePage } from './site';

export function browserPages<T extends Pick<SitePage, 'locale' | 'type'>>(pages: readonly T[]): T[] {
  return pages.filter(
    (page) => page.locale !== 'zh-hant' || pages.find((other) => other.locale === 'zh-hant' && other.type === page.type) === page,
  );
}
