/**
 * The Traditional edition as built: no page, chart SVG or feed holds text the converter would still change
 * (checked with the converter itself), seed quotes stand exactly as on the Simplified page, and every
 * conversion the edition made is in tests/snapshots/traditional/conversions.txt for a reviewer to read.
 * After a deliberate change: UPDATE_TRADITIONAL_SNAPSHOT=1 npx vitest run --project dist tests/dist/traditional.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { stillConvertible, toTraditional } from '../../src/i18n/traditional.ts';
import { chineseSegments } from '../support/chinese-text';
import { distRoot, outputFiles, projectRoot, requireBuild, sitePages } from '../support/site';

requireBuild();
const pages = await sitePages();
const traditionalPages = pages.filter((page) => page.locale === 'zh-hant');
const simplifiedPages = pages.filter((page) => page.locale === 'zh-hans');
const snapshotFile = path.join(projectRoot, 'tests/snapshots/traditional/conversions.txt');

test('every Traditional page, chart SVG and feed holds only text the converter leaves alone', async () => {
  const files = (await outputFiles(distRoot)).filter((file) => file.startsWith('zh-hant/') && /\.(?:html|svg|xml)$/u.test(file));
  const unconverted = files.flatMap((file) =>
    chineseSegments(readFileSync(path.join(distRoot, file), 'utf8'))
      .filter(stillConvertible)
      .map((segment) => `${file}: "${segment}" (the converter gives "${toTraditional(segment)}")`),
  );
  expect(unconverted.slice(0, 10)).toEqual([]);
  expect(files.length).toBeGreaterThanOrEqual(traditionalPages.length);
  expect(traditionalPages.length).toBe(simplifiedPages.length);
});

test('seed quotes and headlines on each Traditional page are those of its Simplified twin, unconverted', () => {
  const verbatim = (html: string) => [...html.matchAll(/<([a-z]+)\b[^>]*\sdata-verbatim\b[^>]*>([^<]*)<\/\1>/gu)].map((match) => match[2]).filter((text) => !['简体中文', '繁體中文', 'English'].includes(text ?? ''));
  let compared = 0;
  for (const page of traditionalPages) {
    const twin = simplifiedPages.find((candidate) => candidate.path === page.path.replace(/^\/zh-hant\//u, '/zh-hans/'));
    expect(twin, `${page.path} has no Simplified twin`).toBeDefined();
    expect(verbatim(page.html), page.path).toEqual(verbatim(twin?.html ?? ''));
    compared += verbatim(page.html).length;
  }
  expect(compared).toBeGreaterThan(100);
});

/** Each Simplified text of the built Simplified edition that the conversion changes, once, beside its conversion. */
function conversions(): string[] {
  const seen = new Map<string, string>();
  for (const page of simplifiedPages) {
    for (const segment of chineseSegments(page.html)) {
      const converted = toTraditional(segment);
      if (converted !== segment && !seen.has(segment)) seen.set(segment, converted);
    }
  }
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([simplified, traditional]) => `${simplified}\n  ⇒ ${traditional}`);
}

/** Which Traditional character each Simplified one became, and how often: the one-to-many choices to review. */
function characterChoices(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const [simplified = '', traditional = ''] = line.split('\n  ⇒ ');
    const from = [...simplified];
    const to = [...traditional];
    if (from.length !== to.length) continue;
    from.forEach((char, index) => {
      const into = to[index] ?? '';
      if (char !== into) counts.set(`${char} → ${into}`, (counts.get(`${char} → ${into}`) ?? 0) + 1);
    });
  }
  const bySource = new Map<string, string[]>();
  for (const [pair, count] of counts) {
    const source = pair.split(' → ')[0] ?? '';
    bySource.set(source, [...(bySource.get(source) ?? []), `${pair.split(' → ')[1]} ×${count}`]);
  }
  return [...bySource].filter(([, targets]) => targets.length > 1).map(([source, targets]) => `${source} → ${targets.sort().join(', ')}`).sort();
}

test('every conversion is in the reviewed snapshot', () => {
  const lines = conversions();
  const choices = characterChoices(lines);
  const snapshot = [
    '# Every Simplified text of the built zh-hans edition that the Traditional edition converts, with its conversion.',
    '# Written by tests/dist/traditional.test.ts; review the diff when it changes, fix a wrong term in src/i18n/glossary.ts.',
    '',
    '## Characters converted to more than one Traditional form (check each context below)',
    '',
    ...choices,
    '',
    `## Conversions (${lines.length})`,
    '',
    ...lines,
    '',
  ].join('\n');
  if (process.env.UPDATE_TRADITIONAL_SNAPSHOT === '1' || !existsSync(snapshotFile)) writeFileSync(snapshotFile, snapshot);
  expect(lines.length).toBeGreaterThan(50);
  expect(snapshot, 'conversions changed: run with UPDATE_TRADITIONAL_SNAPSHOT=1 and review the diff').toBe(readFileSync(snapshotFile, 'utf8'));
});
