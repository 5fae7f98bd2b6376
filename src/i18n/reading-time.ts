/**
 * Reading time per edition. English counts words at 230 a minute; Chinese has no spaces between words, so it
 * counts characters, at 255 a minute: the two rates the IReST study measured for adults reading the same
 * standard texts silently in English and in Chinese (Trauzettel-Klosinski & Dietz, 2012). In Chinese prose
 * a cited figure, a Latin name (MiniMax) or a number counts as one character.
 */
import { proseOf, readingMinutes } from '../lib/chapter-text';
import type { Locale } from '../lib/locale';

const hanPerMinute = 255;

/** Han characters, plus one for each run of Latin letters or digits (a figure, a name). */
export function chineseReadingUnits(mdx: string): number {
  const prose = proseOf(mdx).replace(/^#+\s/gmu, '');
  const han = prose.match(/\p{Script=Han}/gu)?.length ?? 0;
  const runs = prose.match(/[\p{Script=Latin}\p{N}]+/gu)?.length ?? 0;
  return han + runs;
}

export function readingMinutesIn(mdx: string, locale: Locale): number {
  if (locale === 'en') return readingMinutes(mdx);
  return Math.max(1, Math.round(chineseReadingUnits(mdx) / hanPerMinute));
}
