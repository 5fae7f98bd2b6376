/**
 * Segment gross margins as a dot plot: one 0–100% track per kind of business, Zhipu's dot (circle, label
 * above) and MiniMax's (square, label below) on the same track, so the API row shows the two models'
 * economics side by side. Hedged figures are drawn at the stated value and labelled with the hedge.
 */
import { scaleLinear } from 'd3';
import { getFact, type FactId } from '../../facts/registry';
import { hasDisagreement } from '../../facts/types';
import { formatPercent } from '../../lib/format';
import { isChinese, type Locale } from '../../lib/locale';
import { disagreementMark, disagreementNotes, factText, formatPeriodOrVerbatim, pickWords, type Words } from '../frame/draft-text';
import type { LayoutName } from '../frame/labels';
import { gutter, layoutWidth } from '../frame/layout-kit';
import { estimateTextWidth } from '../frame/text-width';
import type { ChartLayout, ChartOptions, ChartSpec, Mark, ShapeToken } from '../types';

type Company = 'zhipu' | 'minimax';
type Segment = 'overall' | 'api' | 'core';

const margins: Record<Segment, Record<Company, FactId>> = {
  overall: { zhipu: 'zhipu.gross-margin.overall', minimax: 'minimax.gross-margin.overall' },
  api: { zhipu: 'zhipu.gross-margin.api', minimax: 'minimax.gross-margin.api' },
  core: { zhipu: 'zhipu.gross-margin.onprem', minimax: 'minimax.gross-margin.ai-native' },
};
const segments: readonly Segment[] = ['api', 'overall', 'core'];
const companies: readonly Company[] = ['zhipu', 'minimax'];
const shapes: Record<Company, ShapeToken> = { zhipu: 'circle', minimax: 'square' };

export const words: Words<{
  name: Record<Company, string>;
  segment: Record<Segment, string>;
  coreOf: Record<Company, string>;
  subtitle: string;
  apiNote: string;
  periodsNote: string;
  columns: [string, string, string, string];
  caption: string;
  title: (minimaxApi: string, zhipuApi: string) => string;
}> = {
  en: {
    name: { zhipu: 'Zhipu', minimax: 'MiniMax' },
    segment: { overall: 'Whole company', api: 'Selling API access', core: 'Main other business' },
    coreOf: { zhipu: 'on-premise', minimax: 'AI-native apps' },
    subtitle: 'Gross margin by business, % of revenue kept after the cost of sales',
    apiNote: 'Zhipu’s API margin: a NetEase Hao article says only that it “swings around 0%”, so the chart draws it at zero.',
    periodsNote:
      'Periods differ: MiniMax’s margins are for 2025 (AI-native apps: January to September); the outlets describe Zhipu’s as recent or long-standing.',
    columns: ['Business', 'Company', 'Gross margin', 'Period'],
    caption: 'Gross margin by business, Zhipu and MiniMax',
    title: (minimaxApi, zhipuApi) => `Selling API access, MiniMax keeps ${minimaxApi} of revenue as gross profit; Zhipu ${zhipuApi}`,
  },
  'zh-hans': {
    name: { zhipu: '智谱', minimax: 'MiniMax' },
    segment: { overall: '整体', api: 'API调用', core: '另一主要业务' },
    coreOf: { zhipu: '私有化部署', minimax: 'AI原生产品' },
    subtitle: '各业务毛利率（扣除营业成本后留存的营收比例）',
    apiNote: '智谱API毛利率：网易号文章只称其“在0%之间摇摆”，图中画在零。',
    periodsNote: '期间不同：MiniMax为2025年数据（AI原生产品为前三季度）；各媒体对智谱的描述为近期或长期水平。',
    columns: ['业务', '公司', '毛利率', '期间'],
    caption: '智谱与MiniMax各业务毛利率',
    title: (minimaxApi, zhipuApi) => `API业务毛利率：MiniMax${minimaxApi}，智谱${zhipuApi}`,
  },
};

function percentOf(id: FactId): number {
  const value = getFact(id).value;
  if (typeof value !== 'number') throw new Error(`Chart "gross-margins": fact "${id}" must be a single percentage`);
  return value;
}

function valueLabel(company: Company, segment: Segment, locale: Locale): string {
  const t = pickWords(words, locale);
  const id = margins[segment][company];
  const mark = hasDisagreement(getFact(id)) ? disagreementMark : '';
  const what = segment === 'core' ? `${t.name[company]} ${t.coreOf[company]}` : t.name[company];
  return isChinese(locale) ? `${what} ${factText(id, locale)}${mark}` : `${what}: ${factText(id, locale)}${mark}`;
}

function draw(name: LayoutName, locale: Locale): ChartLayout {
  const width = layoutWidth[name];
  const side = gutter[name];
  const t = pickWords(words, locale);
  const left = side;
  const right = width - side;
  const x = scaleLinear().domain([0, 100]).range([left + 6, right - 6]);
  const marks: Mark[] = [];
  const axisY = 14;
  for (const tick of [0, 25, 50, 75, 100]) {
    marks.push({ type: 'text', x: x(tick), y: axisY, text: formatPercent(tick, locale), size: 'small', fill: 'ink-soft', anchor: tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle' });
  }
  let top = axisY + 14;
  const gridTop = top;
  for (const segment of segments) {
    const trackY = top + 18 + 22;
    marks.push({ type: 'text', key: segment, x: left, y: top, text: t.segment[segment], size: 'label', weight: 'bold', baseline: 'top', checked: true });
    marks.push({ type: 'line', key: segment, x1: x(0), y1: trackY, x2: x(100), y2: trackY, stroke: 'rule', strokeWidth: 6 });
    for (const company of companies) {
      const id = margins[segment][company];
      const px = x(percentOf(id));
      const text = valueLabel(company, segment, locale);
      const labelWidth = estimateTextWidth(text, 'label');
      const anchor = px - labelWidth / 2 < left ? 'start' : px + labelWidth / 2 > right ? 'end' : 'middle';
      const above = company === 'zhipu';
      marks.push(
        { type: 'point', key: `${segment}-${company}`, x: px, y: trackY, r: 6, shape: shapes[company], fill: company, title: text },
        {
          type: 'text',
          key: `${segment}-${company}`,
          x: anchor === 'start' ? Math.max(left, px - 8) : anchor === 'end' ? Math.min(right, px + 8) : px,
          y: above ? trackY - 12 : trackY + 12,
          text,
          size: 'label',
          fill: 'ink',
          anchor,
          baseline: above ? 'bottom' : 'top',
          checked: true,
        },
      );
    }
    top = trackY + 12 + 18 + 20;
  }
  const height = top - 8;
  const grid: Mark[] = [0, 25, 50, 75, 100].map((tick) => ({ type: 'line', x1: x(tick), y1: gridTop, x2: x(tick), y2: height, stroke: 'rule', strokeWidth: 1, dash: '2 3' }));
  return { width, height, marks: [...grid, ...marks] };
}

export function grossMargins(options: ChartOptions): ChartSpec {
  const { locale } = options;
  const t = pickWords(words, locale);
  const drawn = segments.flatMap((segment) => companies.map((company) => margins[segment][company]));
  const summary = segments
    .map((segment) => {
      const parts = companies.map((company) => valueLabel(company, segment, locale).replace(disagreementMark, ''));
      return isChinese(locale) ? `${t.segment[segment]}：${parts.join('；')}。` : `${t.segment[segment]}: ${parts.join('; ')}.`;
    })
    .join(isChinese(locale) ? '' : ' ');
  return {
    id: 'gross-margins',
    title: t.title(factText('minimax.gross-margin.api', locale), factText('zhipu.gross-margin.api', locale)),
    subtitle: t.subtitle,
    summary,
    factIds: drawn,
    notes: [...disagreementNotes(drawn, locale), t.apiNote, t.periodsNote],
    legend: companies.map((company) => ({ label: t.name[company], color: company, shape: shapes[company] })),
    table: {
      caption: t.caption,
      columns: t.columns,
      rows: segments.flatMap((segment) =>
        companies.map((company) => {
          const fact = getFact(margins[segment][company]);
          const business = segment === 'core' ? t.coreOf[company] : t.segment[segment];
          return [business, t.name[company], factText(fact.id, locale), formatPeriodOrVerbatim(fact.period, locale)];
        }),
      ),
    },
    narrow: draw('narrow', locale),
    wide: draw('wide', locale),
  };
}
