/**
 * `npm run facts`: what an editor asks of the facts from a terminal. Loaded through Vite by
 * scripts/facts.ts, because the fact registry reads the seeds with import.meta.glob.
 *   npm run facts -- zhipu revenue      facts matching every word (id, English or Chinese, quote, seed)
 *   npm run facts -- --unused           facts no chapter cites
 *   npm run facts -- --seed S1          sentences of seed S1 holding a figure no fact quotes yet
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seeds } from '../../seeds/index.ts';
import { facts, seedTexts } from '../facts/registry.ts';
import { describeFact, findFacts, quotesFromSeed, uncoveredSentences, unusedFacts } from './fact-search.ts';

const usage = 'Usage: npm run facts -- <words...> | --unused | --seed S1';

function chapterSources(root: string): string[] {
  const folder = path.join(root, 'src', 'content', 'chapters');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => readFileSync(path.join(folder, file), 'utf8'));
}

/** Runs one command and returns the process exit code. */
export function runFactsCommand(args: readonly string[], root: string): number {
  const labels = new Map<string, string>(seeds.map((seed) => [seed.file, seed.label]));
  if (args.includes('--unused')) {
    const unused = unusedFacts(facts, chapterSources(root));
    console.log(`${unused.length} of ${facts.length} facts are cited by no chapter (charts may still show them):`);
    for (const fact of unused) console.log(`  ${fact.id}`);
    return 0;
  }
  const seedFlag = args.indexOf('--seed');
  if (seedFlag >= 0) {
    const wanted = (args[seedFlag + 1] ?? '').toUpperCase();
    const seed = seeds.find((record) => record.label === wanted || record.file.toUpperCase() === wanted);
    if (!seed) {
      console.error(`Unknown seed "${args[seedFlag + 1] ?? ''}". Seeds: ${seeds.map((record) => `${record.label} (${record.file})`).join(', ')}.`);
      return 1;
    }
    const sentences = uncoveredSentences(seedTexts[seed.file] ?? '', quotesFromSeed(facts, seed.file));
    console.log(`${sentences.length} sentence(s) in ${seed.label} (seeds/${seed.file}) hold a figure no fact quotes yet:`);
    for (const { line, sentence, figures } of sentences) console.log(`\nseeds/${seed.file}:${line}  [${figures.join(', ')}]\n  ${sentence}`);
    return 0;
  }
  const words = args.filter((arg) => !arg.startsWith('--'));
  if (words.length === 0) {
    console.error(usage);
    return 1;
  }
  const found = findFacts(facts, words, labels);
  if (found.length === 0) {
    console.error(`No fact matches ${words.map((word) => `"${word}"`).join(' and ')}. ${usage}`);
    return 1;
  }
  console.log(found.map((fact) => describeFact(fact, labels)).join('\n\n'));
  return 0;
}
