/**
 * npm run new:chart -- <chart-id> <fact-id>... (see src/tools/new-chart.ts): a Plot chart folder with its
 * definition, words and test. Loaded through Vite's module runner, since the registries use import.meta.glob.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport<typeof import('../src/tools/new-chart-cli.ts')>(path.join(root, 'src', 'tools', 'new-chart-cli.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
process.exitCode = module.runNewChart(process.argv.slice(2), root);
