/**
 * Runs independent test steps side by side, e.g. the type check beside the unit tests: each waits on a
 * different thing (one core for the checker, vitest's workers for the tests), so two cores finish both
 * in about the time of the longer. Each step's output is held back and printed whole when it ends, so
 * the two never interleave. Exits non-zero when any step fails, after all have ended.
 *
 * Usage: node tests/run-parallel.ts 'astro check' 'vitest run --project unit'
 */
import { spawn } from 'node:child_process';

interface Outcome {
  command: string;
  code: number | null;
  seconds: number;
}

function run(command: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`\n── ${command} (${seconds.toFixed(1)} s, exit ${code}) ──\n${Buffer.concat(output).toString()}`);
      resolve({ command, code, seconds });
    });
  });
}

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node tests/run-parallel.ts COMMAND [COMMAND ...]');
  process.exit(2);
}
const failed = (await Promise.all(commands.map(run))).filter((outcome) => outcome.code !== 0);
for (const { command, code } of failed) console.error(`failed: ${command} (exit ${code})`);
process.exit(failed.length === 0 ? 0 : 1);
