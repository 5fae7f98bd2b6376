/**
 * Tokens processed a day: OpenAI's API, Zhipu, MiniMax-M2 on OpenRouter and MiniMax's open platform, on a
 * log scale because they span four orders of magnitude. Points, not bars (a bar's length means nothing on
 * a log scale); a figure the source gives only as a lower bound ("more than") carries an arrow pointing
 * the way the true value lies, and every point has its value written beside it.
 */
import type { FactId } from '../../facts/registry';
import type { Locale } from '../../lib/locale';
import { disagreementNotes, factText, pickWords, type Words } from '../frame/draft-text';
import { absoluteNumber, figureLabel } from '../kit/figures';
import { logRowsLayout, type LogRow } from '../kit/log-rows';
import { logRowsGeometry, logRowsTable, logScaleNote, seriesRow, type LogSeries } from '../kit/log-series';
import type { ChartBuilder, ChartSpec } from '../types';

export const id = 'token-volumes';

const series: readonly LogSeries[] = [
  {
    fact: 'global.openai.api-tokens-per-day',
    color: 'other',
    shape: 'square',
    name: { en: 'OpenAI', 'zh-hans': 'OpenAI' },
    what: { en: 'API, late 2025, a day at the per-minute rate', 'zh-hans': 'API，2025年末（按每分钟用量推算）' },
  },
  {
    fact: 'zhipu.daily-tokens',
    color: 'zhipu',
    shape: 'circle',
    name: { en: 'Zhipu', 'zh-hans': '智谱' },
    what: { en: 'all use, per its prospectus', 'zh-hans': '全部调用，据招股书' },
  },
  {
    fact: 'minimax.m2-openrouter-tokens',
    color: 'minimax',
    shape: 'diamond',
    name: { en: 'MiniMax-M2', 'zh-hans': 'MiniMax-M2' },
    what: { en: 'one model on OpenRouter, by late 2025', 'zh-hans': '单一模型在OpenRouter，截至2025年末' },
  },
  {
    fact: 'minimax.open-platform-tokens',
    color: 'minimax',
    shape: 'diamond',
    name: { en: 'MiniMax open platform', 'zh-hans': 'MiniMax开放平台' },
    what: { en: '“several billion” a day', 'zh-hans': '“每天处理数十亿”' },
  },
];

export const words: Words<{
  title: (multiple: string) => string;
  subtitle: string;
  summary: (f: Record<'openai' | 'perMinute' | 'zhipu' | 'm2' | 'platform' | 'multiple', string>) => string;
  perMinuteNote: (perMinute: string) => string;
  boundNote: string;
  likeNote: string;
  caption: string;
  columns: [string, string];
}> = {
  en: {
    title: (multiple) => `OpenAI’s API handles only ${multiple} as many tokens a day as Zhipu; MiniMax’s known figures are far smaller`,
    subtitle: 'Tokens processed a day, log scale',
    summary: (f) =>
      `OpenAI’s API processes about ${f.openai} tokens a day (a NetEase Hao article’s arithmetic from ${f.perMinute} a minute), only ${f.multiple} Zhipu’s ${f.zhipu}. ` +
      `MiniMax’s known figures are narrower: ${f.m2} a day for its M2 model on OpenRouter (the first Chinese model to pass that mark, by late 2025), and ${f.platform} a day on its open platform.`,
    perMinuteNote: (perMinute) => `OpenAI’s daily figure is the NetEase Hao article’s own arithmetic from ${perMinute} tokens a minute, times 1,440 minutes.`,
    boundNote: 'Arrows mark lower bounds: the sources say “more than”. For the open platform the NetEase Hao article says “數十億” (several billion); the chart draws only the bound it implies.',
    likeNote: 'Not like for like: MiniMax-M2’s figure is one model on one third-party platform, not all of MiniMax’s traffic.',
    caption: 'Tokens processed a day',
    columns: ['Who and what', 'Tokens a day'],
  },
  'zh-hans': {
    title: (multiple) => `OpenAI API日均token调用量仅为智谱的${multiple}；MiniMax已知数字要小得多`,
    subtitle: '每日处理token量，对数刻度',
    summary: (f) =>
      `OpenAI的API每天处理约${f.openai}个token（网易号文章按每分钟${f.perMinute}推算），仅为智谱${f.zhipu}的${f.multiple}。` +
      `MiniMax的已知数字口径更窄：M2模型在OpenRouter上日均${f.m2}（截至2025年末，首个突破该数字的中国本土模型），开放平台每天${f.platform}。`,
    perMinuteNote: (perMinute) => `OpenAI的日均数字为网易号文章根据每分钟${perMinute}个token推算（× 1440分钟）。`,
    boundNote: '箭头表示下限：来源称“超过”。开放平台一项，网易号文章原文为“數十億”，图中只画出其隐含的下限。',
    likeNote: '口径不同：MiniMax-M2的数字只是单一模型在一个第三方平台上的调用量，并非MiniMax全部流量。',
    caption: '每日处理token量',
    columns: ['主体与口径', '每日token'],
  },
};

function rowsFor(locale: Locale): LogRow[] {
  return series.map((s) => {
    const value = absoluteNumber(id, s.fact);
    return seriesRow(s, { low: value, high: value, label: figureLabel(s.fact, locale) }, locale);
  });
}

const noHeadings = new Map<string, string>();

export const build: ChartBuilder = (options): ChartSpec => {
  const { locale } = options;
  const w = pickWords(words, locale);
  const rows = rowsFor(locale);
  const multiple = factText('global.openai.api-tokens-vs-zhipu', locale);
  const perMinute = factText('global.openai.api-tokens-per-minute', locale);
  const factIds: FactId[] = [...series.map((s) => s.fact), 'global.openai.api-tokens-per-minute', 'global.openai.api-tokens-vs-zhipu'];
  return {
    id,
    title: w.title(multiple),
    subtitle: w.subtitle,
    summary: w.summary({
      openai: factText('global.openai.api-tokens-per-day', locale),
      perMinute,
      zhipu: factText('zhipu.daily-tokens', locale),
      m2: factText('minimax.m2-openrouter-tokens', locale),
      platform: factText('minimax.open-platform-tokens', locale),
      multiple,
    }),
    factIds,
    notes: [
      ...disagreementNotes(factIds, locale),
      w.perMinuteNote(perMinute),
      w.boundNote,
      w.likeNote,
      pickWords(logScaleNote, locale),
    ],
    legend: [],
    table: {
      caption: w.caption,
      columns: w.columns,
      rows: logRowsTable(rows),
    },
    narrow: logRowsLayout(rows, noHeadings, locale, logRowsGeometry.narrow),
    wide: logRowsLayout(rows, noHeadings, locale, logRowsGeometry.wide),
  };
};
