/**
 * The pieces of `npm run new:chart -- <id> <fact-id>...`: a chart folder drawn with Observable Plot, one
 * horizontal bar per fact (its name above it, its value at the right), with its words in English and
 * Simplified Chinese and a test. The folder registers itself (src/charts/registry.ts), so `<Chart id="…" />`
 * works at once; the editor then rewrites the words and, if the story needs it, the drawing.
 */
import { formatPeriod, formatPeriodOrVerbatim, subjectName } from '../charts/frame/draft-text.ts';
import type { Fact } from '../facts/types.ts';

const idPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u;

/** Why `id` cannot name a new chart, or undefined when it can. */
export function chartIdProblem(id: string, existing: readonly string[]): string | undefined {
  if (!idPattern.test(id)) return `"${id}" is not a chart id: use lower-case words joined by hyphens, e.g. "revenue-per-user".`;
  return existing.includes(id) ? `a chart "${id}" already exists: src/charts/${id}/.` : undefined;
}

/** Why these facts cannot be the bars of one chart, or undefined when they can. */
export function barFactsProblem(ids: readonly string[], facts: ReadonlyMap<string, Fact>, closest: (id: string) => string[]): string | undefined {
  if (ids.length === 0) return 'name the facts to draw, one bar each: npm run new:chart -- <id> <fact-id> <fact-id>... (npm run facts -- <words> finds them).';
  const unknown = ids.find((id) => !facts.has(id));
  if (unknown) return `unknown fact id "${unknown}". Did you mean ${closest(unknown).map((id) => `"${id}"`).join(', ')}?`;
  if (new Set(ids).size !== ids.length) return 'a fact is named twice; each bar is one fact.';
  const chosen = ids.map((id) => facts.get(id) as Fact);
  const notNumber = chosen.find((fact) => typeof fact.value !== 'number');
  if (notNumber) return `fact "${notNumber.id}" is not a single number (a range, a date or a phrase), so it cannot be a bar.`;
  const unit = JSON.stringify(chosen[0]!.unit);
  const other = chosen.find((fact) => JSON.stringify(fact.unit) !== unit);
  if (other) return `facts "${chosen[0]!.id}" and "${other.id}" are in different units; bars on one scale need one unit (convert with a Derived figure first, or make two charts).`;
  return undefined;
}

/** The theme colour of a bar: the company's own, or neutral for anyone else. */
function colourOf(fact: Fact): string {
  return fact.subject === 'zhipu' || fact.subject === 'minimax' ? fact.subject : 'neutral';
}

function unitLine(fact: Fact, language: 'en' | 'zh-hans'): string {
  const { unit } = fact;
  const en = language === 'en';
  switch (unit.kind) {
    case 'money': {
      const currency = en ? { RMB: 'RMB', USD: 'US dollars', HKD: 'HK dollars' }[unit.currency] : { RMB: '人民币', USD: '美元', HKD: '港元' }[unit.currency];
      return en ? `${fact.metric}, ${currency}` : `${fact.metricZh}（${currency}）`;
    }
    case 'percent':
      return en ? `${fact.metric}, per cent` : `${fact.metricZh}（%）`;
    case 'count':
      return en ? `${fact.metric}, ${unit.counted}` : fact.metricZh;
    case 'days':
      return en ? `${fact.metric}, days` : `${fact.metricZh}（天）`;
    default:
      return en ? fact.metric : fact.metricZh;
  }
}

/** The period as a chart's label says it ("2024年"), or as written when it follows no known pattern. */
function periodText(period: string, language: 'en' | 'zh-hans'): string {
  try {
    return formatPeriod(period, language, language === 'en' ? 'short' : 'long');
  } catch {
    return formatPeriodOrVerbatim(period, language);
  }
}

function barLabel(fact: Fact, language: 'en' | 'zh-hans'): string {
  const period = periodText(fact.period, language);
  return language === 'en' ? `${subjectName(fact, 'en')}, ${period}` : `${subjectName(fact, 'zh-hans')}，${period}`;
}

const quoted = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** The chart's words: the editor's to rewrite; labels start as each fact's company and period. */
export function wordsFile(id: string, facts: readonly Fact[]): string {
  const labels = (language: 'en' | 'zh-hans') => facts.map((fact) => `      ${quoted(barLabel(fact, language))},`).join('\n');
  return `/** The ${id} chart's words: English and Simplified Chinese (the Traditional edition is generated from the Simplified). */
import type { Words } from '../frame/draft-text';

export interface ChartWords {
  /** The headline: what the reader should see, in one sentence. */
  title: string;
  /** What is measured, and in what unit. */
  subtitle: string;
  /** One name per bar, in the order of \`bars\` in chart.ts. */
  labels: readonly string[];
  column: { bar: string; value: string };
  /** One sentence per bar, for the summary screen readers read. */
  sentence: (label: string, value: string) => string;
}

export const words: Words<ChartWords> = {
  en: {
    title: ${quoted(`${facts[0]!.metric}: say here what the reader should see`)},
    subtitle: ${quoted(unitLine(facts[0]!, 'en'))},
    labels: [
${labels('en')}
    ],
    column: { bar: 'Figure', value: 'Value' },
    sentence: (label, value) => \`\${label}: \${value}.\`,
  },
  'zh-hans': {
    title: ${quoted(`${facts[0]!.metricZh}：在此写明读者应看到什么`)},
    subtitle: ${quoted(unitLine(facts[0]!, 'zh-hans'))},
    labels: [
${labels('zh-hans')}
    ],
    column: { bar: '项目', value: '数值' },
    sentence: (label, value) => \`\${label}：\${value}。\`,
  },
};
`;
}

/** The chart's definition: the facts it draws, in order, and how Plot draws them. */
export function chartFile(id: string, facts: readonly Fact[]): string {
  const bars = facts.map((fact) => `  { fact: ${quoted(fact.id)}, color: ${quoted(colourOf(fact))} },`).join('\n');
  const metric = facts[0]!;
  return `/**
 * ${metric.metric}, one bar per fact, drawn with Observable Plot: each bar's name above it on the left and
 * its value on the right. Scaffolded by \`npm run new:chart\`; docs/EDITING.md ("Add a chart") explains each part.
 */
import * as Plot from '@observablehq/plot';
import { getFact, type FactId } from '../../facts/registry';
import { disagreementNotes, factText } from '../frame/draft-text';
import { definePlotChart } from '../plot/define-plot-chart';
import { color } from '../plot/paint';
import type { ColorToken } from '../types';
import { words } from './words';

/** The bars, top to bottom: one fact each, all in one unit, in a theme colour (words.ts names them). */
const bars: readonly { fact: FactId; color: ColorToken }[] = [
${bars}
];
const factIds = bars.map((bar) => bar.fact);

function amount(id: FactId): number {
  const { value } = getFact(id);
  if (typeof value !== 'number') throw new Error(\`src/charts/${id}/chart.ts: fact "\${id}" is not a single number, so it cannot be a bar\`);
  return value;
}

export default definePlotChart({
  id: ${quoted(id)},
  description: {
    en: ${quoted(`${metric.metric}: one bar per figure.`)},
    'zh-hans': ${quoted(`${metric.metricZh}：每个数字一根条形。`)},
  },
  usage: {
    en: 'Say here where a chapter would show this chart.',
    'zh-hans': '在此写明章节在何处使用此图。',
  },
  words,
  facts: factIds,
  text: ({ t, locale }) => {
    const label = (index: number) => t.labels[index] ?? factIds[index]!;
    return {
      title: t.title,
      subtitle: t.subtitle,
      summary: factIds.map((id, index) => t.sentence(label(index), factText(id, locale))).join(' '),
      notes: disagreementNotes(factIds, locale),
      table: {
        caption: t.title,
        columns: [t.column.bar, t.column.value],
        rows: factIds.map((id, index) => [label(index), factText(id, locale)]),
      },
    };
  },
  plot: ({ t, locale }) => {
    const rows = bars.map((bar, index) => ({ ...bar, label: t.labels[index] ?? bar.fact, amount: amount(bar.fact), value: factText(bar.fact, locale) }));
    const widest = Math.max(...rows.map((row) => row.amount));
    return {
      height: rows.length * 52,
      marginTop: 0,
      marginRight: 0,
      marginBottom: 0,
      marginLeft: 0,
      x: { axis: null, domain: [0, widest] },
      y: { axis: null, domain: factIds, paddingInner: 0.5, paddingOuter: 0.3 },
      marks: [
        Plot.barX(rows, { y: 'fact', x: 'amount', fill: (row) => color[row.color], ariaLabel: 'fact' }),
        Plot.text(rows, { y: 'fact', x: 0, text: 'label', textAnchor: 'start', dy: -18, className: 't-label', ariaLabel: 'fact' }),
        Plot.text(rows, { y: 'fact', x: widest, text: 'value', textAnchor: 'end', dy: -18, className: 't-value', ariaLabel: 'fact' }),
      ],
    };
  },
});
`;
}

/** A test of the scaffolded chart: it registers, draws a bar per fact to scale in both layouts, and speaks both languages. */
export function testFile(id: string, facts: readonly Fact[]): string {
  const values = facts.map((fact) => fact.value as number);
  const widest = Math.max(...values);
  const narrowest = facts[values.indexOf(Math.min(...values))]!;
  const top = facts[values.indexOf(widest)]!;
  return `import { describe, expect, test } from 'vitest';
import { rects } from '../../../tests/support/chart-marks';
import { buildChart } from '../registry';

describe('${id}', () => {
  const spec = buildChart('${id}', { locale: 'en' }, 'chart.test.ts');

  test.each(['narrow', 'wide'] as const)('the %s layout draws one bar per fact, in order', (layout) => {
    expect(rects(spec[layout]).map((bar) => bar.key)).toEqual([
${facts.map((fact) => `      ${quoted(fact.id)},`).join('\n')}
    ]);
  });

  test('bars are drawn to scale', () => {
    const width = (key: string) => rects(spec.wide).find((bar) => bar.key === key)?.width ?? Number.NaN;
    expect(width(${quoted(narrowest.id)}) / width(${quoted(top.id)})).toBeCloseTo(${String(Math.min(...values))} / ${String(widest)}, 3);
  });

  test('the table has a row per fact, and the Chinese edition has its own words', () => {
    expect(spec.table.rows).toHaveLength(${facts.length});
    expect(buildChart('${id}', { locale: 'zh-hans' }, 'chart.test.ts').table.columns).toEqual(['项目', '数值']);
  });
});
`;
}

/** Every file of the new folder, by path relative to src/charts/. */
export function chartFolder(id: string, facts: readonly Fact[]): Record<string, string> {
  return {
    [`${id}/chart.ts`]: chartFile(id, facts),
    [`${id}/words.ts`]: wordsFile(id, facts),
    [`${id}/chart.test.ts`]: testFile(id, facts),
  };
}
