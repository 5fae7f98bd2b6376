/**
 * The global scale gap in US dollars on one log scale: Zhipu's and MiniMax's 2024 revenue against
 * OpenAI's, Anthropic's and Manus's revenue or annualised revenue, and US tech giants' 2025 capital
 * spending. Ranges (Google, Meta) are drawn as ranges, lower bounds with an arrow. States for
 * scrollytelling: 'revenue', 'capex' and 'all'.
 */
import { multiple } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import { formatMultiple, formatValue } from '../../lib/format';
import { hasDisagreement } from '../../facts/types';
import type { Locale } from '../../lib/locale';
import { t } from '../../lib/strings';
import { disagreementMark, disagreementNotes, factText, pickWords, type Words } from '../frame/draft-text';
import { textSizePx } from '../frame/text-width';
import { absoluteRange, figureLabel } from '../kit/figures';
import { drawLogRows, type LogRow, type LogRowsGeometry } from '../kit/log-rows';
import { logRowsGeometry, logRowsTable, logScaleNote, seriesRow, type LogSeries } from '../kit/log-series';
import { resolveState } from '../kit/states';
import type { ChartBuilder, ChartLayout, ChartSpec, Mark } from '../types';

export const id = 'global-gap';

export const states = ['revenue', 'capex', 'all'] as const;
type State = (typeof states)[number];
type Group = Exclude<State, 'all'>;

interface Series extends LogSeries {
  /** The row's description already says the figure is an estimate or guidance, so the label drops "an expected". */
  hedgeInWhat?: boolean;
  group: Group;
}

/** In ascending order within each group, so the rows climb to the right like a staircase. */
const series: readonly Series[] = [
  { fact: 'minimax.revenue.2024', group: 'revenue', color: 'minimax', shape: 'diamond', name: { en: 'MiniMax', 'zh-hans': 'MiniMax' }, what: { en: 'revenue, 2024', 'zh-hans': '2024年营收' } },
  { fact: 'zhipu.revenue-usd.2024', group: 'revenue', color: 'zhipu', shape: 'circle', name: { en: 'Zhipu', 'zh-hans': '智谱' }, what: { en: 'revenue, 2024, converted to US$', 'zh-hans': '2024年营收（换算为美元）' } },
  { fact: 'global.manus.arr', group: 'revenue', color: 'other', shape: 'square', name: { en: 'Manus', 'zh-hans': 'Manus' }, what: { en: 'annualised revenue, 2025 (expected)', 'zh-hans': '2025年年化营收（预计）' } },
  { fact: 'global.openai.revenue.2024', group: 'revenue', color: 'other', shape: 'square', name: { en: 'OpenAI', 'zh-hans': 'OpenAI' }, what: { en: 'revenue, 2024', 'zh-hans': '2024年收入' } },
  { fact: 'global.anthropic.arr.end-2025', hedgeInWhat: true, group: 'revenue', color: 'other', shape: 'square', name: { en: 'Anthropic', 'zh-hans': 'Anthropic' }, what: { en: 'revenue or ARR, 2025 (expected)', 'zh-hans': '2025年营收或年化营收（预计）' } },
  { fact: 'global.openai.revenue.2025', group: 'revenue', color: 'other', shape: 'square', name: { en: 'OpenAI', 'zh-hans': 'OpenAI' }, what: { en: 'revenue, 2025 (full-year estimate)', 'zh-hans': '2025年全年收入（预估）' } },
  { fact: 'global.meta.capex.2025', hedgeInWhat: true, group: 'capex', color: 'neutral', shape: 'triangle', name: { en: 'Meta', 'zh-hans': 'Meta' }, what: { en: '2025, raised guidance', 'zh-hans': '2025年，上调后指引' } },
  { fact: 'global.microsoft.capex.9m-2025', group: 'capex', color: 'neutral', shape: 'triangle', name: { en: 'Microsoft', 'zh-hans': '微软' }, what: { en: 'first three quarters of 2025 only', 'zh-hans': '仅2025年前三季度' } },
  { fact: 'global.google.capex.2025', hedgeInWhat: true, group: 'capex', color: 'neutral', shape: 'triangle', name: { en: 'Google', 'zh-hans': '谷歌' }, what: { en: '2025, guidance', 'zh-hans': '2025年，指引' } },
  { fact: 'global.amazon.capex.2025', hedgeInWhat: true, group: 'capex', color: 'neutral', shape: 'triangle', name: { en: 'Amazon', 'zh-hans': '亚马逊' }, what: { en: '2025, guidance', 'zh-hans': '2025年，指引' } },
];

const gapTop: FactId = 'global.openai.revenue.2024';
const gapBottoms = ['zhipu.revenue-usd.2024', 'minimax.revenue.2024'] as const satisfies readonly FactId[];

export const words: Words<{
  title: (zhipu: string, minimax: string) => string;
  revenueTitle: (zhipu: string, minimax: string) => string;
  capexTitle: (amazon: string) => string;
  subtitle: string;
  heading: Record<Group, string>;
  gapLabel: (times: string) => string;
  summary: (f: Record<'zhipu' | 'minimax' | 'openai24' | 'openai25' | 'anthropic' | 'manus' | 'zhipuTimes' | 'minimaxTimes' | 'amazon' | 'google' | 'meta' | 'microsoft' | 's4', string>) => string;
  computedNote: (zhipu: string, minimax: string) => string;
  s4Note: (claim: string) => string;
  conversionNote: string;
  kindsNote: string;
  key: Record<'others' | 'capex' | 'range', string>;
  caption: string;
  columns: [string, string];
}> = {
  en: {
    title: (zhipu, minimax) => `In 2024 OpenAI took in ${zhipu} Zhipu’s revenue and ${minimax} MiniMax’s; US giants’ spending dwarfs them all`,
    revenueTitle: (zhipu, minimax) => `In 2024 OpenAI took in ${zhipu} Zhipu’s revenue and ${minimax} MiniMax’s`,
    capexTitle: (amazon) => `US giants’ 2025 capital spending dwarfs every revenue figure; Amazon alone guided ${amazon}`,
    subtitle: 'Revenue, annualised revenue and capital spending, US$, log scale',
    heading: { revenue: 'Revenue and annualised revenue', capex: 'Capital spending, 2025' },
    gapLabel: (times) => `OpenAI’s 2024 revenue: ${times} Zhipu’s`,
    summary: (f) =>
      `In 2024 Zhipu’s revenue was ${f.zhipu} and MiniMax’s ${f.minimax}, against OpenAI’s ${f.openai24}: ${f.zhipuTimes} and ${f.minimaxTimes} as much. ` +
      `For 2025 OpenAI’s revenue was put at ${f.openai25}; Anthropic’s revenue (annualised or full-year: the article is unclear) was expected to reach ${f.anthropic} and Manus’s ${f.manus}. ` +
      `US tech giants guided their 2025 capital spending to ${f.amazon} at Amazon, ${f.google} at Google and ${f.meta} at Meta; Microsoft spent ${f.microsoft} in the first three quarters alone. ` +
      `A NetEase Hao article puts the revenue gap at ${f.s4}.`,
    computedNote: (zhipu, minimax) => `We divided OpenAI’s 2024 revenue by each company’s to get the multiples (${zhipu} for Zhipu, ${minimax} for MiniMax).`,
    s4Note: (claim) => `A NetEase Hao article describes the gap between China’s and the world’s pure-play model makers as ${claim}.`,
    conversionNote: 'Zhipu reports in renminbi; its US-dollar revenue is the NetEase Hao article’s own conversion of RMB 312 million.',
    kindsNote: 'Not all like for like: annualised revenue (ARR) is a run rate, not booked revenue; Microsoft’s figure covers three quarters; 2025 figures are estimates or guidance.',
    key: { others: 'Other companies’ revenue', capex: 'Capital spending', range: 'A range the source gives' },
    caption: 'Revenue and capital spending, US$',
    columns: ['Company and measure', 'US$'],
  },
  'zh-hans': {
    title: (zhipu, minimax) => `2024年OpenAI收入是智谱的${zhipu}、MiniMax的${minimax}；美国巨头的资本开支更远超所有人`,
    revenueTitle: (zhipu, minimax) => `2024年OpenAI收入是智谱的${zhipu}、MiniMax的${minimax}`,
    capexTitle: (amazon) => `美国巨头的资本开支远超以上所有收入：仅亚马逊2025年就达${amazon}`,
    subtitle: '收入、年化营收与资本开支，美元，对数刻度',
    heading: { revenue: '收入与年化营收', capex: '2025年资本开支' },
    gapLabel: (times) => `2024年OpenAI收入是智谱的${times}`,
    summary: (f) =>
      `2024年智谱营收${f.zhipu}，MiniMax营收${f.minimax}，OpenAI收入${f.openai24}，分别是两者的${f.zhipuTimes}和${f.minimaxTimes}。` +
      `OpenAI 2025年收入预估${f.openai25}，Anthropic营收（年化或全年口径不明）预计达${f.anthropic}，Manus年化营收${f.manus}。` +
      `美国科技巨头2025年资本开支指引：亚马逊${f.amazon}，谷歌${f.google}，Meta ${f.meta}；微软仅前三季度就达${f.microsoft}。` +
      `网易号文章称收入差距${f.s4}。`,
    computedNote: (zhipu, minimax) => `倍数（智谱${zhipu}、MiniMax ${minimax}）为本站根据2024年数字计算。`,
    s4Note: (claim) => `网易号文章称中国与全球纯正大模型厂商的收入差距为${claim}。`,
    conversionNote: '智谱以人民币报告；其美元营收为网易号文章自行换算（3.12亿元）。',
    kindsNote: '口径不尽相同：年化营收（ARR）是收入运行速率，并非已确认收入；微软数字只含三个季度；2025年数字为预估或指引。',
    key: { others: '其他公司收入', capex: '资本开支', range: '来源给出的区间' },
    caption: '收入与资本开支（美元）',
    columns: ['公司与指标', '美元'],
  },
};

/** The value without its hedge, for sentences and rows whose own words say it is an estimate. */
function bare(factId: FactId, locale: Locale): string {
  const fact = getFact(factId);
  return formatValue(fact.value, fact.unit, locale);
}

function unhedgedLabel(factId: FactId, locale: Locale): string {
  return `${bare(factId, locale)}${hasDisagreement(getFact(factId)) ? disagreementMark : ''}`;
}

function rowsFor(locale: Locale, state: State): LogRow[] {
  return series.map((s) => {
    const label = s.hedgeInWhat ? unhedgedLabel(s.fact, locale) : figureLabel(s.fact, locale);
    return { ...seriesRow(s, { ...absoluteRange(id, s.fact), label }, locale), group: s.group, dimmed: state !== 'all' && state !== s.group };
  });
}

/** Whole multiples: "82×" reads as a gap, "82.2×" as false precision from rounded inputs. */
function timesOver(bottom: FactId, locale: Locale): string {
  return formatMultiple(Math.round(multiple(gapTop, bottom).value), locale, { digits: 4 });
}

/** A double-headed bracket under the revenue rows from Zhipu's 2024 revenue to OpenAI's, with the multiple. */
function gapMarks(x0: number, x1: number, y: number, label: string, dimmed: boolean): Mark[] {
  const key = 'gap';
  const head = 5;
  return [
    { key, dimmed, type: 'line', x1: x0 + 1, y1: y, x2: x1 - 1, y2: y, stroke: 'ink', strokeWidth: 1.25 },
    { key, dimmed, type: 'path', d: `M${x0},${y}L${x0 + head},${y - head * 0.7}L${x0 + head},${y + head * 0.7}Z`, fill: 'ink' },
    { key, dimmed, type: 'path', d: `M${x1},${y}L${x1 - head},${y - head * 0.7}L${x1 - head},${y + head * 0.7}Z`, fill: 'ink' },
    { key, dimmed, type: 'text', x: x0, y: y + 6, text: label, size: 'small', weight: 'bold', baseline: 'top', checked: true },
  ];
}

const bracketHeight = 6 + 6 + textSizePx.small + 10;

function layout(rows: readonly LogRow[], locale: Locale, state: State, g: LogRowsGeometry, scaleRows: readonly LogRow[] = rows): ChartLayout {
  const w = pickWords(words, locale);
  const headings = new Map<string, string>(Object.entries(w.heading));
  const lastRevenue = rows.filter((row) => row.group === 'revenue').at(-1)?.key;
  const spaced = rows.map((row) => (row.key === lastRevenue ? { ...row, spaceAfter: bracketHeight } : row));
  const drawing = drawLogRows(spaced, headings, locale, g, 0, scaleRows);
  if (!lastRevenue) return { width: g.width, height: drawing.bottom + 4, marks: drawing.marks };
  const bracketY = drawing.spaces.get(lastRevenue) ?? drawing.bottom;
  const zhipuX = drawing.x(absoluteRange(id, 'zhipu.revenue-usd.2024').low);
  const openaiX = drawing.x(absoluteRange(id, gapTop).low);
  const label = w.gapLabel(timesOver('zhipu.revenue-usd.2024', locale));
  return {
    width: g.width,
    height: drawing.bottom + 4,
    marks: [...drawing.marks, ...gapMarks(zhipuX, openaiX, bracketY + 6, label, state === 'capex')],
  };
}

export const build: ChartBuilder = (options): ChartSpec => {
  const { locale } = options;
  const state = resolveState(id, states, options.state, 'all');
  const w = pickWords(words, locale);
  const rows = rowsFor(locale, state);
  const [zhipuTimes, minimaxTimes] = gapBottoms.map((bottom) => timesOver(bottom, locale)) as [string, string];
  const factIds: FactId[] = [...series.map((s) => s.fact), 'industry.gap-multiple'];
  const s4 = factText('industry.gap-multiple', locale);
  return {
    id,
    title: state === 'revenue' ? w.revenueTitle(zhipuTimes, minimaxTimes) : state === 'capex' ? w.capexTitle(bare('global.amazon.capex.2025', locale)) : w.title(zhipuTimes, minimaxTimes),
    subtitle: w.subtitle,
    summary: w.summary({
      zhipu: factText('zhipu.revenue-usd.2024', locale),
      minimax: factText('minimax.revenue.2024', locale),
      openai24: factText('global.openai.revenue.2024', locale),
      openai25: factText('global.openai.revenue.2025', locale),
      anthropic: bare('global.anthropic.arr.end-2025', locale),
      manus: factText('global.manus.arr', locale),
      zhipuTimes,
      minimaxTimes,
      amazon: bare('global.amazon.capex.2025', locale),
      google: bare('global.google.capex.2025', locale),
      meta: bare('global.meta.capex.2025', locale),
      microsoft: factText('global.microsoft.capex.9m-2025', locale),
      s4,
    }),
    factIds,
    notes: [
      ...disagreementNotes(factIds, locale),
      w.computedNote(zhipuTimes, minimaxTimes),
      w.s4Note(s4),
      w.conversionNote,
      w.kindsNote,
      pickWords(logScaleNote, locale),
    ],
    legend: [
      { label: t(locale).chart.companies.zhipu, color: 'zhipu', shape: 'circle' },
      { label: t(locale).chart.companies.minimax, color: 'minimax', shape: 'diamond' },
      { label: w.key.others, color: 'other', shape: 'square' },
      { label: w.key.capex, color: 'neutral', shape: 'triangle' },
      { label: w.key.range, color: 'neutral', range: true },
    ],
    table: {
      caption: w.caption,
      columns: w.columns,
      rows: logRowsTable(rows),
    },
    // A phone's pinned chart has room for one group at a readable size, so a state that dims a group leaves it out there.
    narrow: layout(state === 'all' ? rows : rows.filter((row) => !row.dimmed), locale, state, logRowsGeometry.narrow, rows),
    wide: layout(rows, locale, state, logRowsGeometry.wide),
  };
};
