/**
 * The corrections log per edition on the built site: English lists all 21; the Chinese editions list the
 * 5 that concern what they show too (shared facts, charts and figure labels), in Chinese, on the log, at
 * the foot of the chapter, in its JSON-LD and in the edition's feed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { untranslatedWords } from '../../src/i18n/latin-in-chinese.ts';
import { chapterSlugs } from '../../src/lib/correction-schema.ts';
import { distRoot, requireBuild } from '../support/site';

requireBuild();

const read = (file: string) => readFileSync(path.join(distRoot, file), 'utf8');
const page = (file: string) => pageDocument(read(file));

function jsonLdCorrections(document: Document): { text: string }[] {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '{}') as { '@type': string; correction?: { text: string }[] });
  return scripts.find((s) => s['@type'] === 'NewsArticle')?.correction ?? [];
}

test('the English log still lists all 21 corrections', () => {
  expect(page('corrections/index.html').querySelectorAll('li.correction')).toHaveLength(21);
});

describe.each([
  ['zh-hans', '目前没有更正', 'MiniMax 2024年的收入是上年的8.7倍'],
  ['zh-hant', '目前沒有更正', 'MiniMax 2024年的收入是上年的8.7倍'],
] as const)('%s', (edition, none, origins) => {
  const log = page(`${edition}/corrections/index.html`);
  const items = [...log.querySelectorAll('li.correction')];

  test('the log lists the 5 corrections written in Chinese, and no English', () => {
    expect(items).toHaveLength(5);
    const text = items.map((item) => item.textContent ?? '').join(' ');
    expect(untranslatedWords(text)).toEqual([]);
    expect(text).toContain(origins);
    expect(text).not.toContain(none);
  });

  test('each chapter shows its one Chinese correction at its foot and in its JSON-LD', () => {
    expect(chapterSlugs).toHaveLength(5);
    for (const slug of chapterSlugs) {
      const chapter = page(`${edition}/${slug}/index.html`);
      expect(chapter.querySelectorAll('#corrections li.correction'), slug).toHaveLength(1);
      const [comment] = jsonLdCorrections(chapter);
      expect(untranslatedWords(comment?.text ?? 'missing'), slug).toEqual([]);
    }
  });

  test('the feed carries the same 5 corrections', () => {
    const entries = read(`${edition}/feed.xml`).split('<entry>').filter((entry) => entry.includes('term="correction"'));
    expect(entries).toHaveLength(5);
    expect(entries.some((entry) => entry.includes(origins))).toBe(true);
  });
});
