/**
 * Text browsers and agents: every page with charts as Debian's w3m renders it to text. w3m knows nothing
 * of SVG and prints a drawing's labels inline, so they must at least stay apart ("0 100 200", never
 * "0100200"), and the summary and the data table must carry the chart's content.
 *
 * w3m drops a space between two wide (CJK) characters, as Chinese text has none: "智谱 约0%" dumps as
 * "智谱约0%". Expected text is compared after the same folding.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pageDocument } from '../support/page-document';
import { describe, expect, test } from 'vitest';
import { sitePages } from '../support/site';
import { plainText } from './chapter-pages';

const w3m = '/usr/bin/w3m';
if (!existsSync(w3m)) {
  throw new Error(`${w3m} not found: these tests read pages through Debian's w3m. Install it with \`apt-get install -y w3m\` (.ci/run does).`);
}

/** Wide enough that no table or label run wraps, so a line of the dump is a line of the layout. */
const columns = 4000;

const wide = String.raw`[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]`;
const spaceBetweenWide = new RegExp(`(?<=${wide})[ \u00A0]+(?=${wide})`, 'gu');

/** Text as w3m prints it: no space left between two wide characters. */
function foldWide(text: string): string {
  return text.replace(spaceBetweenWide, '');
}

function textDump(file: string): string {
  return execFileSync(w3m, ['-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', '-cols', String(columns), file], { encoding: 'utf8' });
}

const pages = (await sitePages())
  .map((page) => ({ ...page, document: pageDocument(page.html) }))
  .filter((page) => page.document.querySelector('svg.chart-svg') !== null);

describe.each(pages.map((page) => ({ path: page.path, page })))('$path as text', ({ page }) => {
  const dump = textDump(page.file);
  const flat = dump.replace(/\s+/gu, ' ');

  test('keeps the labels of every chart drawing apart', () => {
    // Each label must follow the one before it with a space between: in Chinese, two labels joined can also
    // stand in a sentence of the summary, so the check looks for the labels apart, not for them joined.
    const joined: string[] = [];
    let pairs = 0;
    for (const svg of page.document.querySelectorAll('svg.chart-svg')) {
      const labels = [...svg.querySelectorAll('text')].map((text) => foldWide(plainText(text))).filter((label) => label.length > 0);
      expect(labels.length, svg.closest('figure')?.id).toBeGreaterThan(1);
      labels.slice(1).forEach((label, index) => {
        pairs += 1;
        if (!flat.includes(`${labels[index]} ${label}`)) joined.push(`${svg.closest('figure')?.id}: "${labels[index]}" + "${label}"`);
      });
    }
    expect(pairs).toBeGreaterThan(0);
    expect(joined).toEqual([]);
  });

  test('carries every chart summary and every row of every data table', () => {
    const lines = dump.split('\n');
    for (const figure of page.document.querySelectorAll('figure.chart')) {
      expect(foldWide(flat), `${figure.id} summary`).toContain(foldWide(plainText(figure.querySelector('.chart-summary'))));
      for (const row of figure.querySelectorAll('tbody tr')) {
        const cells = [...row.children].map((cell) => foldWide(plainText(cell)));
        const onOneLine = lines.some((line) => {
          let from = 0;
          return cells.every((cell) => {
            const at = line.indexOf(cell, from);
            from = at + cell.length;
            return at >= 0;
          });
        });
        expect(onOneLine, `${figure.id}: row ${cells.join(' | ')}`).toBe(true);
      }
    }
  });
});
