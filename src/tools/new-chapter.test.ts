import { expect, test } from 'vitest';
import { collections } from '../content.config';
import { chapterDraft, chapterFile, nextOrder, orderProblem, slugProblem, type ExistingChapter } from './new-chapter';

const existing: ExistingChapter[] = [
  { file: 'en/01-origins.mdx', source: '---\ntitle: Origins\norder: 1\nslug: origins\nlanguage: en\n---\n\nText.\n' },
  { file: 'en/02-to-b.mdx', source: '---\ntitle: To B\norder: 2\nslug: to-b-versus-to-c\nlanguage: en\n---\n\nslug: decoy\n' },
];

test('a taken or malformed slug is refused, naming the chapter that has it', () => {
  expect(slugProblem('origins', existing)).toBe('a chapter with slug "origins" already exists: src/content/chapters/en/01-origins.mdx.');
  expect(slugProblem('The_Next', existing)).toMatch(/^"The_Next" is not a slug/u);
  expect(slugProblem('decoy', existing), 'only the frontmatter names a slug').toBeUndefined();
  expect(slugProblem('the-next-round', existing)).toBeUndefined();
});

test('the next order follows the highest, within the story’s chapter count', () => {
  expect(nextOrder(existing)).toBe(3);
  expect(nextOrder([])).toBe(1);
  expect(orderProblem(5)).toBeUndefined();
  expect(orderProblem(6)).toMatch(/room for 5 chapters/u);
});

test('the file is numbered like its neighbours, in its language folder', () => {
  expect(chapterFile('en', 3, 'the-next-round')).toBe('en/03-the-next-round.mdx');
});

/** The frontmatter of a draft as key/value pairs, order as a number (the drafts hold only plain scalars). */
function frontmatter(source: string): Record<string, string | number> {
  const block = /^---\n([\s\S]*?)\n---/u.exec(source)?.[1] ?? '';
  const pairs = block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as const);
  return Object.fromEntries(pairs.map(([key, value]) => [key, key === 'order' ? Number(value) : value]));
}

test('the draft’s frontmatter passes the chapter schema', () => {
  const draft = chapterDraft('the-next-round', 3, 'zh-hans', '2026-12-02');
  const data = frontmatter(draft);
  expect(data).toMatchObject({ order: 3, slug: 'the-next-round', language: 'zh-hans', published: '2026-12-02' });
  const schema = collections.chapters.schema;
  if (typeof schema !== 'object' || schema === null || !('safeParse' in schema)) throw new Error('chapters have no zod schema');
  const parsed = schema.safeParse(data);
  expect(parsed.error?.issues ?? []).toEqual([]);
});
