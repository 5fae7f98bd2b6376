/**
 * Pure helpers SvgLayout uses to turn marks into SVG attributes: class names for colour tokens, pattern ids,
 * point shapes and compact numbers. Kept out of the .astro file so they are unit-testable.
 */
import type { ColorToken, Mark, PatternToken, ShapeToken } from '../types';
import { pointReach } from './labels';

/** One decimal is below a device pixel at any zoom a reader uses, and keeps the SVG small. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export const fillClass = (token: ColorToken) => `f-${token}`;
export const strokeClass = (token: ColorToken) => `s-${token}`;

export type FilledPattern = Exclude<PatternToken, 'solid'>;

export function patternId(prefix: string, pattern: FilledPattern, color: ColorToken): string {
  return `${prefix}-${pattern}-${color}`;
}

/** Each pattern + colour pair a layout's rects use, once. */
export function usedPatterns(marks: readonly Mark[]): Array<{ pattern: FilledPattern; color: ColorToken }> {
  const seen = new Map<string, { pattern: FilledPattern; color: ColorToken }>();
  for (const mark of marks) {
    if (mark.type === 'rect' && mark.pattern && mark.pattern !== 'solid') {
      seen.set(`${mark.pattern}-${mark.fill}`, { pattern: mark.pattern, color: mark.fill });
    }
  }
  return [...seen.values()];
}

/** Path data for marker shapes that have no SVG element of their own. */
export function shapePath(shape: Exclude<ShapeToken, 'circle' | 'square'>, x: number, y: number, r: number): string {
  const reach = r * pointReach;
  if (shape === 'diamond') {
    return `M${num(x)},${num(y - reach)}L${num(x + reach)},${num(y)}L${num(x)},${num(y + reach)}L${num(x - reach)},${num(y)}Z`;
  }
  // An equilateral triangle centred on its centroid, reaching `reach` above it.
  const half = reach * Math.sin(Math.PI / 3);
  return `M${num(x)},${num(y - reach)}L${num(x + half)},${num(y + reach / 2)}L${num(x - half)},${num(y + reach / 2)}Z`;
}

export function classes(...names: Array<string | false | undefined>): string {
  return names.filter(Boolean).join(' ');
}
