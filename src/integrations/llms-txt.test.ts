import { describe, expect, test } from 'vitest';
import { renderLlmsTxt, type ListedPage } from './llms-txt';
import { pageRole } from './page-kind';

const chapters = [
  { slug: 'origins', order: 1 },
  { slug: 'the-shakeout', order: 5 },
];

function listed(sitePath: string, title: string, description = ''): ListedPage {
  return { ...pageRole(sitePath, chapters), title, description };
}

const text = renderLlmsTxt({
  root: 'https://example.org/two-ways/',
  dataFiles: { json: '/data/facts.json', csv: '/data/facts.csv' },
  pages: [
    listed('/the-shakeout/', 'The shakeout', 'Six tigers, three giants.'),
    listed('/charts/revenue/', 'Revenue [by year]'),
    listed('/', 'Two Ways to Live'),
    listed('/origins/', 'Two Tsinghua roads'),
    listed('/zh-hans/origins/', '清华系的两条路'),
    listed('/data/', 'Data and sources'),
  ],
});

describe('renderLlmsTxt', () => {
  test('opens with the H1 title and a one-line summary, as llmstxt.org asks', () => {
    const [title, blank, summary] = text.split('\n');
    expect(title).toBe('# Two Ways to Live');
    expect(blank).toBe('');
    expect(summary).toMatch(/^> \S/u);
  });

  test('links the facts as JSON and CSV with absolute URLs under the base path', () => {
    expect(text).toContain('(https://example.org/two-ways/data/facts.json)');
    expect(text).toContain('(https://example.org/two-ways/data/facts.csv)');
  });

  test('lists chapters in reading order with their descriptions, then pages, then charts', () => {
    const order = ['[Two Ways to Live]', '[Two Tsinghua roads]', '[The shakeout](https://example.org/two-ways/the-shakeout/): Six tigers, three giants.', '[Data and sources]', '[Revenue \\[by year\\]]'];
    const positions = order.map((fragment) => text.indexOf(fragment));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('gives each translated edition its own section after the English pages', () => {
    const section = text.indexOf('## Simplified Chinese (简体中文) edition (zh-Hans)');
    expect(section).toBeGreaterThan(text.indexOf('[Revenue'));
    expect(text.indexOf('[清华系的两条路](https://example.org/two-ways/zh-hans/origins/)')).toBeGreaterThan(section);
  });
});
