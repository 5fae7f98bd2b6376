import { expect, test } from 'vitest';
import { traditionalMarkup, withoutVerbatim } from './traditional-markup';

test('converts text and attributes, and leaves tags, URLs and classes alone', () => {
  expect(traditionalMarkup('<a href="/zh-hant/data/" class="note" aria-label="数据页">数据与来源</a>')).toBe(
    '<a href="/zh-hant/data/" class="note" aria-label="數據頁">數據與來源</a>',
  );
});

test('keeps verbatim elements, scripts and styles as written, and converts JSON-LD', () => {
  const seedQuote = '<q lang="zh-Hant" data-verbatim>張鵬扎根于清華大學</q>';
  const otherEdition = '<a href="/zh-hans/" lang="zh-Hans" data-verbatim>简体中文</a>';
  const script = '<script type="module">const label = "数据";</script>';
  const style = '<style>.x::after { content: "来源"; }</style>';
  const jsonLd = '<script type="application/ld+json">{"headline":"两种活法"}</script>';
  expect(traditionalMarkup(`<p>来源：${seedQuote}</p>${otherEdition}${script}${style}${jsonLd}`)).toBe(
    `<p>來源：${seedQuote}</p>${otherEdition}${script}${style}<script type="application/ld+json">{"headline":"兩種活法"}</script>`,
  );
});

test('leaves verbatim elements out of the text a check reads', () => {
  expect(withoutVerbatim('<p>来源<q lang="zh-Hant" data-verbatim>清華</q>。</p>')).toBe('<p>来源。</p>');
});
