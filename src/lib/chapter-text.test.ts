import { expect, test } from 'vitest';
import { citedPassageIds } from './chapter-text';

test('collects the passages a chapter cites, in order of first citation, each once', () => {
  const mdx = [
    'Zhang left the lab<Cite p="s1.spin-out" />. The outlets disagree<Cite p="s3.value  s1.spin-out" />.',
    '<Fact id="zhipu.revenue.2024" /> and later <Cite usedIn="x" p="s5.endgame"/>.',
  ].join('\n');
  expect(citedPassageIds(mdx)).toEqual(['s1.spin-out', 's3.value', 's5.endgame']);
});
