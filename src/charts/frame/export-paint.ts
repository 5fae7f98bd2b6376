/**
 * The light theme written out, for SVG files opened on their own: no stylesheet and no custom properties
 * reach them, so each class chart.css styles becomes literal presentation attributes. The palette repeats
 * the light theme of src/styles/global.css and chart.css; a unit test holds the two together.
 */
import type { ColorToken, TextSize } from '../types';
import type { Attributes, Paint } from './svg-markup';
import { textSizePx } from './text-width';

export const lightPalette: Record<ColorToken, string> = {
  zhipu: '#2456c7',
  minimax: '#c2410c',
  neutral: '#6b6760',
  ink: '#1c1b19',
  'ink-soft': '#55524c',
  rule: '#d9d5cc',
  accent: '#9a6700',
  paper: '#fbfaf7',
  other: '#8c877d',
};

/** What each non-colour class of chart.css sets. */
const classAttributes: Record<string, Attributes> = {
  'no-fill': { fill: 'none' },
  'm-pat': { 'stroke-width': 1.25 },
  'm-point': { 'stroke-width': 1.5 },
  'pat-bg': { stroke: 'none', opacity: 0.2 },
  'pat-ink': { 'stroke-width': 2 },
  'pat-dot': { stroke: 'none' },
  't-bold': { 'font-weight': 700 },
  't-heading': { 'font-weight': 700 },
};

/** chart.css's dimming: a tinted fill inside a full-colour outline, soft ink with a halo for text. */
function dimmed(names: readonly string[], isText: boolean): Attributes {
  if (isText) return { fill: lightPalette['ink-soft'], 'paint-order': 'stroke', stroke: lightPalette.paper, 'stroke-width': 3, 'stroke-linejoin': 'round' };
  const fill = names.find((name) => name.startsWith('f-'))?.slice(2);
  if (!fill || names.includes('no-fill')) return { 'stroke-dasharray': '3 2' };
  const outline = fill !== 'paper' && fill !== 'rule' && isColorToken(fill) ? { stroke: lightPalette[fill] } : {};
  return { 'fill-opacity': 0.2, 'stroke-width': 1, ...outline };
}

const isColorToken = (value: string): value is ColorToken => Object.hasOwn(lightPalette, value);
const isTextSize = (value: string): value is TextSize => Object.hasOwn(textSizePx, value);

export const literalPaint: Paint = (classList) => {
  const names = classList.split(/\s+/u).filter(Boolean);
  const attributes: Attributes = {};
  const textSize = names.find((name) => name.startsWith('t-') && isTextSize(name.slice(2)));
  if (textSize) {
    // Chart text: ink by default, with a halo of the background so it reads over gridlines and marks.
    Object.assign(attributes, { fill: lightPalette.ink, 'font-size': textSizePx[textSize.slice(2) as TextSize] });
    if (!names.includes('f-paper')) {
      Object.assign(attributes, { 'paint-order': 'stroke', stroke: lightPalette.paper, 'stroke-width': 3, 'stroke-linejoin': 'round' });
    }
  }
  for (const name of names) {
    const token = name.slice(2);
    if (name.startsWith('f-') && isColorToken(token)) attributes.fill = lightPalette[token];
    else if (name.startsWith('s-') && isColorToken(token)) attributes.stroke = lightPalette[token];
    else Object.assign(attributes, classAttributes[name]);
  }
  if (names.includes('is-dim')) Object.assign(attributes, dimmed(names, Boolean(textSize)));
  return attributes;
};
