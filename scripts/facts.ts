/**
 * npm run facts -- <words> | --unused | --seed S1 (see src/tools/facts-cli.ts). The facts are loaded
 * through Vite's module runner because their registry reads the seed files with import.meta.glob.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport<typeof import('../src/tools/facts-cli.ts')>(path.join(root, 'src', 'tools', 'facts-cli.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
process.exitCode = module.runFactsCommand(process.argv.slice(2), root);
