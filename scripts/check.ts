/**
 * npm run check: every editor-facing check in seconds, without a build (see src/tools/check.ts). Loaded
 * through Vite's module runner because the fact registry reads the seed files with import.meta.glob.
 * Exits 1 and prints every problem, one a line with file:line, when anything fails.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const started = performance.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport<typeof import('../src/tools/check.ts')>(path.join(root, 'src', 'tools', 'check.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
const { problems, counts } = await module.runChecks(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const checked = `${counts.facts} facts, ${counts.passages} passages, ${counts.chapters} chapters, ${counts.charts} charts`;
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${checked} (${seconds} s).`);
  process.exitCode = 1;
} else {
  console.log(`No problems in ${checked} (${seconds} s).`);
}
