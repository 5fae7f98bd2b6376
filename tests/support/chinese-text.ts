/**
 * The Chinese text of a built page or file, as the Traditional checks read it: every run of text between
 * tags and attribute quotes that holds a Han character, with scripts, styles and verbatim elements (seed
 * quotes and headlines, other editions' names) left out, the same exclusions the conversion makes.
 */
import { withoutVerbatim } from '../../src/i18n/traditional-markup.ts';

const code = /<(script|style)\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/\1>/gu;
// Runs of text between tags, attribute quotes, escaped markup (the gallery's embed code) and line ends.
const hanRun = /(?:(?!&quot;|&lt;|&gt;)[^<>"\n])*\p{Script=Han}(?:(?!&quot;|&lt;|&gt;)[^<>"\n])*/gu;

export function chineseSegments(markup: string): string[] {
  return (withoutVerbatim(markup).replace(code, '').match(hanRun) ?? []).map((segment) => segment.trim());
}
