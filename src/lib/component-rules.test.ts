/**
 * The component rules on in-memory MDX, parsed by the same parser as the build: each bad input names the
 * file, the line and what is wrong, and the plugin the build runs throws them all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMdx, readChapter } from './chapter-reading';
import { allowedProps, componentProblems } from './component-rules';
import { remarkChapterChecks } from './remark-chapter-checks';

const file = 'src/content/chapters/en/03-growth.mdx';
const frontmatter = '---\ntitle: A chapter\n---\n\n';
const problems = (body: string) => componentProblems(readChapter(frontmatter + body), file);

describe('unknown props', () => {
  test('a misspelled Chart prop is named with file, line and the closest allowed prop', () => {
    expect(problems('Text.\n\n<Chart id="revenue-growth" stat="common" />\n')).toEqual([
      `${file}:7: <Chart> has no prop "stat". Did you mean "state" or "id"? <Chart> takes id, state, title, summary, anchor.`,
    ]);
  });

  test('every component is checked, a Step inside a Scrolly and a prop on a later line of a tag included', () => {
    const found = problems(
      [
        'A <Fact id="a.b" digit={2} /> and <Derived kind="growth" from="a.b" too="a.c" />.',
        'Said so<Cite id="s1.x" />.',
        '',
        '<Scrolly chart="receivable-days" id="x">',
        '  <Step state="early"',
        '        sate="late">',
        '',
        'Words.',
        '',
        '  </Step>',
        '</Scrolly>',
      ].join('\n'),
    );
    expect(found.filter((problem) => problem.includes('has no prop')).map((problem) => problem.split(' Did')[0])).toEqual([
      `${file}:5: <Fact> has no prop "digit".`,
      `${file}:5: <Derived> has no prop "too".`,
      `${file}:6: <Cite> has no prop "id".`,
      `${file}:8: <Scrolly> has no prop "id".`,
      `${file}:9: <Step> has no prop "sate".`,
    ]);
  });

  test('usedIn is the pipeline’s to set, and spread props are refused', () => {
    expect(problems('A <Fact id="a.b" usedIn="x" /> and <Fact id="a.c" {...props} />.')).toEqual([
      `${file}:5: <Fact> has no prop "usedIn". Did you mean "id" or "digits"? <Fact> takes id, digits.`,
      `${file}:5: <Fact> does not take spread props ({...}); <Fact> takes id, digits.`,
    ]);
  });
});

describe('the props a component needs, in the form it reads them', () => {
  test('each component names the prop it lacks', () => {
    expect(problems('<Fact /> <Derived of="a.b" /> <Cite /> <Chart /> <Scrolly><Step /></Scrolly>')).toEqual([
      `${file}:5: <Fact> needs id="…".`,
      `${file}:5: <Derived> needs kind="…".`,
      `${file}:5: <Cite> needs p="…".`,
      `${file}:5: <Chart> needs id="…".`,
      `${file}:5: <Scrolly> needs chart="…".`,
      `${file}:5: <Step> needs state="…".`,
    ]);
  });

  test('single quotes are as good as double ones; braces around an id are refused, and digits wants a number', () => {
    expect(problems("A <Fact id='zhipu.revenue.2024' digits={2} />.")).toEqual([]);
    expect(problems('A <Fact id={"zhipu.revenue.2024"} digits="2" /> and <Cite p="" />.')).toEqual([
      `${file}:5: <Fact> id takes quoted text, such as id="…"; found {"zhipu.revenue.2024"}.`,
      `${file}:5: <Fact> digits takes a whole number in braces, such as digits={2}; found "2".`,
      `${file}:5: <Cite> p="" is empty.`,
    ]);
  });

  test('a Derived names its unknown kind, the inputs its kind lacks or does not use, and a currency it does not know', () => {
    expect(problems('<Derived kind="grwoth" from="a.b" to="a.c" />')).toEqual([
      `${file}:5: <Derived> has no kind "grwoth". Did you mean "growth"? Kinds: growth, multiple, share, convert.`,
    ]);
    expect(problems('<Derived kind="growth" from="a.b" by="a.c" />')).toEqual([
      `${file}:5: <Derived> has no to and an unused by; <Derived kind="growth"> takes from="…" and to="…".`,
    ]);
    expect(problems('<Derived kind="convert" of="a.b" to="EUR" />')).toEqual([
      `${file}:5: <Derived> converts to "EUR"; to="…" is a currency: RMB, USD, HKD.`,
    ]);
    expect(problems('<Derived kind="multiple" of="a.b" by="a.c" digits={2} /> <Derived kind="convert" of="a.b" to="RMB" />')).toEqual([]);
  });

  test('a Step belongs inside a Scrolly, and a Scrolly needs a Step', () => {
    expect(problems('<Step state="early">\n\nWords.\n\n</Step>\n\n<Scrolly chart="receivable-days">\n\nWords.\n\n</Scrolly>')).toEqual([
      `${file}:5: <Step> sits outside a <Scrolly>; a step is one state of the chart of the <Scrolly chart="…"> around it.`,
      `${file}:11: <Scrolly> has no <Step state="…"> inside it.`,
    ]);
  });
});

test('the plugin the build runs throws every problem in the file: components, citations and written figures', () => {
  const transform = remarkChapterChecks();
  const parsed = parseMdx(`${frontmatter}<Chart id="revenue-growth" stat="common" />\n\nIt was the largest round.\n\nRevenue rose 150% that year.\n`);
  expect(() => transform(parsed, { path: '/site/src/content/chapters/en/1.mdx', cwd: '/site' })).toThrow(
    new RegExp(
      [
        'src/content/chapters/en/1\\.mdx:5: <Chart> has no prop "stat"\\..*',
        'src/content/chapters/en/1\\.mdx:7: sentence ranks or uses a superlative \\("largest"\\) but carries no <Cite>: «It was the largest round\\.»',
        'src/content/chapters/en/1\\.mdx:9: prose writes a figure itself \\("150%"\\);.*',
      ].join('\\n'),
      'u',
    ),
  );
});

/** The prop names in a component's `Props` type, comments removed. */
function declaredProps(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//gu, '');
  const props = /(?:interface Props \{([\s\S]*?)\n\}|type Props =([\s\S]*?);\n)/u.exec(code);
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
] as const)('the allowed props of <%s> are the props %s declares', (name, path) => {
  expect([...allowedProps[name]].sort()).toEqual(declaredProps(readFileSync(path, 'utf8')));
});

test('outside the chapters (a page’s prose) only the component rules apply', () => {
  const transform = remarkChapterChecks();
  const mdx = `${frontmatter}This story is told through five articles, the largest <Fact id="zhipu.founded" digit={2} />.\n`;
  expect(() => transform(parseMdx(mdx), { path: '/site/src/content/pages/en/cover.mdx', cwd: '/site' })).toThrow(
    /^src\/content\/pages\/en\/cover\.mdx:5: <Fact> has no prop "digit"\. Did you mean "digits" or "id"\? <Fact> takes id, digits\.$/u,
  );
});

test('in a Chinese chapter digits are figures, English number words are not read', () => {
  const transform = remarkChapterChecks();
  const mdx = `${frontmatter}营收增长了150%，three。\n`;
  expect(() => transform(parseMdx(mdx), { path: '/site/src/content/chapters/zh-hans/1.mdx', cwd: '/site' })).toThrow(
    /^src\/content\/chapters\/zh-hans\/1\.mdx:5: prose writes a figure itself \("150%"\);/u,
  );
});
