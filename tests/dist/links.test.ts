/**
 * Every internal link and anchor of the build resolves: in every page, in llms.txt, the sitemap and
 * robots.txt, including stylesheets, scripts, images and Open Graph URLs.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { brokenMentions, internalMentions, type Target } from '../support/link-check';
import { fileFor } from '../support/resolve';
import { distRoot, publicRoot, sitePages } from '../support/site';

const pages = await sitePages();
const root = await publicRoot();

async function onDisk(url: URL): Promise<Target> {
  const resolved = fileFor(url, root, distRoot);
  if ('problem' in resolved) return { problem: resolved.problem };
  return resolved.file.endsWith('.html') ? { html: await readFile(resolved.file, 'utf8') } : {};
}

test('every internal link, asset and anchor in the build resolves to a built file', async () => {
  const mentions = await internalMentions(distRoot, root, pages);
  expect(mentions.length, 'internal links found').toBeGreaterThan(pages.length);
  expect(await brokenMentions(mentions, onDisk)).toEqual([]);
});

test('every page is reachable by a link from another page', async () => {
  const mentions = await internalMentions(distRoot, root, pages);
  const linked = new Set(
    mentions.filter((mention) => mention.source === 'a[href]' && mention.from !== mention.url.pathname).map((mention) => mention.url.pathname),
  );
  const orphans = pages.map((page) => new URL(page.path.slice(1), root).pathname).filter((pathname) => pathname !== root.pathname && !linked.has(pathname));
  expect(orphans, 'pages no other page links to').toEqual([]);
});
