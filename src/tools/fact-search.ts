/**
 * The questions an editor asks of the facts before writing: which fact holds this figure, which facts
 * no chapter cites yet, and which figures in a seed no fact covers yet. Pure functions over the facts and
 * texts they are given, so `npm run facts` and its tests share them.
 */
import { citedFactIds } from '../lib/chapter-text.ts';
import { formatValue } from '../lib/format.ts';
import { locales, type Locale } from '../lib/locale.ts';
import { datesIn, quantitiesIn, type Quantity } from '../facts/quote-numbers.ts';
import { allReadings, type Fact } from '../facts/types.ts';

/** Every source sentence quoted for a fact, in any of its readings. */
function sourcesOf(fact: Fact): { seed: string; quote: string }[] {
  return allReadings(fact).flatMap((reading) => reading.sources.map(({ seed, quote }) => ({ seed, quote })));
}

function searchableText(fact: Fact, seedLabels: ReadonlyMap<string, string>): string {
  const sources = sourcesOf(fact).flatMap(({ seed, quote }) => [quote, seed, seedLabels.get(seed) ?? '']);
  return [fact.id, fact.subject, fact.metric, fact.metricZh, fact.period, fact.valueZh ?? '', String(fact.value), ...sources]
    .join('\n')
    .toLowerCase();
}

/** Facts whose id, subject, metric (English or Chinese), period, quote or seed holds every one of `words`. */
export function findFacts(facts: readonly Fact[], words: readonly string[], seedLabels: ReadonlyMap<string, string>): Fact[] {
  const wanted = words.map((word) => word.toLowerCase()).filter((word) => word !== '');
  return facts.filter((fact) => {
    const text = searchableText(fact, seedLabels);
    return wanted.every((word) => text.includes(word));
  });
}

/** A fact as an editor needs to see it: id, the value in every edition, and each quote with its seed. */
export function describeFact(fact: Fact, seedLabels: ReadonlyMap<string, string>): string {
  const values = locales.map((locale: Locale) => `  ${locale.padEnd(8)}${formatValue(fact.value, fact.unit, locale, fact.qualifier, fact.valueZh)}`);
  const quotes = sourcesOf(fact).map(({ seed, quote }) => `  ${seedLabels.get(seed) ?? seed} ${seed}: ${quote}`);
  return [`${fact.id}  (${fact.metric} / ${fact.metricZh}, ${fact.period})`, ...values, ...quotes].join('\n');
}

/** Facts that no chapter's MDX cites through <Fact> or <Derived>. */
export function unusedFacts(facts: readonly Fact[], chapterSources: readonly string[]): Fact[] {
  const cited = new Set(chapterSources.flatMap((mdx) => citedFactIds(mdx)));
  return facts.filter((fact) => !cited.has(fact.id));
}

export interface UncoveredSentence {
  /** 1-based line in the seed file. */
  line: number;
  sentence: string;
  /** The figures in the sentence that no fact's quote contains. */
  figures: string[];
}

/** Start offsets of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0 && needle !== ''; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * A figure worth a fact: Arabic numerals (not a "01" section number), money, percentages, multiples and
 * days, or Chinese numerals of ten and more written with two characters or more. A lone numeral character is
 * nearly always part of a word: 一直, 兩家, 百川 (a company), 百模大戰, 千行百業.
 */
function isFigure(quantity: Quantity): boolean {
  if (quantity.unit.kind !== 'plain') return true;
  return /\d/u.test(quantity.text) ? !/^0\d$/u.test(quantity.text) : quantity.value >= 10 && [...quantity.text].length > 1;
}

/**
 * The sentences of a seed that hold a figure no fact quotes yet. A figure counts as covered when it lies
 * inside a quoted span of the seed; years and dates are not figures here, since facts cite them as periods.
 */
export function uncoveredSentences(seedText: string, quotes: readonly string[]): UncoveredSentence[] {
  const quoted = quotes.flatMap((quote) => occurrences(seedText, quote).map((start) => ({ start, end: start + quote.length })));
  const result: UncoveredSentence[] = [];
  for (const match of seedText.matchAll(/[^。！？!?\n]+[。！？!?]?/gu)) {
    const sentence = match[0];
    const dates = datesIn(sentence).map((date) => date.text);
    const figures = quantitiesIn(sentence)
      .filter(isFigure)
      .map((quantity) => quantity.text)
      .filter((text) => !dates.some((date) => date.includes(text)))
      .filter((text) => {
        const at = match.index + sentence.indexOf(text);
        return !quoted.some((span) => span.start <= at && at + text.length <= span.end);
      });
    // A sentence that is nothing but its number is a section number ("2" on a line of its own).
    if (figures.length > 0 && sentence.trim() !== figures.join('')) {
      const line = seedText.slice(0, match.index).split('\n').length;
      result.push({ line, sentence: sentence.trim(), figures: [...new Set(figures)] });
    }
  }
  return result;
}

/** Every quote the facts take from one seed file. */
export function quotesFromSeed(facts: readonly Fact[], seed: string): string[] {
  return facts.flatMap((fact) => sourcesOf(fact).filter((source) => source.seed === seed).map((source) => source.quote));
}
