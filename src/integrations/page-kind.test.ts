import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { chaptersFolder, compareRoles, pageRole, readChapterSlugs } from './page-kind';

const chapters = [
  { slug: 'origins', order: 1 },
  { slug: 'the-shakeout', order: 5 },
];

describe('pageRole', () => {
  test('tells the cover, chapters, charts and other pages apart, in every edition', () => {
    expect(pageRole('/', chapters)).toMatchObject({ kind: 'cover', locale: 'en', type: 'cover' });
    expect(pageRole('/zh-hans/', chapters)).toMatchObject({ kind: 'cover', locale: 'zh-hans' });
    expect(pageRole('/the-shakeout/', chapters)).toMatchObject({ kind: 'chapter', chapterOrder: 5, locale: 'en' });
    expect(pageRole('/zh-hant/origins/', chapters)).toMatchObject({ kind: 'chapter', chapterOrder: 1, locale: 'zh-hant' });
    expect(pageRole('/charts/revenue-growth/', chapters)).toMatchObject({ kind: 'chart', type: 'chart' });
    expect(pageRole('/charts/', chapters)).toMatchObject({ kind: 'page', type: 'charts' });
    expect(pageRole('/zh-hans/data/', chapters)).toMatchObject({ kind: 'page', type: 'data', locale: 'zh-hans' });
  });

  test('a chapter slug deeper in a path is not a chapter page', () => {
    expect(pageRole('/data/origins/', chapters).kind).toBe('page');
  });
});

test('compareRoles puts the cover first, chapters in reading order, charts last', () => {
  const paths = ['/charts/a/', '/data/', '/the-shakeout/', '/', '/origins/'];
  const sorted = paths.map((sitePath) => pageRole(sitePath, chapters)).sort(compareRoles).map((role) => role.path);
  expect(sorted).toEqual(['/', '/origins/', '/the-shakeout/', '/data/', '/charts/a/']);
});

describe('readChapterSlugs', () => {
  let project = '';
  afterEach(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  async function projectWith(files: Record<string, string>): Promise<string> {
    project = await mkdtemp(path.join(tmpdir(), 'page-kind-'));
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(project, chaptersFolder, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    return project;
  }

  test('reads each slug once, from every edition, in reading order', async () => {
    const root = await projectWith({
      'en/02-b.mdx': '---\ntitle: B\nslug: "to-b"\norder: 2\n---\nText',
      'en/01-a.mdx': "---\ntitle: A\nslug: 'origins'\norder: 1\n---\nslug: not-this\n",
      'zh-hans/01-a.mdx': '---\nslug: origins\norder: 1\n---\n',
    });
    expect(await readChapterSlugs(root)).toEqual([
      { slug: 'origins', order: 1 },
      { slug: 'to-b', order: 2 },
    ]);
  });

  test('names the file whose front matter lacks a slug or order', async () => {
    const root = await projectWith({ 'en/01-a.mdx': '---\ntitle: A\norder: 1\n---\n' });
    await expect(readChapterSlugs(root)).rejects.toThrow(/en\/01-a\.mdx: front matter needs a slug and an integer order/u);
  });
});
