import { expect, test } from 'vitest';
import { readChapter } from './chapter-reading';
import { formatPunctuationSlip, halfWidthPunctuation } from './cjk-punctuation';

const slips = (mdx: string) => halfWidthPunctuation(readChapter(mdx)).map((s) => s.slip);

test('a half-width mark touching a Chinese character is a slip, on either side', () => {
  expect(slips('智谱,MiniMax紧随其后.')).toEqual(['谱,M', '后.']);
  expect(slips('自研GLM(通用语言模型)路线')).toEqual(['M(通', '型)路']);
  expect(slips('他说:"好"; 是吗?不!')).toEqual(['说:"', ':"好', '好";', '吗?不', '不!']);
});

test('full-width marks, and half-width ones inside Latin names and between Latin words, pass', () => {
  expect(slips('智谱，MiniMax紧随其后。GLM（通用语言模型）：“好”；是吗？不！')).toEqual([]);
  expect(slips('Talkie/星野与01.AI、Mr. Yan, Inc. 同台')).toEqual([]);
});

test('a mark after a figure or a citation counts, since the reader sees it beside Chinese text', () => {
  expect(slips('营收为<Fact id="zhipu.revenue.2024" />,同比增长')).toEqual([',同']);
  expect(slips('营收为<Fact id="zhipu.revenue.2024" />，同比增长<Cite p="s1.x" />。')).toEqual([]);
});

test('frontmatter and component attributes are not prose, and a slip is reported with its line', () => {
  const mdx = '---\ntitle: "起源:两条路"\n---\n\n<Chart id="a" />\n\n第一段,有误。\n';
  expect(halfWidthPunctuation(readChapter(mdx))).toEqual([{ slip: '段,有', line: 7 }]);
  expect(formatPunctuationSlip('a.mdx', { slip: '段,有', line: 7 })).toBe(
    'a.mdx:7: half-width punctuation beside Chinese text in "段,有"; use the full-width mark (，。：；？！（）“”)',
  );
});
