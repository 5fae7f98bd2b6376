/**
 * The Traditional Chinese edition is generated from the Simplified sources through this one function.
 * Hong Kong standard: both companies listed on the Hong Kong exchange, and the register the story borrows
 * (港元, 招股, 市值) is Hong Kong financial journalism's. Glossary overrides win over the converter.
 */
import { Converter } from 'opencc-js';
import { pressGlyphs, traditionalGlossary } from './glossary';

const openccHk = Converter({ from: 'cn', to: 'hk' });
const pressGlyphPattern = new RegExp(`[${Object.keys(pressGlyphs).join('')}]`, 'gu');

function convert(text: string): string {
  return openccHk(text).replace(pressGlyphPattern, (glyph) => pressGlyphs[glyph] ?? glyph);
}

// Each override's Traditional form stands for itself too, so converting Traditional text again changes
// nothing: OpenCC alone would turn the 系 of 計算機系 into 繫, and the Traditional-page check would flag it.
const glossary: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(traditionalGlossary).map((traditional) => [traditional, traditional])),
  ...traditionalGlossary,
};
const glossaryTerms = Object.keys(glossary).sort((a, b) => b.length - a.length);
const glossaryPattern = glossaryTerms.length === 0 ? undefined : new RegExp(glossaryTerms.join('|'), 'gu');

export function toTraditional(simplified: string): string {
  if (glossaryPattern === undefined) return convert(simplified);
  // Split on glossary terms so the converter never sees (and re-converts) an override.
  let result = '';
  let last = 0;
  for (const match of simplified.matchAll(glossaryPattern)) {
    result += convert(simplified.slice(last, match.index)) + glossary[match[0]];
    last = match.index + match[0].length;
  }
  return result + convert(simplified.slice(last));
}

/** True when the converter would still change something: a Traditional page must contain no such text. */
export function stillConvertible(text: string): boolean {
  return toTraditional(text) !== text;
}
