/**
 * Vitest global setup of the browser project: one static server over dist/ and one Chromium for every
 * browser test file. Each file connects to this Chromium (see built-site.ts)
 * instead of launching its own, which cost a second or more per file on a busy two-core machine.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser';
import type { SharedSite } from './built-site';
import { distRoot, requireBuild } from './site';
import { serveDist } from './static-server';

export default async function startBuiltSite(project: TestProject): Promise<() => Promise<void>> {
  const base = '/';
  const server = await serveDist(requireBuild(distRoot), base);
  const browser = await launchBrowserServer();
  const shared: SharedSite = { origin: server.origin, base, browserEndpoint: browser.wsEndpoint() };
  project.provide('builtSite', shared);
  return async () => {
    await browser.close();
    await server.close();
  };
}
