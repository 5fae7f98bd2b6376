/**
 * npm run new:chapter -- <slug>: writes a draft chapter, with the next order and today's date, into every
 * language folder under src/content/chapters/, and refuses a slug that is taken or malformed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chapterDraft, chapterFile, nextOrder, orderProblem, slugProblem, type ExistingChapter } from '../src/tools/new-chapter.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, 'src', 'content', 'chapters');
const slug = process.argv[2] ?? '';

const existing: ExistingChapter[] = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ file: file.split(path.sep).join('/'), source: readFileSync(path.join(folder, file), 'utf8') }));
const order = nextOrder(existing);
const problem = slug === '' ? 'Usage: npm run new:chapter -- <slug>' : (slugProblem(slug, existing) ?? orderProblem(order));
if (problem) {
  console.error(problem);
  process.exit(1);
}
const published = new Date().toISOString().slice(0, 10);
const languages = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
for (const language of languages) {
  const file = path.join(folder, chapterFile(language, order, slug));
  if (existsSync(file)) throw new Error(`${file} already exists`);
  writeFileSync(file, chapterDraft(slug, order, language, published));
  console.log(`Wrote ${path.relative(root, file)} (order ${order}).`);
}
