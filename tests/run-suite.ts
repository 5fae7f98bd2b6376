/**
 * Runs the test suite's steps in two lanes, one per core of the machine the suite is sized for. A lane runs
 * its steps one after another; a step that needs another lane's step (the built-site checks need the build)
 * waits for it. The lanes are laid out so that both stay busy to the end: the build and then the browser
 * tests, the longest chain, in one; the type check, the units, the sub-path build, the builds of copies and
 * the built-site checks in the other. Every step is CPU-bound, so a third lane would only slow the other two.
 *
 * Each step's output is held back and printed whole when it ends, so two never interleave. A step whose
 * needs failed is skipped. Exits non-zero when any step failed or was skipped, after every lane has ended.
 *
 * Usage: node tests/run-suite.ts [all|fast]   (all: `npm test`; fast: `npm run test:fast`, no browser)
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  /** Steps (of any lane) that must have passed first; when one failed, this step is skipped. */
  needs?: string[];
  /** Steps (of another lane) that must have ended first, passed or not. */
  after?: string[];
}

type Lane = Step[];

/** Where the sub-path build is made, for `tests/dist/rebuilds.test.ts` to read (see tests/support/sub-path-build.ts). */
const subPathBuild = 'node_modules/.cache/sub-path-build';

const build: Step = { name: 'build', command: 'astro build' };
const check: Step = { name: 'types', command: 'astro check' };
const unit: Step = { name: 'unit', command: 'vitest run --project unit' };
const subPath: Step = { name: 'sub-path build', command: `node tests/support/sub-path-build.ts ${subPathBuild}` };
const builds: Step = { name: 'builds', command: 'vitest run --project builds' };
const dist: Step = { name: 'dist', command: 'vitest run --project dist', needs: ['build'], after: ['sub-path build'] };
const browser: Step = { name: 'browser', command: 'vitest run --project browser', needs: ['build'] };

const plans: Record<string, Lane[]> = {
  all: [
    [build, browser],
    [check, unit, subPath, builds, dist],
  ],
  fast: [
    [build, dist],
    [check, unit, subPath],
  ],
};

type Result = 'passed' | 'failed' | 'skipped';

interface Outcome {
  result: Result;
  seconds: number;
}

const started = performance.now();
const secondsSince = (start: number): number => (performance.now() - start) / 1000;

function execute(step: Step): Promise<Outcome> {
  const start = performance.now();
  const child = spawn(step.command, {
    shell: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SUB_PATH_BUILD: subPathBuild },
  });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = secondsSince(start);
      process.stdout.write(`\n── ${step.name}: ${step.command} (${seconds.toFixed(1)} s, exit ${code}) ──\n${Buffer.concat(output).toString()}`);
      resolve({ result: code === 0 ? 'passed' : 'failed', seconds });
    });
  });
}

const planName = process.argv[2] ?? 'all';
const plan = plans[planName];
if (!plan) {
  console.error(`usage: node tests/run-suite.ts [${Object.keys(plans).join('|')}] (unknown plan "${planName}")`);
  process.exit(2);
}

const steps = plan.flat();
const names = new Set(steps.map((step) => step.name));
for (const step of steps) {
  for (const other of [...(step.needs ?? []), ...(step.after ?? [])]) {
    if (!names.has(other)) throw new Error(`tests/run-suite.ts: step "${step.name}" waits for "${other}", which plan "${planName}" does not have`);
  }
}

/** Each step's outcome, settled when it ends (or is skipped). */
const outcomes = new Map(steps.map((step) => [step.name, Promise.withResolvers<Outcome>()]));
const outcomeOf = (name: string): Promise<Outcome> => (outcomes.get(name) as PromiseWithResolvers<Outcome>).promise;

async function runLane(lane: Lane): Promise<void> {
  for (const step of lane) {
    await Promise.all((step.after ?? []).map(outcomeOf));
    const needs = await Promise.all((step.needs ?? []).map(outcomeOf));
    const unmet = (step.needs ?? []).filter((_, index) => needs[index]?.result !== 'passed');
    if (unmet.length > 0) process.stdout.write(`\n── ${step.name}: skipped, as ${unmet.join(' and ')} did not pass ──\n`);
    const outcome: Outcome = unmet.length > 0 ? { result: 'skipped', seconds: 0 } : await execute(step);
    outcomes.get(step.name)?.resolve(outcome);
  }
}

await Promise.all(plan.map(runLane));

const summary = await Promise.all(steps.map(async (step) => ({ step, outcome: await outcomeOf(step.name) })));
process.stdout.write(`\n── ${planName}: ${secondsSince(started).toFixed(1)} s ──\n`);
for (const { step, outcome } of summary) process.stdout.write(`${outcome.result.padEnd(8)} ${outcome.seconds.toFixed(1).padStart(6)} s  ${step.name}\n`);
process.exit(summary.every(({ outcome }) => outcome.result === 'passed') ? 0 : 1);
