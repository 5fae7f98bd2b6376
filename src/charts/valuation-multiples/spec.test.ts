import { describe, expect, test } from 'vitest';
import { getFact, type FactId } from '../../facts/registry';
import { hasDisagreement, scaleFactor } from '../../facts/types';
import { formatMultiple, formatValue } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { assertLabelsFit, assertMarksInside } from '../frame/labels';
import type { ChartLayout, Mark } from '../types';
import { inputs } from './figures';
import { valuationMultiplesChart } from './spec';

const locales: readonly Locale[] = ['en', 'zh-hans'];

type Rect = Extract<Mark, { type: 'rect' }>;
type Text = Extract<Mark, { type: 'text' }>;

function amount(id: FactId): number {
  const fact = getFact(id);
  if (fact.unit.kind !== 'money' || typeof fact.value !== 'number') throw new Error(`${id} is not a money figure`);
  return fact.value * scaleFactor[fact.unit.scale];
}

function rate(id: FactId): number {
  const value = getFact(id).value;
  if (typeof value !== 'number') throw new Error(`${id} is not a rate`);
  return value;
}

/** The multiple worked out by hand from the facts: revenue to HK dollars, then valuation ÷ revenue. */
function expectedMultiple(valuationId: FactId, revenueId: FactId): number {
  const revenue = getFact(revenueId);
  const currency = revenue.unit.kind === 'money' ? revenue.unit.currency : 'none';
  const toHkd = currency === 'USD' ? rate('fx.usd-hkd') : currency === 'RMB' ? 1 / rate('fx.hkd-rmb') : NaN;
  return amount(valuationId) / (amount(revenueId) * toHkd);
}

const bars = (layout: ChartLayout) => layout.marks.filter((m): m is Rect => m.type === 'rect');
const texts = (layout: ChartLayout, key: string) => layout.marks.filter((m): m is Text => m.type === 'text' && m.key === key);

describe.each(locales)('valuation multiples chart (%s)', (locale) => {
  const spec = valuationMultiplesChart({ locale });
  const expected = inputs.map((input) => ({ ...input, value: expectedMultiple(input.valuationId, input.revenueId) }));

  test('the multiples are what the facts and our assumed rates give', () => {
    const byKey = Object.fromEntries(expected.map((e) => [e.key, e.value]));
    // MiniMax's market value is a larger multiple of a smaller revenue: the chart's finding.
    expect(byKey['minimax-after']).toBeGreaterThan(2 * byKey['zhipu-after']!);
    expect(byKey['zhipu-after']).toBeGreaterThan(byKey['zhipu-before']!);
    expect(byKey['minimax-after']).toBeGreaterThan(byKey['minimax-before']!);
  });

  test.each(['narrow', 'wide'] as const)('%s layout: one bar per figure, in order, lengths proportional to the multiples', (name) => {
    const drawn = bars(spec[name]);
    expect(drawn.map((b) => b.key)).toEqual(expected.map((e) => e.key));
    const left = drawn[0]!.x;
    drawn.forEach((bar, index) => {
      const e = expected[index]!;
      expect(bar.x).toBe(left);
      expect(bar.width / drawn[0]!.width).toBeCloseTo(e.value / expected[0]!.value, 6);
      expect(bar.fill).toBe(e.company);
      expect(bar.pattern).toBe(e.stage === 'before' ? 'hatch' : 'solid');
    });
  });

  test.each(['narrow', 'wide'] as const)('%s layout: each bar is labelled with its multiple, marked approximate', (name) => {
    for (const e of expected) {
      const label = texts(spec[name], e.key).find((t) => t.weight === 'bold' && t.size === 'value');
      expect(label?.text).toBe(locale === 'en' ? `about ${formatMultiple(e.value, 'en')}` : `约${formatMultiple(e.value, locale)}`);
    }
  });

  test.each(['narrow', 'wide'] as const)('%s layout: other readings of a valuation are ticks on its bar', (name) => {
    for (const e of expected) {
      const alternatives = getFact(e.valuationId).alternatives ?? [];
      const ticks = spec[name].marks.filter((m) => m.type === 'line' && m.key === e.key);
      expect(ticks, e.key).toHaveLength(alternatives.length);
      const bar = bars(spec[name]).find((b) => b.key === e.key)!;
      for (const tick of ticks) {
        if (tick.type !== 'line') continue;
        expect(tick.x1).toBeGreaterThan(bar.x);
        expect(tick.x1).toBeLessThanOrEqual(bar.x + bar.width);
      }
    }
  });

  test.each(['narrow', 'wide'] as const)('%s layout keeps every mark and label inside, with no collisions', (name) => {
    expect(() => assertMarksInside('valuation-multiples', name, spec[name])).not.toThrow();
    expect(() => assertLabelsFit('valuation-multiples', name, spec[name])).not.toThrow();
    expect(spec[name].width).toBe(name === 'narrow' ? 360 : 720);
  });

  test('the table has one row per figure, with the stated valuation and the multiple drawn', () => {
    expect(spec.table.rows).toHaveLength(expected.length);
    spec.table.rows.forEach((row, index) => {
      const e = expected[index]!;
      const valuation = getFact(e.valuationId);
      expect(row[1]).toBe(formatValue(valuation.value, valuation.unit, locale, valuation.qualifier));
      expect(row[3]).toContain(formatMultiple(e.value, locale));
      expect(row).toHaveLength(spec.table.columns.length);
    });
  });

  test('notes say the multiples are ours, name the assumed rates and flag every disagreeing figure', () => {
    const notes = spec.notes.join('\n');
    for (const id of ['fx.usd-hkd', 'fx.hkd-rmb'] as const) {
      const fact = getFact(id);
      expect(notes).toContain(formatValue(fact.value, fact.unit, locale));
      expect(spec.factIds).toContain(id);
    }
    const disagreeing = spec.factIds.filter((id) => hasDisagreement(getFact(id)));
    expect(disagreeing.length).toBeGreaterThan(0);
    expect(spec.notes.filter((n) => n.startsWith('†'))).toHaveLength(disagreeing.length);
    // No seed dates the market values; S1's "約…1100億" shows rounding alone can explain a gap.
    expect(notes).toMatch(locale === 'en' ? /No source dates the market values, and they round them differently/u : /各来源均未注明市值的日期，四舍五入方式也不同/u);
    expect(notes).not.toMatch(/different days|different, undated days|不同日子/u);
  });

  test('the title states both after-listing multiples and the summary gives all four', () => {
    const rounded = (key: string) => formatMultiple(expected.find((e) => e.key === key)!.value, locale).replace(/[×倍]/u, '');
    expect(spec.title).toContain(rounded('minimax-after'));
    expect(spec.title).toContain(rounded('zhipu-after'));
    for (const e of expected) expect(spec.summary).toContain(formatMultiple(e.value, locale));
    for (const input of inputs) expect(spec.factIds).toContain(input.valuationId);
  });
});

test('the Traditional Chinese edition builds with every label inside and apart', () => {
  const spec = valuationMultiplesChart({ locale: 'zh-hant' });
  for (const name of ['narrow', 'wide'] as const) {
    expect(() => assertMarksInside('valuation-multiples', name, spec[name])).not.toThrow();
    expect(() => assertLabelsFit('valuation-multiples', name, spec[name])).not.toThrow();
  }
});
