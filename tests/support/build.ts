/** Runs Astro (a build of this project or of a copy, or its dev server) on the Node that runs the caller. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { projectRoot } from './site.ts';

const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Variables a test runner sets for its own Vite (Vitest sets BASE_URL, MODE, NODE_ENV=test...). Astro
 * reads the environment into import.meta.env, so a build started from a test would inherit them:
 * BASE_URL alone would undo the base path. The build gets the environment a shell would give it, less
 * FORCE_COLOR and CI, which turn Astro's colours on (picocolors colours any output when CI is set): output
 * piped to a test is not a terminal, and the quiet-build test checks it carries no colour.
 */
const testRunnerVariables = /^(?:BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*|FORCE_COLOR|CI)$/u;

function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !testRunnerVariables.test(name));
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export interface AstroRun {
  status: number | null;
  /** stdout and stderr as they came, escape codes kept: the quiet-build test looks for them. */
  output: string;
}

/** Starts `astro <args>` in `cwd` with the environment a shell would give it; the caller reads its output. */
export function startAstro(args: string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [astroBin, ...args], { cwd, env: buildEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `astro <args>` to its end. Asynchronous, so builds of different copies can run side by side. */
export async function runAstro(args: string[], cwd: string, env: Record<string, string> = {}): Promise<AstroRun> {
  const child = startAstro(args, cwd, env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { status, output };
}

export interface BuildOptions {
  /** Extra environment, e.g. BASE_PATH. */
  env?: Record<string, string>;
  /** Clear Astro's content cache first, for a build from clean. */
  force?: boolean;
  /** The project to build: this one, or a copy (project-copy.ts). */
  root?: string;
}

/** Builds the project into `outDir` and returns what the build printed; throws with the end of the log on failure. */
export async function buildSite(outDir: string, options: BuildOptions = {}): Promise<string> {
  const root = options.root ?? projectRoot;
  const args = ['build', '--root', root, '--outDir', outDir, ...(options.force ? ['--force'] : [])];
  const { status, output } = await runAstro(args, root, options.env);
  if (status !== 0) {
    const env = Object.entries(options.env ?? {}).map(([name, value]) => `${name}=${value} `).join('');
    throw new Error(`${env}astro build --outDir ${outDir} failed (exit ${status}):\n${output.split('\n').slice(-40).join('\n')}`);
  }
  return output;
}

/** Builds a copy of the project (see project-copy.ts) into its own dist/; the output without escape codes. */
export async function buildCopy(dir: string): Promise<AstroRun> {
  const { status, output } = await runAstro(['build', '--root', dir], dir);
  // CI may force colour on; tests match words, not escape codes.
  return { status, output: stripVTControlCharacters(output) };
}
