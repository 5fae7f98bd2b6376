/**
 * Colour arithmetic for the Chartability audit, on colours as Chromium reports them ("rgb(36, 86, 199)"):
 * alpha compositing over the background, WCAG contrast, and colour difference under simulated colour-vision
 * deficiency (culori: Machado, Oliveira and Fernandes 2009 at full severity; CIEDE2000).
 */
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, formatRgb, parse, wcagContrast, type Rgb } from 'culori';

export function rgb(css: string): Rgb {
  const colour = parse(css);
  if (!colour || colour.mode !== 'rgb') throw new Error(`not an rgb colour: ${css}`);
  return colour;
}

/** What the eye gets from a colour drawn at `opacity` (times its own alpha) over an opaque background. */
export function composite(foreground: string, background: string, opacity = 1): Rgb {
  const top = rgb(foreground);
  const bottom = rgb(background);
  const a = (top.alpha ?? 1) * opacity;
  const mix = (f: number, b: number) => f * a + b * (1 - a);
  return { mode: 'rgb', r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b) };
}

export function contrast(foreground: string, background: string, opacity = 1): number {
  return wcagContrast(composite(foreground, background, opacity), rgb(background));
}

export const deficiencies = {
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
} as const;
export type Deficiency = keyof typeof deficiencies;

const ciede2000 = differenceCiede2000();

/** CIEDE2000 difference of two colours as a reader with the given deficiency sees them. */
export function differenceUnder(deficiency: Deficiency, a: string, b: string): number {
  const simulate = deficiencies[deficiency];
  return ciede2000(simulate(rgb(a)), simulate(rgb(b)));
}

export const cssRgb = (colour: Rgb) => formatRgb(colour);
