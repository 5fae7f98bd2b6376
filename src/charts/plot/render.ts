/**
 * Runs Observable Plot at build time on a server-side DOM (linkedom), so no chart code or Plot reaches the
 * browser. Plot returns a figure only when asked for a legend, caption or title; the chart frame draws
 * those itself, so a Plot spec that asks for one fails here.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** The element Plot returns, as far as the sanitiser reads it. */
export interface PlotElement {
  readonly tagName: string;
  readonly childNodes: ArrayLike<PlotNode>;
  getAttribute(name: string): string | null;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
}
export type PlotNode = PlotElement | { readonly nodeType: number; readonly textContent: string | null };

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

export type PlotPanelOptions = Omit<Plot.PlotOptions, 'document' | 'width' | 'height' | 'title' | 'subtitle' | 'caption'>;

export function plotSvg(options: PlotPanelOptions, width: number, height: number, where: string): PlotElement {
  // Plot's types name the browser DOM; linkedom's Document implements what Plot uses of it.
  const rendered = Plot.plot({ ...options, width, height, document: document as unknown as Document });
  const element = rendered as unknown as PlotElement;
  if (element.tagName.toLowerCase() !== 'svg') {
    throw new Error(`${where}: Plot drew a <${element.tagName.toLowerCase()}>, not an <svg>: the chart frame draws the key and headline, so leave out Plot's legend, title and caption.`);
  }
  return element;
}
