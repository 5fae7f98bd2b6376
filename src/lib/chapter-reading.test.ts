import { expect, test } from 'vitest';
import { readChapter, textProp } from './chapter-reading';

const mdx = [
  '---', //                                                                                        1
  'title: "A chapter with <Fact id=\\"not.a-citation\\" /> in its frontmatter"', //                2
  '---', //                                                                                        3
  '', //                                                                                           4
  "Revenue was <Fact id='zhipu.revenue.2024' /> against <Fact id=\"zhipu.revenue.2023\" />.", //   5
  'It grew <Derived kind="growth"', //                                                             6
  '  from="zhipu.revenue.2023" to="zhipu.revenue.2024" digits={2} /> a year<Cite p="s1.b  s3.a" />.', // 7
  '', //                                                                                           8
  'In renminbi <Derived kind="convert" of="minimax.revenue.2024" to="RMB" /><Cite p=\'s1.b\' />.', // 9
  '', //                                                                                           10
  '<Chart id="revenue-growth" state="common" />', //                                              11
  '', //                                                                                           12
  '<Scrolly chart="receivable-days">', //                                                          13
  '  <Step state="early">', //                                                                     14
  '', //                                                                                           15
  '  It took <Fact id="zhipu.receivable-days.2022" />.', //                                        16
  '', //                                                                                           17
  '  </Step>', //                                                                                  18
  '</Scrolly>', //                                                                                 19
  '', //                                                                                           20
  '<Chart id="revenue-growth" />', //                                                              21
].join('\n');

test('collects cited facts in order of first use, single quotes and attributes over two lines included, each at its line', () => {
  expect(readChapter(mdx).facts).toEqual([
    { id: 'zhipu.revenue.2024', line: 5 },
    { id: 'zhipu.revenue.2023', line: 5 },
    { id: 'minimax.revenue.2024', line: 9 },
    { id: 'zhipu.receivable-days.2022', line: 16 },
  ]);
});

test('collects passages and charts each once, in order of first use', () => {
  const reading = readChapter(mdx);
  expect(reading.passages).toEqual([
    { id: 's1.b', line: 7 },
    { id: 's3.a', line: 7 },
  ]);
  expect(reading.charts).toEqual([
    { id: 'revenue-growth', line: 11 },
    { id: 'receivable-days', line: 13 },
  ]);
});

test('a step knows the scrolly around it, and every component is read in document order', () => {
  const { components } = readChapter(mdx);
  expect(components.map((use) => `${use.name}:${use.line}`)).toEqual([
    'Fact:5', 'Fact:5', 'Derived:6', 'Cite:7', 'Derived:9', 'Cite:9', 'Chart:11', 'Scrolly:13', 'Step:14', 'Fact:16', 'Chart:21',
  ]);
  const step = components.find((use) => use.name === 'Step');
  expect(step?.scrolly ? textProp(step.scrolly, 'chart') : undefined).toBe('receivable-days');
  expect(components.find((use) => use.name === 'Derived')?.props).toEqual([
    { name: 'kind', text: 'growth' },
    { name: 'from', text: 'zhipu.revenue.2023' },
    { name: 'to', text: 'zhipu.revenue.2024' },
    { name: 'digits', expression: '2' },
  ]);
});

test('prose paragraphs keep their lines; a syntax error names its line', () => {
  expect(readChapter(mdx).paragraphs.map((paragraph) => paragraph.line)).toEqual([5, 9, 16]);
  expect(() => readChapter('---\nt: x\n---\n\nA <Fact id="a.b" >.\n')).toThrow(/^Expected a closing tag for `<Fact>` \(5:3-5:19\)/u);
});
