/**
 * Where the "six tigers" stand in January 2026: a status board with one column per fate (listed, still at
 * the table, pivoted, out). Each fate has its own icon and words, so colour (which only names the company)
 * never carries the status; each company card carries the figures that explain its fate.
 */
import { getFact, type FactId } from '../../facts/registry';
import { allReadings } from '../../facts/types';
import { readingOutlets } from '../frame/draft-text';
import { formatValue } from '../../lib/format';
import { isChinese, type Locale } from '../../lib/locale';
import { t } from '../../lib/strings';
import { disagreementMark, factText, joinList, pickWords, type Words } from '../frame/draft-text';
import { textSizePx, wrapText } from '../frame/text-width';
import { absoluteNumber, figureLabel } from '../kit/figures';
import type { ChartBuilder, ChartLayout, ChartSpec, ColorToken, Mark } from '../types';

export const id = 'six-tigers';

export type Fate = 'listed' | 'racing' | 'pivoted' | 'out';
export const fates: readonly Fate[] = ['listed', 'racing', 'pivoted', 'out'];

type Tiger = 'zhipu' | 'minimax' | 'moonshot' | 'stepfun' | 'baichuan' | 'zeroone';

interface Card {
  tiger: Tiger;
  fate: Fate;
  status: FactId;
  color: ColorToken;
  /** Figures and milestones shown on the card, each worded from a fact. */
  details: readonly Detail[];
}

interface Detail {
  fact: FactId;
  words: Words<(value: string) => string>;
  /** Pass the value without its hedge, for wording that carries the hedge itself ("at most"). */
  bare?: boolean;
}

const cards: readonly Card[] = [
  {
    tiger: 'zhipu',
    fate: 'listed',
    status: 'peers.zhipu.status',
    color: 'zhipu',
    details: [
      { fact: 'zhipu.listing-date', words: { en: (v) => `listed ${v}`, 'zh-hans': (v) => `${v}上市` } },
      { fact: 'zhipu.market-value', words: { en: (v) => `market value ${v}`, 'zh-hans': (v) => `市值${v}` } },
    ],
  },
  {
    tiger: 'minimax',
    fate: 'listed',
    status: 'peers.minimax.status',
    color: 'minimax',
    details: [
      {
        fact: 'minimax.listing-window',
        bare: true,
        words: { en: (v) => `listed right after Zhipu, at most ${v} apart`, 'zh-hans': (v) => `紧随智谱上市，相隔不超过${v}` },
      },
      { fact: 'minimax.market-value', words: { en: (v) => `market value ${v}`, 'zh-hans': (v) => `市值${v}` } },
    ],
  },
  {
    tiger: 'moonshot',
    fate: 'racing',
    status: 'peers.moonshot.status',
    color: 'neutral',
    details: [
      { fact: 'peers.moonshot.series-c', words: { en: (v) => `${v} Series C`, 'zh-hans': (v) => `C轮融资${v}` } },
      { fact: 'peers.moonshot.valuation', words: { en: (v) => `valued at ${v}`, 'zh-hans': (v) => `投后估值${v}` } },
      { fact: 'peers.moonshot.cash', words: { en: (v) => `${v} in cash`, 'zh-hans': (v) => `现金储备${v}` } },
      { fact: 'peers.moonshot.ipo-stance', words: { en: (v) => v.toLowerCase(), 'zh-hans': (v) => v } },
    ],
  },
  {
    tiger: 'stepfun',
    fate: 'racing',
    status: 'peers.stepfun.status',
    color: 'neutral',
    details: [
      { fact: 'giants.bytedance.acquisition-attempts', words: { en: () => 'turned down a takeover approach from ByteDance', 'zh-hans': () => '拒绝了字节跳动的收购' } },
    ],
  },
  {
    tiger: 'baichuan',
    fate: 'pivoted',
    status: 'peers.baichuan.status',
    color: 'neutral',
    details: [
      { fact: 'peers.baichuan.layoffs-share', words: { en: (v) => `${v} of staff laid off, early 2025`, 'zh-hans': (v) => `2025年初裁员${v}` } },
      { fact: 'peers.baichuan.remaining-staff', words: { en: (v) => `${v} staff left, all on medical AI`, 'zh-hans': (v) => `剩余${v}人，全部投入医疗AI` } },
    ],
  },
  {
    tiger: 'zeroone',
    fate: 'out',
    status: 'peers.zeroone.status',
    color: 'neutral',
    details: [],
  },
];

export const words: Words<{
  numbers: readonly string[];
  title: (total: string, listed: string, racing: string, gone: string) => string;
  subtitle: string;
  fate: Record<Fate, string>;
  summary: Record<Fate, (names: string) => string>;
  moonshot: (round: string, valuation: string, cash: string) => string;
  baichuan: (share: string, staff: string) => string;
  zeroOneNote: (preferred: string, other: string) => string;
  nameNote: string;
  stepfunNote: string;
  caption: string;
  columns: [string, string, string];
}> = {
  en: {
    numbers: ['no', 'one', 'two', 'three', 'four', 'five', 'six'],
    title: (total, listed, racing, gone) =>
      `Of China’s ${total} AI “tigers”, ${listed} have listed, ${racing} are still at the table and ${gone} have left the general-model race`,
    subtitle: 'Where each of the “six tigers” stands, January 2026',
    fate: { listed: 'Listed in Hong Kong', racing: 'Still at the table', pivoted: 'Pivoted to medical AI', out: 'Out of the race' },
    summary: {
      listed: (names) => `${names} listed in Hong Kong in January 2026.`,
      racing: (names) => `${names} are still at the foundation-model table, unlisted.`,
      pivoted: (names) => `${names} left general foundation models for medical AI.`,
      out: (names) => `${names} is largely out of general foundation-model competition.`,
    },
    moonshot: (round, valuation, cash) => `Moonshot AI raised a ${round} Series C at a ${valuation} valuation and holds ${cash} in cash.`,
    baichuan: (share, staff) => `Baichuan laid off ${share} of its staff; its remaining team of ${staff} works on medical AI.`,
    zeroOneNote: (preferred, other) => `${disagreementMark} Sources differ on 01.AI: ${preferred}; ${other}.`,
    nameNote: 'Beijing Science and Technology News and STAR Market Daily call the group the “six tigers” (六小虎); Bohu Finance calls it the “six little dragons” (六小龙). Only STAR Market Daily names all six.',
    stepfunNote: 'Only STAR Market Daily places StepFun; Beijing Science and Technology News does not mention it.',
    caption: 'The six tigers: where each stands',
    columns: ['Company', 'Where it stands', 'Details'],
  },
  'zh-hans': {
    numbers: ['零', '一', '两', '三', '四', '五', '六'],
    title: (total, listed, racing, gone) => `大模型“${total}小虎”：${listed}家上市，${racing}家仍在牌桌，${gone}家退出通用模型竞争`,
    subtitle: '“大模型六小虎”现状，2026年1月',
    fate: { listed: '已在港上市', racing: '仍在牌桌', pivoted: '转向医疗AI', out: '退出竞争' },
    summary: {
      listed: (names) => `${names}已于2026年1月在港交所上市。`,
      racing: (names) => `${names}仍留在基模牌桌，尚未上市。`,
      pivoted: (names) => `${names}退出通用基础模型竞争，转向医疗AI。`,
      out: (names) => `${names}基本退出通用基础模型的直接竞争。`,
    },
    moonshot: (round, valuation, cash) => `月之暗面完成${round}C轮融资，投后估值${valuation}，现金储备${cash}。`,
    baichuan: (share, staff) => `百川智能裁员${share}，剩余${staff}人全部投入医疗AI。`,
    zeroOneNote: (preferred, other) => `${disagreementMark} 关于零一万物，来源不一：${preferred}；${other}。`,
    nameNote: '北京科技报和科创板日报称之为“大模型六小虎”；伯虎财经称“中国AI六小龙”。只有科创板日报列出全部六家。',
    stepfunNote: '只有科创板日报提到阶跃星辰的处境；北京科技报未提及阶跃。',
    caption: '大模型六小虎现状',
    columns: ['公司', '现状', '详情'],
  },
};

/** 01.AI's readings in Chinese: the facts keep English text for alternatives, so the Chinese wording lives here. */
const zeroOneZh = {
  preferred: '科创板日报称其基本不再被视为通用基础模型的直接竞争者',
  other: '北京科技报称其与百川一样转向医疗AI等垂直领域',
};

function tigerName(tiger: Tiger, locale: Locale): string {
  const strings = t(locale);
  return tiger === 'zhipu' || tiger === 'minimax' ? strings.chart.companies[tiger] : strings.subjects[tiger];
}

function detailText(detail: Detail, locale: Locale): string {
  const fact = getFact(detail.fact);
  const value = detail.bare ? formatValue(fact.value, fact.unit, locale) : figureLabel(detail.fact, locale);
  return pickWords(detail.words, locale)(value);
}

/** Card lines run on from the name, so English ones start in lower case like the others. */
function sentenceCase(text: string, locale: Locale): string {
  return isChinese(locale) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function detailLines(card: Card, locale: Locale): string[] {
  return card.fate === 'out' ? [sentenceCase(figureLabel(card.status, locale), locale)] : card.details.map((detail) => detailText(detail, locale));
}

/** Icon paths centred on (cx, cy): a tick, a forward arrow, a turning arrow, a cross. */
function iconMarks(fate: Fate, cx: number, cy: number): Mark[] {
  const ring: Mark = { type: 'point', x: cx, y: cy, r: 10, shape: 'circle', fill: 'ink' };
  const stroke = { type: 'path', stroke: 'paper', strokeWidth: 2, key: `fate-${fate}` } as const;
  switch (fate) {
    case 'listed':
      return [ring, { ...stroke, d: `M${cx - 4.5},${cy + 0.5}L${cx - 1.5},${cy + 3.5}L${cx + 4.5},${cy - 3.5}` }];
    case 'racing':
      return [ring, { type: 'path', fill: 'paper', d: `M${cx - 3},${cy - 5}L${cx + 5},${cy}L${cx - 3},${cy + 5}Z` }];
    case 'pivoted':
      return [ring, { ...stroke, d: `M${cx - 4},${cy + 5}V${cy - 1}H${cx + 2}` }, { type: 'path', fill: 'paper', d: `M${cx + 5.5},${cy - 1}L${cx + 1.5},${cy - 4.5}L${cx + 1.5},${cy + 2.5}Z` }];
    case 'out':
      return [ring, { ...stroke, d: `M${cx - 4},${cy - 4}L${cx + 4},${cy + 4}M${cx + 4},${cy - 4}L${cx - 4},${cy + 4}` }];
  }
}

interface Placed {
  marks: Mark[];
  height: number;
}

function cardMarks(card: Card, x: number, top: number, width: number, locale: Locale): Placed {
  const marks: Mark[] = [];
  const key = card.tiger;
  let y = top + 2;
  // The English subject names carry the Chinese name in brackets: set it on its own line, smaller.
  const [name, native] = tigerName(card.tiger, locale).split(/ \((.+)\)$/u);
  for (const line of wrapText(name ?? '', width - 10, 'value', 'bold')) {
    marks.push({ key, type: 'text', x: x + 10, y, text: line, size: 'value', weight: 'bold', fill: card.color === 'neutral' ? 'ink' : card.color, baseline: 'top', checked: true });
    y += textSizePx.value + 4;
  }
  if (native) {
    marks.push({ key, type: 'text', x: x + 10, y: y - 2, text: native, size: 'small', fill: 'ink-soft', baseline: 'top', checked: true });
    y += textSizePx.small + 4;
  }
  for (const detail of detailLines(card, locale)) {
    for (const line of wrapText(detail, width - 10, 'small')) {
      marks.push({ key, type: 'text', x: x + 10, y, text: line, size: 'small', fill: 'ink-soft', baseline: 'top', checked: true });
      y += textSizePx.small + 3;
    }
    y += 2;
  }
  const height = y - top;
  // A bar in the company's colour runs down the card's edge, the height of its text.
  const bar: Mark = { key, type: 'rect', x, y: top, width: 3, height: height - 4, fill: card.color };
  return { marks: [bar, ...marks], height };
}

function headerMarks(fate: Fate, x: number, top: number, width: number, locale: Locale): Placed {
  const w = pickWords(words, locale);
  const marks: Mark[] = [...iconMarks(fate, x + 10, top + 10)];
  const lines = wrapText(w.fate[fate], width - 28, 'label', 'bold');
  lines.forEach((line, index) => {
    marks.push({ key: `fate-${fate}`, type: 'text', x: x + 28, y: top + 10 + (index - (lines.length - 1) / 2) * (textSizePx.label + 2), text: line, size: 'label', weight: 'bold', baseline: 'middle', checked: true });
  });
  const height = Math.max(20, lines.length * (textSizePx.label + 2)) + 8;
  marks.push({ type: 'line', x1: x, y1: top + height, x2: x + width, y2: top + height, stroke: 'ink', strokeWidth: 1 });
  return { marks, height: height + 10 };
}

function section(fate: Fate, x: number, top: number, width: number, perRow: number, locale: Locale): Placed {
  const header = headerMarks(fate, x, top, width, locale);
  const marks = [...header.marks];
  const members = cards.filter((card) => card.fate === fate);
  const gap = 12;
  const cardWidth = (width - gap * (perRow - 1)) / perRow;
  let y = top + header.height;
  for (let start = 0; start < members.length; start += perRow) {
    const row = members.slice(start, start + perRow).map((card, index) => cardMarks(card, x + index * (cardWidth + gap), y, cardWidth, locale));
    for (const placed of row) marks.push(...placed.marks);
    y += Math.max(...row.map((placed) => placed.height)) + 10;
  }
  return { marks, height: y - top };
}

function narrowLayout(locale: Locale): ChartLayout {
  const inset = 16;
  const width = 360;
  const marks: Mark[] = [];
  let top = 4;
  for (const fate of fates) {
    const placed = section(fate, inset, top, width - inset * 2, 2, locale);
    marks.push(...placed.marks);
    top += placed.height + 12;
  }
  return { width, height: top - 16, marks };
}

function wideLayout(locale: Locale): ChartLayout {
  const width = 720;
  const gap = 16;
  const columnWidth = (width - gap * (fates.length - 1)) / fates.length;
  const placed = fates.map((fate, index) => section(fate, index * (columnWidth + gap), 4, columnWidth, 1, locale));
  return { width, height: Math.max(...placed.map((p) => p.height)) + 4, marks: placed.flatMap((p) => p.marks) };
}

function countWord(count: number, locale: Locale): string {
  return pickWords(words, locale).numbers[count] ?? String(count);
}

function zeroOneNote(locale: Locale): string {
  const w = pickWords(words, locale);
  if (isChinese(locale)) return w.zeroOneNote(zeroOneZh.preferred, zeroOneZh.other);
  const [preferred, ...others] = allReadings(getFact('peers.zeroone.status'));
  const say = (reading: NonNullable<typeof preferred>) => `${readingOutlets(reading, locale)} says “${sentenceCase(String(reading.value), locale)}”`;
  return w.zeroOneNote(preferred ? say(preferred) : '', others.map(say).join('; '));
}

export const build: ChartBuilder = (options): ChartSpec => {
  const { locale } = options;
  const w = pickWords(words, locale);
  const count = (fate: Fate) => cards.filter((card) => card.fate === fate).length;
  const names = (fate: Fate) => joinList(cards.filter((card) => card.fate === fate).map((card) => tigerName(card.tiger, locale)), locale);
  const factIds: FactId[] = ['peers.six-tigers-count', ...cards.flatMap((card) => [card.status, ...card.details.map((d) => d.fact)])];
  const total = absoluteNumber(id, 'peers.six-tigers-count');
  if (total !== cards.length) {
    throw new Error(`Chart "${id}": the facts count ${total} tigers but the chart draws ${cards.length}; update src/charts/six-tigers/spec.ts`);
  }
  const summary = [
    ...fates.map((fate) => w.summary[fate](names(fate))),
    w.moonshot(factText('peers.moonshot.series-c', locale), factText('peers.moonshot.valuation', locale), factText('peers.moonshot.cash', locale)),
    w.baichuan(factText('peers.baichuan.layoffs-share', locale), factText('peers.baichuan.remaining-staff', locale)),
  ].join(isChinese(locale) ? '' : ' ');
  return {
    id,
    title: w.title(countWord(total, locale), countWord(count('listed'), locale), countWord(count('racing'), locale), countWord(count('pivoted') + count('out'), locale)),
    subtitle: w.subtitle,
    summary,
    factIds,
    notes: [zeroOneNote(locale), w.nameNote, w.stepfunNote],
    legend: [],
    table: {
      caption: w.caption,
      columns: w.columns,
      rows: cards.map((card) => [
        tigerName(card.tiger, locale),
        `${w.fate[card.fate]}: ${figureLabel(card.status, locale)}`,
        card.details.map((detail) => detailText(detail, locale)).join('; '),
      ]),
    },
    narrow: narrowLayout(locale),
    wide: wideLayout(locale),
  };
};
