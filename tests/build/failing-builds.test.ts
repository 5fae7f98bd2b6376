/**
 * The editor's safety net, end to end: a real `astro build` of a copy of the project with one deliberate
 * mistake must fail, and its message must name the file, the line or fact, and what is wrong.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { buildCopy as build, copyProject as copyProjectInto, projectRoot as project } from '../support/project-copy';

const copies: string[] = [];

function copyProject(): string {
  const dir = copyProjectInto('two-ways-build-');
  copies.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('an unknown fact id in a chapter fails the build naming the MDX file, line and id', () => {
  const dir = copyProject();
  const chapters = path.join(dir, 'src', 'content', 'chapters');
  rmSync(chapters, { recursive: true, force: true });
  cpSync(path.join(project, 'tests', 'fixtures', 'chapter-with-unknown-fact.mdx'), path.join(chapters, 'en', '01-fixture.mdx'), {
    recursive: true,
  });
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/src\/content\/chapters\/en\/01-fixture\.mdx:15: unknown fact id "zhipu\.revenue\.2042"/u);
  expect(output).toMatch(/Did you mean "zhipu\.revenue\.20\d\d"/u);
}, 300_000);

test('an unknown passage id in a <Cite> fails the build naming the MDX file, line, id and closest ids', () => {
  const dir = copyProject();
  const chapters = path.join(dir, 'src', 'content', 'chapters');
  rmSync(chapters, { recursive: true, force: true });
  cpSync(path.join(project, 'tests', 'fixtures', 'chapter-with-unknown-passage.mdx'), path.join(chapters, 'en', '01-fixture.mdx'), {
    recursive: true,
  });
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/src\/content\/chapters\/en\/01-fixture\.mdx:15: unknown passage id "site\.s1\.two-way-headline"/u);
  expect(output).toMatch(/Did you mean "site\.s1\.two-ways-headline"/u);
}, 300_000);

test('an unknown prop on a chart fails the build naming the MDX file, line, prop and the prop meant', () => {
  const dir = copyProject();
  const chapters = path.join(dir, 'src', 'content', 'chapters');
  rmSync(chapters, { recursive: true, force: true });
  cpSync(path.join(project, 'tests', 'fixtures', 'chapter-with-unknown-prop.mdx'), path.join(chapters, 'en', '01-fixture.mdx'), {
    recursive: true,
  });
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/src\/content\/chapters\/en\/01-fixture\.mdx:15: <Chart> has no prop "stat"\. Did you mean "state"/u);
}, 300_000);

test('a correction naming an unknown chapter fails the build naming the file and the field', () => {
  const dir = copyProject();
  writeFileSync(
    path.join(dir, 'src', 'content', 'corrections', '2026-12-03-typo.yaml'),
    'date: 2026-12-03\nchapter: origin\nwhat: A correction that names a chapter that does not exist.\nwhy: A typo in the slug.\n',
  );
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/corrections → 2026-12-03-typo/u);
  expect(output).toMatch(/chapter\*{0,2}: Invalid option: expected one of "origins"/u);
}, 300_000);

test('a fact whose quote does not state its value fails the build naming the module and fact', () => {
  const dir = copyProject();
  const module = path.join(dir, 'src', 'facts', 'zhipu.ts');
  const source = readFileSync(module, 'utf8');
  expect(source).toContain('value: 312.4,');
  writeFileSync(module, source.replace('value: 312.4,', 'value: 321.4,'));
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/src\/facts\/zhipu\.ts:\d+: fact "zhipu\.revenue\.2024": expected the quote to state 321\.4 million RMB/u);
}, 300_000);

test('components written wrongly fail the build together, each problem with the MDX file and line', () => {
  const dir = copyProject();
  const chapters = path.join(dir, 'src', 'content', 'chapters');
  rmSync(chapters, { recursive: true, force: true });
  cpSync(path.join(project, 'tests', 'fixtures', 'chapter-with-bad-components.mdx'), path.join(chapters, 'en', '01-fixture.mdx'), {
    recursive: true,
  });
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  const file = 'src/content/chapters/en/01-fixture.mdx';
  expect(output).toContain(`${file}:13: <Derived> has no kind "grwoth". Did you mean "growth"? Kinds: growth, multiple, share, convert.`);
  expect(output).toContain(`${file}:15: <Step> sits outside a <Scrolly>`);
  expect(output).toContain(`${file}:21: sentence ranks or uses a superlative ("largest") but carries no <Cite>: «It was the largest listing of the year.»`);
  expect(output).toContain(`${file}:23: prose writes a figure itself ("150%")`);
}, 300_000);

test('a frontmatter field out of range fails the build at the line of that field, not at 0:0', () => {
  const dir = copyProject();
  const chapter = path.join(dir, 'src', 'content', 'chapters', 'en', '01-origins.mdx');
  const source = readFileSync(chapter, 'utf8');
  expect(source.split('\n')[3]).toBe('order: 1');
  writeFileSync(chapter, source.replace('order: 1\n', 'order: 9\n'));
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/order\*{0,2}: Too big: expected number to be <=5/u);
  expect(output).toMatch(/src\/content\/chapters\/en\/01-origins\.mdx:4:1/u);
  expect(output).not.toMatch(/01-origins\.mdx:0:0/u);
}, 300_000);
