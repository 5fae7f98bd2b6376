/**
 * The editor's safety net, end to end: a real `astro build` of a copy of the project with one deliberate
 * mistake must fail, and its message must name the file, the line or fact, and what is wrong.
 *
 * A build stops at its first error, so each build here holds one mistake, and there is one build for each
 * stage of the build where a mistake is caught: the remark checks of a chapter's MDX, a component's
 * lookup of an id as the page renders, the content collections' schemas, and the facts' validation as
 * their modules load. Every rule of a stage words its message in the module that decides it, and is
 * tested there on the same parser: component-rules.test.ts (props, kinds, steps, citations, typed
 * figures), passages-registry.test.ts (unknown passage ids), corrections.test.ts (a correction's
 * chapter) and validate.test.ts (quotes and values). The builds run two at a time, one per core.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { buildCopy } from '../support/build';
import { copyProject as copyProjectInto, projectRoot as project } from '../support/project-copy';

const copies: string[] = [];
const chapterRoute = '[...edition]/[chapter]/index.astro';

afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy that builds the chapter pages alone: every mistake here is caught on the way to a chapter, and
 * bundling the gallery, the data pages and the embeds as well would only make each build slower.
 */
function copyProject(): string {
  const dir = copyProjectInto('two-ways-build-');
  copies.push(dir);
  const pages = path.join(dir, 'src', 'pages');
  for (const entry of readdirSync(pages, { recursive: true, withFileTypes: true })) {
    const file = path.relative(pages, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (entry.isFile() && file !== chapterRoute) rmSync(path.join(pages, file));
  }
  return dir;
}

/** A copy whose only chapter is a fixture from tests/fixtures, as its first English chapter. */
function copyWithChapter(fixture: string): string {
  const dir = copyProject();
  const chapters = path.join(dir, 'src', 'content', 'chapters');
  rmSync(chapters, { recursive: true, force: true });
  cpSync(path.join(project, 'tests', 'fixtures', fixture), path.join(chapters, 'en', '01-fixture.mdx'), { recursive: true });
  return dir;
}

describe.concurrent('a build with one mistake fails, naming it', () => {
  test('the remark checks: components written wrongly fail together, each problem with the MDX file and line', async ({ expect }) => {
    const { status, output } = await buildCopy(copyWithChapter('chapter-with-bad-components.mdx'));
    expect(status).not.toBe(0);
    const file = 'src/content/chapters/en/01-fixture.mdx';
    expect(output).toContain(`${file}:13: <Derived> has no kind "grwoth". Did you mean "growth"? Kinds: growth, multiple, share, convert.`);
    expect(output).toContain(`${file}:15: <Step> sits outside a <Scrolly>`);
    expect(output).toContain(`${file}:21: sentence ranks or uses a superlative ("largest") but carries no <Cite>: «It was the largest listing of the year.»`);
    expect(output).toContain(`${file}:23: prose writes a figure itself ("150%")`);
  }, 300_000);

  test('a lookup as the page renders: an unknown fact id names the MDX file, line, id and the ids meant', async ({ expect }) => {
    const { status, output } = await buildCopy(copyWithChapter('chapter-with-unknown-fact.mdx'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/content\/chapters\/en\/01-fixture\.mdx:15: unknown fact id "zhipu\.revenue\.2042"/u);
    expect(output).toMatch(/Did you mean "zhipu\.revenue\.20\d\d"/u);
  }, 300_000);

  test('the schemas: a frontmatter field out of range fails at the line of that field, not at 0:0', async ({ expect }) => {
    const dir = copyProject();
    const chapter = path.join(dir, 'src', 'content', 'chapters', 'en', '01-origins.mdx');
    const source = readFileSync(chapter, 'utf8');
    expect(source.split('\n')[3]).toBe('order: 1');
    writeFileSync(chapter, source.replace('order: 1\n', 'order: 9\n'));
    const { status, output } = await buildCopy(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/order\*{0,2}: Too big: expected number to be <=5/u);
    expect(output).toMatch(/src\/content\/chapters\/en\/01-origins\.mdx:4:1/u);
    expect(output).not.toMatch(/01-origins\.mdx:0:0/u);
  }, 300_000);

  test('the facts as they load: a quote that does not state its value names the module, line and fact', async ({ expect }) => {
    const dir = copyProject();
    const module = path.join(dir, 'src', 'facts', 'zhipu.ts');
    const source = readFileSync(module, 'utf8');
    expect(source).toContain('value: 312.4,');
    writeFileSync(module, source.replace('value: 312.4,', 'value: 321.4,'));
    const { status, output } = await buildCopy(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/facts\/zhipu\.ts:\d+: fact "zhipu\.revenue\.2024": expected the quote to state 321\.4 million RMB/u);
  }, 300_000);
});
