/**
 * Where a quote that is no longer verbatim parts from its seed: when a seed file changes (or a quote is
 * retyped), the error points at the seed's line and shows the characters that differ, rather than only
 * saying the quote is missing. The nearest place is where the longest opening run of the quote occurs;
 * the difference ends where the longest closing run of the quote picks up again.
 */

export interface QuoteDifference {
  /** 1-based line of the seed where the quote first differs. */
  line: number;
  /** The differing characters, with a little agreeing context each side: the quote's and the seed's. */
  quote: string;
  seed: string;
}

const context = 6;
/** Shorter opening and closing runs match by chance anywhere in a long article. */
const minimumRun = 2;

function longestPrefixAt(text: string, quote: string): { length: number; at: number } {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return { length: low, at: low === 0 ? -1 : text.indexOf(quote.slice(0, low)) };
}

/** The longest closing run of the quote found in the seed at or after `from`, close enough to belong. */
function longestSuffixAfter(text: string, quote: string, from: number, longest: number): { length: number; at: number } {
  const window = quote.length + 40;
  for (let length = longest; length >= minimumRun; length--) {
    const at = text.indexOf(quote.slice(quote.length - length), from);
    if (at >= 0 && at - from <= window) return { length, at };
  }
  return { length: 0, at: from };
}

/** Line breaks show as ↵, so the message stays on one line. */
function marked(before: string, differing: string, after: string): string {
  return `…${before}[${differing}]${after}…`.replaceAll('\n', '↵');
}

/** Undefined when the quote is verbatim in the seed, or when no opening run of it is found there at all. */
export function quoteDifference(seedText: string, quote: string): QuoteDifference | undefined {
  if (seedText.includes(quote)) return undefined;
  const prefix = longestPrefixAt(seedText, quote);
  if (prefix.length < minimumRun) return undefined;
  const start = prefix.at + prefix.length;
  const suffix = longestSuffixAfter(seedText, quote, start, quote.length - prefix.length);
  const before = quote.slice(Math.max(0, prefix.length - context), prefix.length);
  const quoteAfter = quote.slice(quote.length - suffix.length, quote.length - suffix.length + context);
  const seedEnd = suffix.length > 0 ? suffix.at : Math.min(seedText.length, start + quote.length - prefix.length);
  return {
    line: seedText.slice(0, start).split('\n').length,
    quote: marked(before, quote.slice(prefix.length, quote.length - suffix.length), quoteAfter),
    seed: marked(before, seedText.slice(start, seedEnd), seedText.slice(seedEnd, seedEnd + context)),
  };
}

/** The validators' message for a quote that is not verbatim: the line and the characters that differ. */
export function notVerbatimMessage(seedText: string, seed: string, quote: string): string {
  const difference = quoteDifference(seedText, quote);
  const missing = `quote is not a verbatim substring of ${seed}: «${quote}»`;
  if (!difference) return `${missing}; no part of it is in the seed`;
  return `${missing}; nearest at seeds/${seed}:${difference.line}, where the quote has «${difference.quote}» and the seed has «${difference.seed}»`;
}
