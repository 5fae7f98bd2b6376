/**
 * The dev server shows an editor's mistake as the build does: a chapter with a misspelled prop, opened in
 * `astro dev`, answers with Astro's error page and the server reports the file, line and prop meant.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { buildEnvironment } from '../support/build';
import { copyProject, projectRoot } from '../support/project-copy';

const dir = copyProject('two-ways-dev-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Resolves with the output once `pattern` appears in it, or rejects after `ms`. */
function waitFor(read: () => string, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const found = pattern.exec(read());
      if (found) {
        clearInterval(poll);
        resolve(found);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`no ${pattern} after ${ms} ms in:\n${read()}`));
      }
    }, 250);
  });
}

test('a misspelled prop shows in the dev server with the file, the line and the prop meant', async () => {
  const chapter = path.join(dir, 'src', 'content', 'chapters', 'en', '01-origins.mdx');
  const source = readFileSync(chapter, 'utf8');
  const heading = source.indexOf('\n## ');
  writeFileSync(chapter, `${source.slice(0, heading)}\n\n<Chart id="revenue-growth" stat="common" />\n${source.slice(heading)}`);
  const line = source.slice(0, heading).split('\n').length + 2;

  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const server = spawn(process.execPath, [astro, 'dev', '--root', dir, '--host', '127.0.0.1', '--port', '4480'], { cwd: dir, env: buildEnvironment({}) });
  let output = '';
  const read = () => stripVTControlCharacters(output);
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const [, url] = await waitFor(read, /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/u, 90_000);
    const page = await fetch(new URL('origins/', url));
    expect(page.status).toBe(500);
    expect(await page.text()).toContain('<title>MDXError</title>');
    await waitFor(read, /has no prop "stat"/u, 30_000);
    expect(read()).toContain(
      `src/content/chapters/en/01-origins.mdx:${line}: <Chart> has no prop "stat". Did you mean "state" or "id"? <Chart> takes id, state, title, summary, anchor.`,
    );
  } finally {
    server.kill();
  }
}, 180_000);
