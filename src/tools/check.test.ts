/**
 * `npm run check` over chapters written wrongly, over the project as it stands, and as the script an editor
 * runs on a copy of the project whose seed has changed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyProject } from '../../tests/support/project-copy';
import { runChecks } from './check';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function chapters(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'two-ways-check-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'chapters', file)), { recursive: true });
    writeFileSync(path.join(root, 'chapters', file), text);
  }
  return root;
}

const english = [
  '---',
  'title: A chapter',
  'standfirst: This is a standfirst long enough to pass the schema’s minimum length.',
  'order: 9',
  'slug: fixture',
  'language: en',
  'published: 2026-11-23',
  '---',
  '',
  "Revenue was <Fact id='zhipu.revenue.2042' /> and grew <Derived kind=\"growth\" from=\"zhipu.revenue.2023\" to=\"zhipu.founded\" /><Cite p=\"s1.spin-outt\" />.", // 10
  '',
  '<Chart id="revenue-grwoth" />', // 12
  '',
  '<Chart id="revenue-growth" state="usd" stat="x" />', // 14
  '',
  '<Scrolly chart="receivable-days">', // 16
  '<Step state="erly">', // 17
  '',
  'Words.',
  '',
  '</Step>',
  '</Scrolly>',
].join('\n');

const chinese = english
  .replace('title: A chapter', 'title: 一章')
  .replace('language: en', 'language: zh-hans')
  .replace('order: 9', 'order: 1')
  .replace('<Cite p="s1.spin-outt" />', '');

test('every bad input in a chapter is named with its file and line, ids with the closest ones', async () => {
  const { problems } = await runChecks(chapters({ 'en/01-x.mdx': english, 'zh-hans/01-x.mdx': chinese }), 'chapters');
  expect(problems.map((problem) => problem.split(' Did you mean')[0]!.split('; its states')[0])).toEqual([
    'chapters/en/01-x.mdx:4: frontmatter order: Too big: expected number to be <=5',
    'chapters/en/01-x.mdx:1: frontmatter summary: Invalid input: expected string, received undefined',
    'chapters/en/01-x.mdx:14: <Chart> has no prop "stat".',
    'chapters/en/01-x.mdx:1: the chapter is 7 words; an English chapter is 900 to 1,600',
    'chapters/en/01-x.mdx:10: unknown fact id "zhipu.revenue.2042".',
    'chapters/en/01-x.mdx:10: unknown passage id "s1.spin-outt".',
    'chapters/en/01-x.mdx:10: <Derived kind="growth">: derived figure (growth): fact "zhipu.founded" is text, not a single number',
    'chapters/en/01-x.mdx:12: unknown chart id "revenue-grwoth".',
    'chapters/en/01-x.mdx:17: chart "receivable-days" has no state "erly"',
    'chapters/zh-hans/01-x.mdx:2: frontmatter title: Too small: expected string to have >=3 characters',
    'chapters/zh-hans/01-x.mdx:1: frontmatter summary: Invalid input: expected string, received undefined',
    'chapters/zh-hans/01-x.mdx:14: <Chart> has no prop "stat".',
    'chapters/zh-hans/01-x.mdx:10: unknown fact id "zhipu.revenue.2042".',
    'chapters/zh-hans/01-x.mdx:10: <Derived kind="growth">: derived figure (growth): fact "zhipu.founded" is text, not a single number',
    'chapters/zh-hans/01-x.mdx:12: unknown chart id "revenue-grwoth".',
    'chapters/zh-hans/01-x.mdx:17: chart "receivable-days" has no state "erly"',
    'chapters/zh-hans/01-x.mdx (chapter "fixture") cites different passages from chapters/en/01-x.mdx: missing ["s1.spin-outt"], extra []',
  ]);
  expect(problems.find((problem) => problem.includes('"revenue-grwoth"'))).toContain('Did you mean "revenue-growth"');
});

test('a sequence of a chart without states is named with its line', async () => {
  const sequence = english.replace('<Scrolly chart="receivable-days">', '<Scrolly chart="six-tigers">').replace('<Step state="erly">', '<Step state="early">');
  const { problems } = await runChecks(chapters({ 'en/01-x.mdx': sequence }), 'chapters');
  expect(problems.filter((problem) => problem.includes('six-tigers'))).toEqual([
    'chapters/en/01-x.mdx:16: <Scrolly chart="six-tigers"> needs a chart with states, and "six-tigers" has none.',
    'chapters/en/01-x.mdx:17: chart "six-tigers" has no state "early"; it has no states.',
  ]);
});

test('a chapter the MDX parser cannot read is named with its line and the parser’s reason', async () => {
  const broken = english.split('\n').slice(0, 8).join('\n').replace('order: 9', 'order: 2').replace('published:', 'summary: A summary long enough for the schema to accept it.\npublished:');
  const { problems } = await runChecks(chapters({ 'en/02-y.mdx': `${broken}\n---\n\nA <Fact id="zhipu.revenue.2024" >.\n` }), 'chapters');
  expect(problems).toEqual(['chapters/en/02-y.mdx:12: the MDX does not parse: Expected a closing tag for `<Fact>` (12:3-12:34) before the end of `paragraph`']);
});

test('the project as it stands has no problems', async () => {
  const { problems, counts } = await runChecks(process.cwd());
  expect(problems).toEqual([]);
  expect(counts.chapters).toBeGreaterThanOrEqual(5);
  expect(counts.facts).toBeGreaterThan(200);
});

test('npm run check on a project whose seed changed points at the seed line and the characters that differ', () => {
  const dir = copyProject('two-ways-check-script-');
  made.push(dir);
  cpSync(path.resolve('scripts'), path.join(dir, 'scripts'), { recursive: true });
  const seed = path.join(dir, 'seeds', '000_782df8b27d5ad9c6.txt');
  writeFileSync(seed, readFileSync(seed, 'utf8').replace('營收5740萬元、1.245億元', '營收5750萬元、1.245億元'));
  const run = spawnSync(process.execPath, [path.join(dir, 'scripts', 'check.ts')], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  expect(run.status).toBe(1);
  const line = readFileSync(path.join(dir, 'src', 'facts', 'zhipu.ts'), 'utf8').split('\n').indexOf("    id: 'zhipu.revenue.2022',") + 1;
  expect(line).toBeGreaterThan(0);
  expect(run.stderr).toContain(
    `src/facts/zhipu.ts:${line}: fact "zhipu.revenue.2022": quote is not a verbatim substring of 000_782df8b27d5ad9c6.txt: «2022年至2025年上半年,分別實現(xiàn)營收5740萬元、1.245億元、3.124億元、1.9億元»; nearest at seeds/000_782df8b27d5ad9c6.txt:69, where the quote has «…n)營收57[4]0萬元、1.…» and the seed has «…n)營收57[5]0萬元、1.…»`,
  );
}, 120_000);
