import { describe, expect, test } from 'vitest';
import { getFact } from '../../facts/registry';
import type { Locale } from '../../lib/locale';
import { t } from '../../lib/strings';
import { pickWords } from '../frame/draft-text';
import { assertLabelsFit, assertMarksInside } from '../frame/labels';
import type { ChartLayout, Mark } from '../types';
import { namedBackers } from './backers';
import { kindShape } from './layout';
import { backersChart } from './spec';

const locales: readonly Locale[] = ['en', 'zh-hans'];
const backers = namedBackers();

type Point = Extract<Mark, { type: 'point' }>;
type Text = Extract<Mark, { type: 'text' }>;

const backerPoints = (layout: ChartLayout) =>
  layout.marks.filter((m): m is Point => m.type === 'point' && backers.some((b) => b.key === m.key));
const textOf = (layout: ChartLayout, key: string) =>
  layout.marks
    .filter((m): m is Text => m.type === 'text' && m.key === key)
    .map((m) => m.text)
    .join(' ');

describe.each(locales)('backers chart (%s)', (locale) => {
  const spec = backersChart({ locale });

  test.each(['narrow', 'wide'] as const)('%s layout draws one marker per named backer, in the sources’ order', (name) => {
    const points = backerPoints(spec[name]);
    expect(points.map((p) => p.key)).toEqual(backers.map((b) => b.key));
    points.forEach((point, index) => {
      const backer = backers[index]!;
      expect(point.fill, backer.key).toBe(backer.company);
      expect(point.shape, backer.key).toBe(kindShape[backer.kind]);
    });
  });

  test.each(['narrow', 'wide'] as const)('%s layout labels each backer by its name, even when wrapped', (name) => {
    for (const backer of backers) {
      const label = textOf(spec[name], backer.key);
      const expected = pickWords(backer.name, locale);
      // Wrapping splits English at spaces and Chinese anywhere; either way the words are all there.
      expect(label.replace(/\s/gu, '')).toBe(expected.replace(/\s/gu, ''));
      expect(spec[name].marks.filter((m) => m.type === 'text' && m.key === backer.key).every((m) => m.type === 'text' && m.checked)).toBe(true);
    }
  });

  test('shapes distinguish the three kinds of investor, so colour is not the only cue', () => {
    expect(new Set(backers.map((b) => kindShape[b.kind])).size).toBe(3);
    expect(spec.legend.map((item) => item.shape)).toEqual(['square', 'circle', 'diamond']);
  });

  test('every link is drawn the same, because no source gives a stake to size it by', () => {
    const links = spec.wide.marks.filter((m) => m.type === 'path');
    expect(links).toHaveLength(backers.length);
    expect(new Set(links.map((m) => m.type === 'path' && m.strokeWidth)).size).toBe(1);
    links.forEach((link) => {
      const backer = backers.find((b) => b.key === link.key);
      expect(link.type === 'path' && link.stroke).toBe(backer?.company);
    });
  });

  test.each(['narrow', 'wide'] as const)('%s layout keeps every mark and label inside, with no collisions', (name) => {
    expect(() => assertMarksInside('backers', name, spec[name])).not.toThrow();
    expect(() => assertLabelsFit('backers', name, spec[name])).not.toThrow();
  });

  test('narrow layout is drawn for a 360 px phone and wide for the desktop column', () => {
    expect(spec.narrow.width).toBe(360);
    expect(spec.wide.width).toBe(720);
  });

  test('the data table has one row per backer, naming the company it backed and no stake', () => {
    const companies = t(locale).chart.companies;
    expect(spec.table.rows.map((row) => row[0])).toEqual(backers.map((b) => pickWords(b.name, locale)));
    expect(spec.table.rows.map((row) => row[1])).toEqual(backers.map((b) => companies[b.company]));
    expect(new Set(spec.table.rows.map((row) => row[3])).size).toBe(1);
    spec.table.rows.forEach((row) => expect(row).toHaveLength(spec.table.columns.length));
  });

  test('title, summary, notes and facts are all there', () => {
    expect(spec.title.length).toBeGreaterThan(10);
    for (const backer of backers) expect(spec.summary).toContain(pickWords(backer.name, locale));
    expect(spec.summary).toContain(locale === 'en' ? 'Bohu Finance' : '伯虎财经');
    expect(spec.notes.length).toBeGreaterThanOrEqual(3);
    expect(spec.factIds).toEqual([
      'zhipu.backer.hangzhou-chengtou',
      'zhipu.backer.shangcheng-capital',
      'zhipu.backer.zhuhai-huafa',
      'minimax.backers',
    ]);
    for (const id of spec.factIds) expect(getFact(id).unit.kind).toBe('text');
  });
});

test('the chart states in both languages that it shows who, not how much', () => {
  expect(backersChart({ locale: 'en' }).notes.join(' ')).toMatch(/not how much/u);
  expect(backersChart({ locale: 'zh-hans' }).notes.join(' ')).toMatch(/不代表投了多少/u);
});

test('editors can override the drafted title and summary', () => {
  const spec = backersChart({ locale: 'en', title: 'Custom title', summary: 'Custom summary' });
  expect(spec.title).toBe('Custom title');
  expect(spec.summary).toBe('Custom summary');
});

test('the Traditional Chinese edition builds with every label inside and apart', () => {
  const spec = backersChart({ locale: 'zh-hant' });
  for (const name of ['narrow', 'wide'] as const) {
    expect(() => assertMarksInside('backers', name, spec[name])).not.toThrow();
    expect(() => assertLabelsFit('backers', name, spec[name])).not.toThrow();
  }
});
