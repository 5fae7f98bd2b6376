import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allowedProps, remarkStrictProps, unknownProps, type JsxNode } from './remark-strict-props';

/** An MDX JSX element as remark-mdx parses it: `<Name a="…" b="…" />` on a given line. */
function element(name: string, line: number, props: string[], children: JsxNode[] = []): JsxNode {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: props.map((prop) => ({ type: 'mdxJsxAttribute', name: prop })),
    position: { start: { line } },
    children,
  };
}

function chapter(...children: JsxNode[]): JsxNode {
  return { type: 'root', children: [{ type: 'paragraph', children }] };
}

describe('unknownProps', () => {
  test('a misspelled Chart prop is named with file, line and the closest allowed prop', () => {
    const tree = chapter(element('Chart', 14, ['id', 'stat']));
    expect(unknownProps(tree, 'src/content/chapters/en/03-growth.mdx')).toEqual([
      'src/content/chapters/en/03-growth.mdx:14: <Chart> has no prop "stat". Did you mean "state" or "id"? <Chart> takes id, state, title, summary, anchor.',
    ]);
  });

  test('every component is checked, including a Step inside a Scrolly', () => {
    const tree = chapter(
      element('Fact', 3, ['id', 'digit']),
      element('Derived', 4, ['kind', 'from', 'too']),
      element('Cite', 5, ['id']),
      element('Scrolly', 7, ['id'], [element('Step', 8, ['sate'])]),
    );
    expect(unknownProps(tree, 'ch.mdx').map((problem) => problem.split(' Did')[0])).toEqual([
      'ch.mdx:3: <Fact> has no prop "digit".',
      'ch.mdx:4: <Derived> has no prop "too".',
      'ch.mdx:5: <Cite> has no prop "id".',
      'ch.mdx:7: <Scrolly> has no prop "id".',
      'ch.mdx:8: <Step> has no prop "sate".',
    ]);
  });

  test('the props each component takes pass, and other elements are left alone', () => {
    const tree = chapter(
      element('Fact', 1, ['id', 'digits']),
      element('Derived', 2, ['kind', 'of', 'by', 'digits']),
      element('Chart', 3, ['id', 'state', 'title', 'summary', 'anchor']),
      element('Scrolly', 4, ['chart'], [element('Step', 5, ['state'])]),
      element('abbr', 6, ['title', 'lang']),
    );
    expect(unknownProps(tree, 'ch.mdx')).toEqual([]);
  });

  test('usedIn is the pipeline’s to set, and spread props are refused', () => {
    const spread: JsxNode = { ...element('Fact', 9, ['id']), attributes: [{ type: 'mdxJsxExpressionAttribute' }] };
    expect(unknownProps(chapter(element('Fact', 2, ['id', 'usedIn']), spread), 'ch.mdx')).toEqual([
      'ch.mdx:2: <Fact> has no prop "usedIn". Did you mean "id" or "digits"? <Fact> takes id, digits.',
      'ch.mdx:9: <Fact> does not take spread props ({...}); <Fact> takes id, digits.',
    ]);
  });
});

test('the plugin stops the build with every problem in the file', () => {
  const transform = remarkStrictProps();
  const tree = chapter(element('Chart', 14, ['id', 'stat']), element('Fact', 20, ['di']));
  expect(() => transform(tree, { path: '/site/src/content/chapters/en/1.mdx', cwd: '/site' })).toThrow(
    /^src\/content\/chapters\/en\/1\.mdx:14: <Chart> has no prop "stat"\..*\nsrc\/content\/chapters\/en\/1\.mdx:20: <Fact> has no prop "di"\./su,
  );
});

/** The prop names in a component's `Props` type, comments removed. */
function declaredProps(file: string): string[] {
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//gu, '');
  const props = /(?:interface Props \{([\s\S]*?)\n\}|type Props =([\s\S]*?);\n)/u.exec(source);
  const body = props?.[1] ?? props?.[2] ?? '';
  return [...new Set([...body.matchAll(/(\w+)\??:/gu)].map((match) => match[1]!))].filter((name) => name !== 'usedIn').sort();
}

test.each([
  ['Fact', 'src/components/Fact.astro'],
  ['Derived', 'src/components/Derived.astro'],
  ['Cite', 'src/components/Cite.astro'],
  ['Chart', 'src/charts/Chart.astro'],
  ['Scrolly', 'src/charts/scrolly/Scrolly.astro'],
  ['Step', 'src/charts/scrolly/Step.astro'],
])('the allowed props of <%s> are the props %s declares', (name, file) => {
  expect([...allowedProps[name]!].sort()).toEqual(declaredProps(file));
});
