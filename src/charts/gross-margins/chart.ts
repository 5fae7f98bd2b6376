/**
 * Segment gross margins as a dot plot: one 0–100% track per kind of business, Zhipu's dot (circle, label
 * above) and MiniMax's (square, label below) on the same track, so the API row shows the two models'
 * economics side by side. Hedged figures are drawn at the stated value and labelled with the hedge. A label
 * that would run off an end of the track turns inward (start or end anchor) and stops at the panel's edge.
 */
import * as Plot from '@observablehq/plot';
import { getFact, type FactId } from '../../facts/registry';
import { hasDisagreement } from '../../facts/types';
import { formatPercent } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { disagreementMark, disagreementNotes, factText, formatPeriodOrVerbatim } from '../frame/draft-text';
import { estimateTextWidth } from '../frame/text-width';
import { definePlotChart } from '../plot/define-plot-chart';
import { anchoredText, inward, type Anchor } from '../plot/marks';
import { color } from '../plot/paint';
import type { ShapeToken } from '../types';
import { words, type Company, type MarginWords, type Segment } from './words';

const margins: Record<Segment, Record<Company, FactId>> = {
  overall: { zhipu: 'zhipu.gross-margin.overall', minimax: 'minimax.gross-margin.overall' },
  api: { zhipu: 'zhipu.gross-margin.api', minimax: 'minimax.gross-margin.api' },
  core: { zhipu: 'zhipu.gross-margin.onprem', minimax: 'minimax.gross-margin.ai-native' },
};
const segments: readonly Segment[] = ['api', 'overall', 'core'];
const companies: readonly Company[] = ['zhipu', 'minimax'];
const shapes: Record<Company, ShapeToken> = { zhipu: 'circle', minimax: 'square' };
const drawn = segments.flatMap((segment) => companies.map((company) => margins[segment][company]));
/** Each track's row: its heading at the top, the track 40 below, labels 12 above and below the track. */
const [axisRoom, rowHeight, trackAt, labelGap, inset] = [28, 90, 40, 12, 6];

function percentOf(id: FactId): number {
  const value = getFact(id).value;
  if (typeof value !== 'number') throw new Error(`Chart "gross-margins": fact "${id}" must be a single percentage`);
  return value;
}

function valueLabel(company: Company, segment: Segment, t: MarginWords, locale: Locale): string {
  const id = margins[segment][company];
  const what = segment === 'core' ? `${t.name[company]} ${t.coreOf[company]}` : t.name[company];
  return t.valueLabel(what, `${factText(id, locale)}${hasDisagreement(getFact(id)) ? disagreementMark : ''}`);
}

export default definePlotChart({
  id: 'gross-margins',
  description: {
    en: 'Segment gross margins as a dot plot: whole company, API and each company’s other main business, Zhipu and MiniMax on shared 0–100% tracks.',
    'zh-hans': '各业务毛利率点图：整体、API及各自另一主要业务，智谱与MiniMax画在同一0至100%刻度上。',
  },
  usage: { en: 'Where a chapter asks which business makes money on each sale.', 'zh-hans': '用于讨论哪项业务每笔销售能赚钱的段落。' },
  words,
  facts: drawn,
  text: ({ t, locale }) => ({
    title: t.title(factText('minimax.gross-margin.api', locale), factText('zhipu.gross-margin.api', locale)),
    subtitle: t.subtitle,
    summary: segments
      .map((segment) => t.segmentSentence(t.segment[segment], companies.map((company) => valueLabel(company, segment, t, locale).replace(disagreementMark, ''))))
      .join(t.sentenceGap),
    notes: [...disagreementNotes(drawn, locale), t.apiNote, t.periodsNote],
    legend: companies.map((company) => ({ label: t.name[company], color: company, shape: shapes[company] })),
    table: {
      caption: t.caption,
      columns: t.columns,
      rows: segments.flatMap((segment) =>
        companies.map((company) => {
          const fact = getFact(margins[segment][company]);
          return [segment === 'core' ? t.coreOf[company] : t.segment[segment], t.name[company], factText(fact.id, locale), formatPeriodOrVerbatim(fact.period, locale)];
        }),
      ),
    },
  }),
  plot: ({ t, locale, width, side }) => {
    const panelWidth = width - side * 2;
    const perPoint = (panelWidth - inset * 2) / 100;
    const ticks = [0, 25, 50, 75, 100];
    const dots = segments.flatMap((segment) =>
      companies.map((company) => {
        const value = percentOf(margins[segment][company]);
        const label = valueLabel(company, segment, t, locale);
        const [px, half] = [inset + value * perPoint, estimateTextWidth(label, 'label') / 2];
        const anchor: Anchor = px - half < 0 ? 'start' : px + half > panelWidth ? 'end' : 'middle';
        // Turned labels start (or end) a little before the dot, but never past the panel's edge.
        const labelPx = anchor === 'start' ? Math.max(0, px - 8) : anchor === 'end' ? Math.min(panelWidth, px + 8) : px;
        return { key: `${segment}-${company}`, segment, company, value, label, anchor, labelAt: (labelPx - inset) / perPoint };
      }),
    );
    const labels = (company: Company, above: boolean) =>
      anchoredText(dots.filter((dot) => dot.company === company), (dot) => dot.anchor, {
        x: 'labelAt', y: 'segment', dy: trackAt - rowHeight / 2 + (above ? -labelGap : labelGap), lineAnchor: above ? 'bottom' : 'top', className: 't-label', text: 'label', ariaLabel: 'key',
      });
    const height = axisRoom + segments.length * rowHeight - 8;
    return {
      height,
      margin: 0, marginTop: axisRoom,
      x: { domain: [0, 100], range: [inset, panelWidth - inset], axis: null },
      y: { type: 'band', domain: segments, range: [axisRoom, axisRoom + segments.length * rowHeight], padding: 0, axis: null },
      marks: [
        Plot.ruleX(ticks, { stroke: color.rule, strokeDasharray: '2 3' }),
        ...anchoredText(ticks, inward(ticks.length), { x: (tick: number) => tick, frameAnchor: 'top', dy: 14 - axisRoom, lineAnchor: 'bottom', className: 't-small unchecked', fill: color['ink-soft'], text: (tick: number) => formatPercent(tick, locale) }),
        Plot.text(segments, { y: (segment: Segment) => segment, frameAnchor: 'left', dy: -rowHeight / 2, lineAnchor: 'top', textAnchor: 'start', className: 't-label t-bold', text: (segment: Segment) => t.segment[segment], ariaLabel: (segment: Segment) => segment }),
        Plot.ruleY(segments, { y: (segment: Segment) => segment, dy: trackAt - rowHeight / 2, x1: 0, x2: 100, stroke: color.rule, strokeWidth: 6, ariaLabel: (segment: Segment) => segment }),
        Plot.dot(dots, { x: 'value', y: 'segment', dy: trackAt - rowHeight / 2, r: 6, symbol: (dot) => shapes[dot.company as Company], fill: (dot) => color[dot.company as Company], title: 'label', ariaLabel: 'key' }),
        ...labels('zhipu', true),
        ...labels('minimax', false),
      ],
    };
  },
});
