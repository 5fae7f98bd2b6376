/**
 * The words of every chart, in every state and both layouts, as a reader gets them: title, subtitle,
 * summary, notes, key, table and every label and tick drawn. A hedge is said once ("约100人", never
 * "约约100人"), and the Chinese charts count in 万 and 亿 with no English left in them.
 */
import { describe, expect, test } from 'vitest';
import { untranslatedWords } from '../i18n/latin-in-chinese';
import { locales, type Locale } from '../lib/locale';
import { textsOf } from './kit/marks';
import { buildChart, chartEntry, chartIds } from './registry';
import type { ChartSpec } from './types';

function chartTexts(spec: ChartSpec): string[] {
  return [
    spec.title,
    spec.subtitle,
    spec.summary,
    ...spec.notes,
    ...spec.legend.map((item) => item.label),
    spec.table.caption,
    ...spec.table.columns,
    ...spec.table.rows.flat(),
    ...textsOf(spec.narrow),
    ...textsOf(spec.wide),
    ...markTitles(spec),
  ];
}

/** The tooltips of bars and points, in both layouts. */
function markTitles(spec: ChartSpec): string[] {
  return [...spec.narrow.marks, ...spec.wide.marks].flatMap((mark) => ('title' in mark && mark.title !== undefined ? [mark.title] : []));
}

function everyRendering(locale: Locale): { name: string; texts: string[] }[] {
  return chartIds.flatMap((id) =>
    [undefined, ...chartEntry(id).states].map((state) => ({
      name: `${id}${state ? ` (${state})` : ''}`,
      texts: chartTexts(buildChart(id, { locale, state }, 'chart-words.test.ts')),
    })),
  );
}

const renderings = Object.fromEntries(locales.map((locale) => [locale, everyRendering(locale)])) as Record<Locale, ReturnType<typeof everyRendering>>;

/** The same hedge twice in a row, or two hedges on one figure. */
const doubledHedge = /约约|超超|近近|预计预计|估计估计|约超|超约|約約|超過超過|\b(about|nearly|more than|less than|up to) \1\b/u;

describe.each(locales)('chart words in %s', (locale) => {
  test('say each hedge once', () => {
    const doubled = renderings[locale].flatMap(({ name, texts }) => texts.filter((text) => doubledHedge.test(text)).map((text) => `${name}: ${text}`));
    expect(doubled).toEqual([]);
    expect(renderings[locale]).toHaveLength(27);
  });
});

describe.each(['zh-hans', 'zh-hant'] as const)('Chinese chart words in %s', (locale) => {
  test('have no English words besides the reviewed names and terms', () => {
    const english = renderings[locale].flatMap(({ name, texts }) => texts.flatMap((text) => untranslatedWords(text).map((word) => `${name}: "${word}" in "${text}"`)));
    expect(english).toEqual([]);
  });

  test('separate a tooltip’s or table cell’s parts with full-width marks (智谱，2022年：5740万元；…), as every Chinese line does', () => {
    const titles = renderings[locale].flatMap(({ texts }) => texts.filter((text) => /，|：/u.test(text)));
    expect(titles.length).toBeGreaterThan(100);
    const halfWidth = renderings[locale].flatMap(({ name, texts }) => texts.filter((text) => /[,:;] /u.test(text)).map((text) => `${name}: ${text}`));
    expect(halfWidth).toEqual([]);
  });

  test('count in 万 and 亿, not in thousands, millions or billions', () => {
    const westernScale = /\d(?:[kKMBG]\b|\s?(?:thousand|million|billion|trillion)\b)/u;
    const western = renderings[locale].flatMap(({ name, texts }) => texts.filter((text) => westernScale.test(text)).map((text) => `${name}: ${text}`));
    expect(western).toEqual([]);
  });
});

test('the six tigers chart gives Baichuan’s remaining staff with one 约', () => {
  const texts = renderings['zh-hans'].filter(({ name }) => name === 'six-tigers').flatMap(({ texts }) => texts);
  expect(texts.some((text) => text.includes('剩余约100人全部投入医疗AI'))).toBe(true);
});
