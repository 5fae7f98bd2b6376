import { describe, expect, test } from 'vitest';
import { keepMarksTogether, remarkKeepMarks, type MdastNode } from './remark-keep-marks';

const text = (value: string): MdastNode => ({ type: 'text', value });
const mark = (name: string, id: string): MdastNode => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: [{ type: 'mdxJsxAttribute', name: name === 'Cite' ? 'p' : 'id', value: id }],
  children: [],
});
const cite = mark('Cite', 's1.listing');
const fact = mark('Fact', 'zhipu.revenue.2024');

/** The children as a reader of the markup sees them: "[...]" for a kept-together span, names for marks. */
function shape(nodes: readonly MdastNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.name === 'span') {
        expect(node.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'class', value: 'keep-marks' }]);
        return `[${shape(node.children ?? [])}]`;
      }
      return `<${node.name}>`;
    })
    .join('');
}

describe('keepMarksTogether', () => {
  test('a citation marker keeps the Chinese full stop after it, and the sentence goes on outside the span', () => {
    expect(shape(keepMarksTogether([text('两家公司先后上市'), cite, text('。随后股价大涨')]))).toBe('两家公司先后上市[<Cite>。]随后股价大涨');
  });

  test('a figure followed by its citation and a comma stay together as one run', () => {
    expect(shape(keepMarksTogether([text('营收为'), fact, cite, text('，而亏损更大')]))).toBe('营收为[<Fact><Cite>，]而亏损更大');
  });

  test('several closing marks are kept together: a closing quote, bracket and full stop', () => {
    expect(shape(keepMarksTogether([text('“增至'), fact, text('”）。下一段')]))).toBe('“增至[<Fact>”）。]下一段');
  });

  test('English punctuation too: the full stop after a marker', () => {
    expect(shape(keepMarksTogether([text('It listed on 8 January'), cite, text('.')]))).toBe('It listed on 8 January[<Cite>.]');
  });

  test('a mark followed by a space or a word is left alone', () => {
    expect(shape(keepMarksTogether([text('revenue of '), fact, text(' in 2024')]))).toBe('revenue of <Fact> in 2024');
    expect(shape(keepMarksTogether([fact, text('的营收')]))).toBe('<Fact>的营收');
  });

  test('the plugin reaches paragraphs inside steps', () => {
    const paragraph: MdastNode = { type: 'paragraph', children: [text('起初回款很快'), cite, text('。')] };
    const tree: MdastNode = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'Step', children: [paragraph] }] };
    remarkKeepMarks()(tree);
    expect(shape(paragraph.children ?? [])).toBe('起初回款很快[<Cite>。]');
  });
});
