/**
 * docs/EDITING.md's worked example, applied as written: every block marked `<!-- guide-step: … -->` is
 * applied to a copy of the project (inserted into the file it names, or run), then `npm run check` must find
 * no problem and, as the guide's last step says, the dev server must show the new fact, the passage and the
 * chart in the chapter, in English and Simplified Chinese. (The build's own pipeline is the same remark
 * checks and components; builds of copies are tested in failing-builds.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, expect, test } from 'vitest';
import { startDevServer } from '../support/dev-server';
import { copyProject, projectRoot } from '../support/project-copy';

type GuideStep = { kind: 'insert'; file: string; before: string; text: string } | { kind: 'run'; command: string };

/** The marked steps of the guide, in order: the comment, then the fenced block under it. */
function guideSteps(guide: string): GuideStep[] {
  const pattern = /<!-- guide-step: (run|insert into (\S+) before the last "([^"]+)") -->\n```\w*\n([\s\S]*?)```/gu;
  return [...guide.matchAll(pattern)].map((match) =>
    match[1] === 'run' ? { kind: 'run', command: match[4]!.trim() } : { kind: 'insert', file: match[2]!, before: match[3]!, text: match[4]! },
  );
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function apply(step: GuideStep, dir: string): void {
  if (step.kind === 'insert') {
    const file = path.join(dir, step.file);
    const source = readFileSync(file, 'utf8');
    const at = source.lastIndexOf(step.before);
    expect(at, `${step.file} has "${step.before}"`).toBeGreaterThan(0);
    writeFileSync(file, source.slice(0, at) + step.text + source.slice(at));
    return;
  }
  const npmScript = /^npm run (new:chart|check)(?: -- (.*))?$/u.exec(step.command);
  expect(npmScript, step.command).not.toBeNull();
  const script = { 'new:chart': 'new-chart.ts', check: 'check.ts' }[npmScript![1] as 'new:chart' | 'check'];
  const run = spawnSync(process.execPath, [path.join(dir, 'scripts', script), ...(npmScript![2]?.split(/\s+/u) ?? [])], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

test('the worked example of docs/EDITING.md adds a fact, a passage, a chart and a paragraph that check and show in the dev server', async () => {
  const steps = guideSteps(readFileSync(path.join(projectRoot, 'docs', 'EDITING.md'), 'utf8'));
  expect(steps.map((step) => (step.kind === 'run' ? step.command.split(' -- ')[0] : step.file))).toEqual([
    'src/facts/minimax.ts',
    'src/passages/to-b-versus-to-c.ts',
    'npm run new:chart',
    'src/content/chapters/en/02-to-b-versus-to-c.mdx',
    'src/content/chapters/zh-hans/02-to-b-versus-to-c.mdx',
  ]);
  const dir = copyProject('two-ways-guide-');
  dirs.push(dir);
  cpSync(path.join(projectRoot, 'scripts'), path.join(dir, 'scripts'), { recursive: true });
  for (const step of steps) apply(step, dir);

  const check = spawnSync(process.execPath, [path.join(dir, 'scripts', 'check.ts')], { cwd: dir, encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.stdout).toMatch(/^No problems in 233 facts, 170 passages, \d+ chapters, 16 charts/u);

  // Step 6 of the guide: the dev server shows the paragraph and the chart in both editions.
  const server = await startDevServer(dir, 4481);
  try {
    const page = async (path: string) => {
      const response = await fetch(new URL(path, server.url));
      expect(response.status, `${path} in the dev server:\n${server.output().slice(-2000)}`).toBe(200);
      return parseHTML(await response.text()).document;
    };
    const english = await page('to-b-versus-to-c/');
    expect(english.querySelector('figure[data-chart="zhipu-revenue-bars"] svg')).not.toBeNull();
    expect(english.querySelector('[data-fact="minimax.efficiency-gain.context"]')?.textContent).toContain('100,000');
    expect(english.querySelector('[data-cite="s1.minimax-efficiency-claim"]')).not.toBeNull();
    const chinese = await page('zh-hans/to-b-versus-to-c/');
    expect(chinese.querySelector('figure[data-chart="zhipu-revenue-bars"] svg')).not.toBeNull();
    expect(chinese.querySelector('[data-fact="minimax.efficiency-gain.context"]')?.textContent).toContain('10万');
  } finally {
    server.stop();
  }
}, 300_000);
