/**
 * The dev server shows an editor's mistake as the build does: a chapter with a misspelled prop, opened in
 * `astro dev`, answers with Astro's error page and the server reports the file, line and prop meant.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startDevServer } from '../support/dev-server';
import { copyProject } from '../support/project-copy';

const dir = copyProject('two-ways-dev-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a misspelled prop shows in the dev server with the file, the line and the prop meant', async () => {
  const chapter = path.join(dir, 'src', 'content', 'chapters', 'en', '01-origins.mdx');
  const source = readFileSync(chapter, 'utf8');
  const heading = source.indexOf('\n## ');
  writeFileSync(chapter, `${source.slice(0, heading)}\n\n<Chart id="revenue-growth" stat="common" />\n${source.slice(heading)}`);
  const line = source.slice(0, heading).split('\n').length + 2;

  const server = await startDevServer(dir, 4480);
  try {
    const page = await fetch(new URL('origins/', server.url));
    expect(page.status).toBe(500);
    expect(await page.text()).toContain('<title>MDXError</title>');
    await server.waitFor(/has no prop "stat"/u, 30_000);
    expect(server.output()).toContain(
      `src/content/chapters/en/01-origins.mdx:${line}: <Chart> has no prop "stat". Did you mean "state" or "id"? <Chart> takes id, state, title, summary, anchor.`,
    );
  } finally {
    server.stop();
  }
}, 180_000);
