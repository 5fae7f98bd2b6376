import { expect, test } from 'vitest';
import { citedPassageIds, hanCount, readingMinutes } from './chapter-text';

test('collects the passages a chapter cites, in order of first citation, each once', () => {
  const mdx = [
    'Zhang left the lab<Cite p="s1.spin-out" />. The outlets disagree<Cite p="s3.value  s1.spin-out" />.',
    '<Fact id="zhipu.revenue.2024" /> and later <Cite usedIn="x" p="s5.endgame"/>.',
  ].join('\n');
  expect(citedPassageIds(mdx)).toEqual(['s1.spin-out', 's3.value', 's5.endgame']);
});

test('counts the Han characters of the prose, not of frontmatter, components or Latin names', () => {
  const mdx = '---\ntitle: 起源\n---\n\n智谱于<Fact id="zhipu.founded" />成立，MiniMax紧随其后。';
  expect(hanCount(mdx)).toBe(9);
});

test('reading time is counted in words for English and in characters for Chinese', () => {
  const english = `---\ntitle: x\n---\n\n${'word '.repeat(690)}`;
  expect(readingMinutes(english, 'en')).toBe(3);
  // 765 Han characters and no Latin word: 765 / 255 = 3 minutes; counted as words it would be one.
  const chinese = `---\ntitle: x\n---\n\n${'智谱的路。'.repeat(191)}智`;
  expect(hanCount(chinese)).toBe(765);
  expect(readingMinutes(chinese, 'zh-hans')).toBe(3);
  expect(readingMinutes(chinese, 'en')).toBe(1);
});
