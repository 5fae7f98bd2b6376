/**
 * What the market paid for each company's revenue: valuation before listing and market value after, each
 * divided by 2024 revenue. The multiples are ours (derived with assumed exchange rates), the valuations
 * are undated and rounded differently by each outlet, and one pre-listing figure covers both companies; the
 * chart says all three.
 */
import { getFact, type FactId } from '../../facts/registry';
import { formatMoney, formatMultiple, formatPlain, formatValue, qualify } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { t } from '../../lib/strings';
import { hasDisagreement } from '../../facts/types';
import { disagreementMark, disagreementNotes, factText, joinList, pickWords, readingOutlets } from '../frame/draft-text';
import type { ChartBuilder, LegendItem } from '../types';
import { multipleFigures, type MultipleFigure, type OtherReading } from './figures';
import { narrowLayout, stagePattern, wideLayout, type BarRow } from './layout';
import { words } from './words';

function multipleText(value: number, approximate: boolean, locale: Locale): string {
  return qualify(formatMultiple(value, locale), approximate ? 'about' : undefined, locale);
}

function otherText(reading: OtherReading, locale: Locale): string {
  // A hedged reading ("more than HK$100 billion") keeps its hedge; an exact one still went through our rate.
  return qualify(formatMultiple(reading.value, locale), reading.qualifier ?? 'about', locale);
}

/** A drawn figure as labelled on the chart, marked when its sources disagree (the notes say how). */
function figureLabel(id: FactId, locale: Locale): string {
  return `${factText(id, locale)}${hasDisagreement(getFact(id)) ? disagreementMark : ''}`;
}

const rateIds: readonly FactId[] = ['fx.usd-hkd', 'fx.hkd-rmb'];

export const valuationMultiplesChart: ChartBuilder = ({ locale, title, summary }) => {
  const w = pickWords(words, locale);
  const companyNames = t(locale).chart.companies;
  const figures = multipleFigures();
  const find = (key: string): MultipleFigure => {
    const figure = figures.find((f) => f.key === key);
    if (!figure) throw new Error(`src/charts/valuation-multiples/spec.ts: no figure "${key}"`);
    return figure;
  };
  const shown = (f: MultipleFigure) => multipleText(f.multiple.value, f.multiple.approximate, locale);
  const bare = (f: MultipleFigure) => formatPlain(f.multiple.value, locale, { digits: 3 });

  const rows: BarRow[] = figures.map((f) => ({
    key: f.key,
    company: f.company,
    stage: f.stage,
    multiple: f.multiple.value,
    valueLabel: shown(f),
    inputs: w.inputs(figureLabel(f.valuationId, locale), figureLabel(f.revenueId, locale)),
    others: f.others.map((o) => o.value),
    othersLabel:
      f.others.length > 0 ? w.others(joinList(f.others.map((o) => w.otherReading(otherText(o, locale), readingOutlets(o, locale))), locale)) : undefined,
  }));

  const factIds: FactId[] = [...new Set(figures.flatMap((f) => f.multiple.inputs))];
  const drawnFacts = factIds.filter((id) => !rateIds.includes(id));
  const rates = joinList(
    factIds.filter((id) => rateIds.includes(id)).map((id) => factText(id, locale)),
    locale,
  );
  const marketSources = readingOutlets({ sources: ['zhipu.market-value', 'minimax.market-value'].flatMap((id) => getFact(id).sources) }, locale);
  const before = find('zhipu-before');
  const revenueText = (f: MultipleFigure) => factText(f.revenueId, locale);

  const legend: LegendItem[] = (['before', 'after'] as const).map((stage) => ({
    label: w.stage[stage],
    color: 'neutral',
    pattern: stagePattern[stage],
  }));
  const layoutWords = { company: companyNames, stage: w.stage };

  return {
    id: 'valuation-multiples',
    title: title ?? w.title({ zhipu: bare(find('zhipu-after')), minimax: bare(find('minimax-after')) }),
    subtitle: w.subtitle,
    summary:
      summary ??
      w.summary({
        before: factText(before.valuationId, locale),
        zhipuBefore: shown(before),
        minimaxBefore: shown(find('minimax-before')),
        zhipuRevenue: revenueText(before),
        minimaxRevenue: revenueText(find('minimax-before')),
        zhipuValue: factText('zhipu.market-value', locale),
        zhipuAfter: shown(find('zhipu-after')),
        minimaxValue: factText('minimax.market-value', locale),
        minimaxAfter: shown(find('minimax-after')),
      }),
    factIds,
    notes: [
      w.notes.computed(rates),
      w.notes.undatedValues(marketSources),
      w.notes.sharedValuation(readingOutlets(getFact(before.valuationId), locale), factText(before.valuationId, locale)),
      w.notes.latestFullYear,
      ...disagreementNotes(drawnFacts, locale),
    ],
    legend,
    table: {
      caption: w.tableCaption,
      columns: w.columns,
      rows: figures.map((f) => {
        const valuation = getFact(f.valuationId);
        const revenueHkd = qualify(formatMoney(f.revenueHkd.value * 1e6, 'HKD', locale, { digits: 4 }), 'about', locale);
        return [
          w.rowName(companyNames[f.company], w.stage[f.stage]),
          formatValue(valuation.value, valuation.unit, locale, valuation.qualifier),
          w.revenueCell(factText(f.revenueId, locale), revenueHkd),
          shown(f),
        ];
      }),
    },
    narrow: narrowLayout(rows, layoutWords),
    wide: wideLayout(rows, layoutWords),
  };
};
