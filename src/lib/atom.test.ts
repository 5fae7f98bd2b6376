import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, test } from 'vitest';
import { atomFeed, type AtomFeed } from './atom';

const feed: AtomFeed = {
  self: 'https://example.org/feed.xml',
  home: 'https://example.org/',
  lang: 'en',
  title: 'Two Ways to Live',
  subtitle: 'Zhipu & MiniMax',
  author: 'Two Ways to Live',
  icon: 'https://example.org/favicon.svg',
  entries: [
    {
      id: 'https://example.org/origins/',
      title: 'Origins: two Tsinghua roads',
      link: 'https://example.org/origins/',
      summary: 'Who paid for each <road> & why',
      published: new Date('2026-02-01'),
      updated: new Date('2026-02-01'),
      category: 'chapter',
    },
    {
      id: 'https://example.org/origins/#correction-a',
      title: 'Correction to “Origins”',
      link: 'https://example.org/origins/',
      summary: 'A date was wrong. Two sources disagree.',
      updated: new Date('2026-02-10'),
      category: 'correction',
    },
  ],
};

describe('atomFeed', () => {
  test('writes well-formed Atom that a feed parser reads back, text escaped', () => {
    const xml = atomFeed(feed);
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const parsed = parseAtomFeed(xml);
    expect(parsed.id).toBe('https://example.org/feed.xml');
    expect(parsed.subtitle?.value).toBe('Zhipu & MiniMax');
    expect(parsed.entries?.find((entry) => entry.id === 'https://example.org/origins/')?.summary?.value).toBe('Who paid for each <road> & why');
  });

  test('puts the newest entry first and dates the feed by it', () => {
    const parsed = parseAtomFeed(atomFeed(feed));
    expect(parsed.updated).toBe('2026-02-10T00:00:00.000Z');
    expect(parsed.entries?.map((entry) => entry.categories?.[0]?.term)).toEqual(['correction', 'chapter']);
    expect(parsed.entries?.[1]?.published).toBe('2026-02-01T00:00:00.000Z');
  });

  test('refuses a feed with nothing in it', () => {
    expect(() => atomFeed({ ...feed, entries: [] })).toThrow('The Atom feed https://example.org/feed.xml has no entries');
  });
});
