/**
 * Estimates how wide a label will be, so label collisions can fail the build instead of a reader's eye.
 * Chart text is set in an Arial-metric sans (Helvetica, Arial, Liberation Sans, Roboto: see chart.css), so
 * Latin widths come from Arial's advance widths; CJK glyphs are one em. Estimates err on the wide side.
 */
import type { TextSize } from '../types';

/** CSS px per text size, at 1 SVG unit = 1 px (narrow layouts are drawn 360 units wide). */
export const textSizePx: Record<TextSize, number> = {
  small: 12,
  label: 13,
  value: 14,
  heading: 15,
};

/** Arial advance widths in thousandths of an em, for the characters chart labels use. */
const latinWidths: Record<string, number> = {
  ' ': 278, '!': 278, '"': 355, '#': 556, $: 556, '%': 889, '&': 667, "'": 191, '(': 333, ')': 333, '*': 389,
  '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, ':': 278, ';': 278, '<': 584, '=': 584, '>': 584, '?': 556,
  '@': 1015, '[': 278, ']': 278, '_': 556, '|': 260, '~': 584,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833,
  N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833,
  n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
  '–': 556, '—': 1000, '−': 584, '×': 584, '’': 222, '‘': 222, '“': 333, '”': 333, '…': 1000, '·': 278,
  '≈': 584, '†': 556, '°': 400,
};
const digitWidth = 556;
const unknownLatinWidth = 600;
const boldFactor = 1.08;
/** Safety margin for fonts that run slightly wider than Arial (Roboto, San Francisco). */
const fontSpread = 1.04;

/** CJK ideographs, kana, hangul, fullwidth forms and CJK punctuation: one em each. */
const wide = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function charWidth(char: string): number {
  if (wide.test(char)) return 1000;
  if (char >= '0' && char <= '9') return digitWidth;
  return latinWidths[char] ?? unknownLatinWidth;
}

/** Estimated width in px (= SVG units) of `text` set at `size`. */
export function estimateTextWidth(text: string, size: TextSize | number, weight: 'normal' | 'bold' = 'normal'): number {
  const px = typeof size === 'number' ? size : textSizePx[size];
  let thousandths = 0;
  for (const char of text) thousandths += charWidth(char);
  return (thousandths / 1000) * px * fontSpread * (weight === 'bold' ? boldFactor : 1);
}

/**
 * Splits text into lines no wider than `maxWidth`: Latin text breaks at spaces, CJK text between any two
 * characters. A single word longer than the line stays whole; the label checker then reports it.
 */
export function wrapText(text: string, maxWidth: number, size: TextSize | number, weight: 'normal' | 'bold' = 'normal'): string[] {
  const tokens = text.match(/[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffe6][，。、）」』％]?|[^\s\u2e80-\u9fff\uff00-\uffe6]+\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && estimateTextWidth(candidate.trimEnd(), size, weight) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
