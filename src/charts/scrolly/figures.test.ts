import { describe, expect, test } from 'vitest';
import { figureMarker, figureRuns, splitAtFigures } from './figures';

describe('step figure markers', () => {
  test('markers split rendered steps into HTML and figures, in document order', () => {
    const html = `<div>one${figureMarker('early', 'a.mdx:3')}</div><div>two${figureMarker('stretch', 'a.mdx:9')}</div>`;
    expect(splitAtFigures(html)).toEqual([
      { kind: 'html', html: '<div>one' },
      { kind: 'figure', state: 'early', usedIn: 'a.mdx:3' },
      { kind: 'html', html: '</div><div>two' },
      { kind: 'figure', state: 'stretch', usedIn: 'a.mdx:9' },
      { kind: 'html', html: '</div>' },
    ]);
  });

  test('states and locations survive escaping', () => {
    const [piece] = splitAtFigures(figureMarker('a "b" & <c>', 'dir/file & co.mdx:1'));
    expect(piece).toEqual({ kind: 'figure', state: 'a "b" & <c>', usedIn: 'dir/file & co.mdx:1' });
  });

  test('HTML without markers stays whole', () => {
    expect(splitAtFigures('<p>text</p>')).toEqual([{ kind: 'html', html: '<p>text</p>' }]);
  });

  test('a run of steps at one state gets one figure, after its last step', () => {
    const html = ['early', 'stretch', 'stretch', 'costs', 'stretch'].map((state, line) => `<p>${line}</p>${figureMarker(state, `a.mdx:${line}`)}`).join('');
    const kept = figureRuns(splitAtFigures(html)).flatMap((piece) => (piece.kind === 'figure' ? [piece.usedIn] : []));
    // The second "stretch" closes the run; the last step returns to a state shown before, so it has its own.
    expect(kept).toEqual(['a.mdx:0', 'a.mdx:2', 'a.mdx:3', 'a.mdx:4']);
  });
});
