/**
 * On the built chapters of every edition, a figure or citation marker followed by closing punctuation
 * (。，、 or a full stop) sits with it in a span that does not wrap (src/lib/remark-keep-marks.ts), so no
 * line of a chapter starts with the punctuation that belongs to the line before.
 */
import { pageDocument } from '../support/page-document';
import { expect, test } from 'vitest';
import { closingPunctuation } from '../../src/lib/remark-keep-marks.ts';
import { sitePages } from '../support/site';

const chapters = (await sitePages())
  .filter((page) => page.kind === 'chapter')
  .map((page) => ({ file: page.path, document: pageDocument(page.html) }));

test('every mark followed by closing punctuation is kept with it, in all 15 chapter pages', () => {
  expect(chapters.map((chapter) => chapter.file)).toHaveLength(15);
  expect(chapters.filter((chapter) => chapter.file.startsWith('/zh-hant/'))).toHaveLength(5);
  const loose: string[] = [];
  let kept = 0;
  for (const { file, document } of chapters) {
    for (const mark of document.querySelectorAll('.prose-story .cite, .prose-story .fact-note')) {
      const next = mark.nextSibling;
      if (next?.nodeType !== 3 || !closingPunctuation.test(next.textContent ?? '')) continue;
      if (mark.parentElement?.classList.contains('keep-marks')) kept += 1;
      else loose.push(`${file}: …${(mark.previousSibling?.textContent ?? '').slice(-8)}[mark]${(next.textContent ?? '').slice(0, 4)}`);
    }
  }
  expect(loose).toEqual([]);
  expect(kept).toBeGreaterThan(600);
});

test('a Simplified chapter keeps its 。 after a citation: the span holds the marker and the full stop', () => {
  const document = chapters.find((chapter) => chapter.file === '/zh-hans/origins/')?.document;
  if (!document) throw new Error('no /zh-hans/origins/ among the built chapters');
  const spans = [...document.querySelectorAll('.prose-story .keep-marks')];
  const first = spans.find((span) => span.querySelector('.cite'));
  expect(first?.lastChild?.textContent).toMatch(/^[。，、；：）”]+$/u);
  expect(spans.length).toBeGreaterThan(40);
});

test('chart headlines keep each figure with its unit (no line between 2022 and 年), in every chapter page', () => {
  const split: string[] = [];
  let figures = 0;
  for (const { file, document } of chapters) {
    for (const title of document.querySelectorAll('.chart-title')) {
      const kept = [...title.querySelectorAll('.chart-figure')].map((span) => span.textContent ?? '');
      for (const [figure] of (title.textContent ?? '').matchAll(/\d[\d.,]*[年月日天倍%亿万元美港]+/gu)) {
        figures += 1;
        if (!kept.includes(figure)) split.push(`${file}: ${figure}`);
      }
    }
  }
  expect(split).toEqual([]);
  expect(figures).toBeGreaterThan(100);
});
