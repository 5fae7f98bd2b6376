/**
 * How a <Step> gets its figure. Astro renders a component's slot content before the component itself (to
 * propagate head content), so a Step cannot ask its Scrolly which chart it belongs to. Instead each Step
 * leaves a marker naming its state where its figure belongs; the Scrolly finds the markers in its rendered
 * steps, in document order, and renders each state's figure in place.
 */
export interface HtmlPiece {
  kind: 'html';
  html: string;
}

export interface FigurePiece {
  kind: 'figure';
  state: string;
  /** Where the Step sits, so an unknown state fails the build naming its line. */
  usedIn: string;
}

export type Piece = HtmlPiece | FigurePiece;

const tag = 'scrolly-figure';

function escapeAttribute(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
}

function unescapeAttribute(value: string): string {
  return value.replace(/&lt;/gu, '<').replace(/&quot;/gu, '"').replace(/&#34;/gu, '"').replace(/&amp;/gu, '&');
}

/** The placeholder a Step writes where its figure goes. */
export function figureMarker(state: string, usedIn: string): string {
  return `<${tag} data-state="${escapeAttribute(state)}" data-used-in="${escapeAttribute(usedIn)}"></${tag}>`;
}

const markerPattern = new RegExp(`<${tag} data-state="([^"]*)" data-used-in="([^"]*)"></${tag}>`, 'gu');

/** Splits rendered steps into HTML and the figures to render between it, in document order. */
export function splitAtFigures(html: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of html.matchAll(markerPattern)) {
    const index = match.index ?? 0;
    if (index > last) pieces.push({ kind: 'html', html: html.slice(last, index) });
    pieces.push({ kind: 'figure', state: unescapeAttribute(match[1] ?? ''), usedIn: unescapeAttribute(match[2] ?? '') });
    last = index + match[0].length;
  }
  if (last < html.length) pieces.push({ kind: 'html', html: html.slice(last) });
  return pieces;
}
