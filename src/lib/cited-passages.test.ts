import { expect, test } from 'vitest';
import type { Passage } from '../passages/registry';
import { citedPassagesBySeed, editionCitationMismatches } from './cited-passages';

const seedA = '000_782df8b27d5ad9c6.txt';
const seedB = '004_6f532d619fe0ccd9.txt';
const passage = (id: string, seed: typeof seedA | typeof seedB, quote: string): Passage =>
  ({ id, seed, quote, gloss: { en: 'gloss', 'zh-hans': '释义' } }) as unknown as Passage;

const all = [
  passage('s1.later', seedA, '乙'),
  passage('s1.earlier', seedA, '甲'),
  passage('s5.uncited', seedB, '丙'),
  passage('site.headline', seedA, '題'),
];
const seedTexts = { [seedA]: '題……甲……乙', [seedB]: '丙' };

test('groups cited passages by seed in the order the article tells them, with the chapters citing each', () => {
  const chapters = [
    { title: 'Origins', href: '/origins/', body: 'A<Cite p="s1.later" /> B<Cite p="s1.earlier" />' },
    { title: 'The shakeout', href: '/the-shakeout/', body: 'C<Cite p="s1.later" />' },
  ];
  const grouped = citedPassagesBySeed(chapters, all, new Set(['site.headline']), seedTexts);
  expect([...grouped.keys()]).toEqual([seedA]);
  expect(grouped.get(seedA)?.map((c) => [c.passage.id, c.chapters.map((ch) => ch.title)])).toEqual([
    ['site.headline', []],
    ['s1.earlier', ['Origins']],
    ['s1.later', ['Origins', 'The shakeout']],
  ]);
});

test('every edition of a chapter must cite the same passages', () => {
  const en = { file: 'en/01-origins.mdx', slug: 'origins', body: 'A<Cite p="s1.a s1.b" />' };
  expect(editionCitationMismatches([en, { file: 'zh-hans/01-origins.mdx', slug: 'origins', body: '甲<Cite p="s1.b" />乙<Cite p="s1.a" />' }])).toEqual([]);
  expect(editionCitationMismatches([en, { file: 'zh-hans/01-origins.mdx', slug: 'origins', body: '甲<Cite p="s1.b s5.c" />' }])).toEqual([
    'zh-hans/01-origins.mdx (chapter "origins") cites different passages from en/01-origins.mdx: missing ["s1.a"], extra ["s5.c"]',
  ]);
});
