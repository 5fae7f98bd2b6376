/** Runs `astro build` of this project into a given folder, on the Node that runs the caller, and returns what it printed. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './site.ts';

export interface BuildOptions {
  /** Extra environment, e.g. BASE_PATH. */
  env?: Record<string, string>;
  /** Clear Astro's content cache first, for a build from clean. */
  force?: boolean;
}

/**
 * Variables a test runner sets for its own Vite (Vitest sets BASE_URL, MODE, NODE_ENV=test...). Astro
 * reads the environment into import.meta.env, so a build started from a test would inherit them:
 * BASE_URL alone would undo the base path. The build gets the environment a shell would give it, less
 * FORCE_COLOR and CI, which turn Astro's colours on (picocolors colours any output when CI is set): output
 * piped to a test is not a terminal, and the quiet-build test checks it carries no colour.
 */
const testRunnerVariables = /^(?:BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*|FORCE_COLOR|CI)$/u;

export function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !testRunnerVariables.test(name));
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export async function buildSite(outDir: string, options: BuildOptions = {}): Promise<string> {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const args = [astro, 'build', '--outDir', outDir, ...(options.force ? ['--force'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: buildEnvironment(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    const env = Object.entries(options.env ?? {}).map(([name, value]) => `${name}=${value} `).join('');
    throw new Error(`${env}astro build --outDir ${outDir} failed (exit ${code}):\n${output.split('\n').slice(-40).join('\n')}`);
  }
  return output;
}
