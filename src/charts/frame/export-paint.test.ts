import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { lightPalette, literalPaint } from './export-paint';

const css = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
/** The first (light, screen) value a stylesheet gives a custom property. */
const firstValue = (source: string, property: string) => new RegExp(`--${property}:\\s*(#[0-9a-f]{3,6})`, 'u').exec(source)?.[1];

test('the exports’ palette is the light theme of the stylesheets', () => {
  const global = css('../../styles/global.css');
  const tokens = ['zhipu', 'minimax', 'neutral', 'ink', 'ink-soft', 'rule', 'accent', 'paper'] as const;
  expect(Object.fromEntries(tokens.map((token) => [token, firstValue(global, token)]))).toEqual(
    Object.fromEntries(tokens.map((token) => [token, lightPalette[token]])),
  );
  expect(firstValue(css('./chart.css'), 'chart-other')).toBe(lightPalette.other);
});

test('turns chart classes into literal attributes', () => {
  expect(literalPaint('f-zhipu is-dim')).toEqual({ fill: '#2456c7', 'fill-opacity': 0.2, 'stroke-width': 1, stroke: '#2456c7' });
  expect(literalPaint('m-pat s-minimax')).toEqual({ 'stroke-width': 1.25, stroke: '#c2410c' });
  expect(literalPaint('t-heading f-paper')).toEqual({ fill: '#fbfaf7', 'font-size': 15, 'font-weight': 700 });
  expect(literalPaint('t-small')).toEqual({
    fill: '#1c1b19',
    'font-size': 12,
    'paint-order': 'stroke',
    stroke: '#fbfaf7',
    'stroke-width': 3,
    'stroke-linejoin': 'round',
  });
});
