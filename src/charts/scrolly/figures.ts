/**
 * How a <Step> gets its figure. Astro renders a component's slot content before the component itself (to
 * propagate head content), so a Step cannot ask its Scrolly which chart it belongs to. Instead each Step
 * leaves a marker naming its state where its figure belongs; the Scrolly finds the markers in its rendered
 * steps, in document order, and renders each state's figure in place.
 *
 * Steps in a row often tell one state in several beats. Read top to bottom (without JavaScript, in print,
 * on a phone whose chart is too tall to pin, in a reader mode), each beat followed by the same chart again
 * would show a reader one figure two or three times over; so a run of steps at one state gets one figure,
 * after its last step (see figureRuns).
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

/**
 * Which figure markers get a figure: the last of each run of consecutive markers at one state. The others
 * become plain HTML pieces with nothing in them.
 */
export function figureRuns(pieces: readonly Piece[]): Piece[] {
  const figures = pieces.filter((piece): piece is FigurePiece => piece.kind === 'figure');
  return pieces.map((piece) => {
    if (piece.kind !== 'figure') return piece;
    const next = figures[figures.indexOf(piece) + 1];
    return next?.state === piece.state ? { kind: 'html', html: '' } : piece;
  });
}
