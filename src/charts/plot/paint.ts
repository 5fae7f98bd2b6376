/**
 * How a Plot mark names its colour: always a theme token, written as the CSS variable chart.css resolves
 * (so a Plot spec reads like CSS), or a pattern fill in a token's colour. The sanitiser turns both back
 * into the classes the page styles, so dark mode and print restyle Plot charts like every other chart; any
 * other colour (a hex, a named colour, Plot's default scheme) fails the build.
 */
import type { ColorToken, PatternToken } from '../types';

const variables: Record<ColorToken, string> = {
  zhipu: 'var(--zhipu)',
  minimax: 'var(--minimax)',
  neutral: 'var(--neutral)',
  ink: 'var(--ink)',
  'ink-soft': 'var(--ink-soft)',
  rule: 'var(--rule)',
  accent: 'var(--accent)',
  paper: 'var(--chart-bg)',
  other: 'var(--chart-other)',
};

/** A theme colour for a Plot `fill` or `stroke`: `color.zhipu`. */
export const color: Readonly<Record<ColorToken, string>> = variables;

export type FilledPattern = Exclude<PatternToken, 'solid'>;

/** A patterned fill for a Plot `fill`: `patternFill('hatch', 'zhipu')`; 'solid' gives the plain colour. */
export function patternFill(pattern: PatternToken, token: ColorToken): string {
  return pattern === 'solid' ? variables[token] : `url(#${pattern}-${token})`;
}

export type Paint = { token: ColorToken; pattern?: FilledPattern } | { none: true };

const byVariable = new Map(Object.entries(variables).map(([token, variable]) => [variable, token as ColorToken]));
const isToken = (value: string): value is ColorToken => Object.hasOwn(variables, value);

/** Reads back a `fill` or `stroke` value Plot wrote; undefined for a colour outside the theme. */
export function readPaint(value: string): Paint | undefined {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === 'none') return { none: true };
  if (trimmed === 'currentcolor') return { token: 'ink' };
  const token = byVariable.get(trimmed);
  if (token) return { token };
  const pattern = /^url\(#(hatch|dots|cross)-([a-z-]+)\)$/u.exec(trimmed);
  if (pattern?.[1] && pattern[2] && isToken(pattern[2])) return { token: pattern[2], pattern: pattern[1] as FilledPattern };
  return undefined;
}
