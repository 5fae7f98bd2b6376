/**
 * Who the two companies count. MiniMax's consumer funnel (cumulative users, Talkie/Xingye users, monthly
 * actives, payers) beside Zhipu's enterprise customers and developers. Every square is drawn to one scale
 * by area, not on a log scale, so 212 million people and 12,000 businesses keep their true proportion:
 * the smallest square is a speck, and a leader line points it out.
 */
import type { FactId } from '../../facts/registry';
import { share } from '../../facts/derived';
import { formatPercent, qualify } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { t } from '../../lib/strings';
import { disagreementNotes, factText, pickWords, type Words } from '../frame/draft-text';
import { textSizePx, wrapText } from '../frame/text-width';
import { dodge } from '../kit/dodge';
import { absoluteNumber, figureLabel } from '../kit/figures';
import type { ChartBuilder, ChartLayout, ChartSpec, Mark, PatternToken } from '../types';

export const id = 'users-payers';

type Company = 'minimax' | 'zhipu';
/** How a square is drawn: an outline, a dashed outline, or a filled rect with a pattern. */
type Style = 'outline' | 'dashed' | PatternToken;

interface Group {
  fact: FactId;
  style: Style;
  what: Words<string>;
}

/**
 * MiniMax's groups are nested (Talkie users are among all users, payers among actives); Zhipu's are not
 * (businesses are not a subset of developers), so its squares stand side by side.
 */
const nested: Record<Company, boolean> = { minimax: true, zhipu: false };

const groups: Record<Company, readonly Group[]> = {
  minimax: [
    { fact: 'minimax.cumulative-users', style: 'outline', what: { en: 'cumulative users, to September 2025', 'zh-hans': '累计用户（截至2025年9月）' } },
    { fact: 'minimax.talkie-users', style: 'dashed', what: { en: 'Talkie/Xingye users alone, to September 2025', 'zh-hans': '仅Talkie/星野用户（截至2025年9月）' } },
    { fact: 'minimax.mau', style: 'hatch', what: { en: 'monthly active users, first nine months of 2025', 'zh-hans': '月活用户（2025年前三季度）' } },
    { fact: 'minimax.payers', style: 'solid', what: { en: 'paying users, 2025', 'zh-hans': '付费用户（2025年）' } },
  ],
  zhipu: [
    { fact: 'zhipu.developers.sep-2025', style: 'hatch', what: { en: 'developers, September 2025', 'zh-hans': '开发者（截至2025年9月）' } },
    { fact: 'zhipu.customers.sep-2025', style: 'solid', what: { en: 'enterprise customers, September 2025', 'zh-hans': '企业客户（截至2025年9月）' } },
  ],
};

const order: readonly Company[] = ['minimax', 'zhipu'];

export const words: Words<{
  title: (users: string, payers: string, customers: string) => string;
  subtitle: string;
  heading: Record<Company, string>;
  speck: string;
  summary: (f: Record<'users' | 'talkie' | 'mau' | 'payers' | 'share' | 'customers' | 'developers', string>) => string;
  shareNote: (share: string) => string;
  countedNote: string;
  nestingNote: string;
  caption: string;
  columns: [string, string];
}> = {
  en: {
    title: (users, payers, customers) => `MiniMax has ${users} users but ${payers} payers; Zhipu sells to ${customers} businesses`,
    subtitle: 'People and businesses counted. Squares drawn to one scale by area (not a log scale)',
    heading: { minimax: 'MiniMax counts consumers', zhipu: 'Zhipu counts businesses and developers' },
    speck: 'a speck at this scale',
    summary: (f) =>
      `MiniMax’s apps have ${f.users} cumulative users, ${f.talkie} of them on Talkie/Xingye alone; ${f.mau} use its AI-native products each month and ${f.payers} pay, ${f.share} of cumulative users. ` +
      `Zhipu counts different things: ${f.customers} enterprise customers and ${f.developers} developers. The squares are drawn to scale by area.`,
    shareNote: (pct) => `Payers as a share of cumulative users (${pct}) is our computation.`,
    countedNote: 'Different things are counted: MiniMax counts people using its apps; Zhipu counts the businesses it serves and the developers using its models.',
    nestingNote: 'Squares are nested to compare size; the sources do not say exactly how the groups overlap.',
    caption: 'Users, payers, customers and developers',
    columns: ['Company and what is counted', 'Number'],
  },
  'zh-hans': {
    title: (users, payers, customers) => `MiniMax累计用户${users}，付费用户仅${payers}；智谱服务${customers}家企业`,
    subtitle: '所计为人或企业。方块面积按同一比例绘制（非对数刻度）',
    heading: { minimax: 'MiniMax计的是消费者', zhipu: '智谱计的是企业和开发者' },
    speck: '此比例下仅为一点',
    summary: (f) =>
      `MiniMax旗下应用累计用户${f.users}，仅Talkie/星野就有${f.talkie}；AI原生产品月活用户${f.mau}，付费用户${f.payers}，占累计用户的比例${f.share}。` +
      `智谱计算的是另一类对象：${f.customers}家企业客户和${f.developers}名开发者。方块面积按比例绘制。`,
    shareNote: (pct) => `付费用户占累计用户的比例（${pct}）为本站计算。`,
    countedNote: '两家所计对象不同：MiniMax计的是使用其应用的个人；智谱计的是其服务的企业和使用其模型的开发者。',
    nestingNote: '方块嵌套只为比较大小；来源未说明各群体如何重叠。',
    caption: '用户、付费用户、企业客户与开发者',
    columns: ['公司与所计对象', '数量'],
  },
};

interface Square {
  company: Company;
  fact: FactId;
  style: Style;
  count: number;
  value: string;
  what: string;
}

function squares(locale: Locale): Record<Company, Square[]> {
  const make = (company: Company) =>
    groups[company].map((group) => ({
      company,
      fact: group.fact,
      style: group.style,
      count: absoluteNumber(id, group.fact),
      value: figureLabel(group.fact, locale),
      what: pickWords(group.what, locale),
    }));
  return { minimax: make('minimax'), zhipu: make('zhipu') };
}

const labelGap = 12;
const squareGap = 14;
/** Radius of the ring that points out a square too small to see. */
const specRing = 7;

function ring(cx: number, cy: number, r: number): string {
  return `M${cx - r},${cy}A${r},${r} 0 1,0 ${cx + r},${cy}A${r},${r} 0 1,0 ${cx - r},${cy}Z`;
}
const leaderGap = 6;

function squareMarks(square: Square, x: number, bottom: number, side: number): Mark[] {
  const key = square.fact;
  const top = bottom - side;
  const outline = `M${x},${top}H${x + side}V${bottom}H${x}Z`;
  switch (square.style) {
    case 'outline':
      return [{ key, type: 'path', d: outline, stroke: square.company, strokeWidth: 1.5 }];
    case 'dashed':
      return [{ key, type: 'path', d: outline, stroke: square.company, strokeWidth: 1.5, dash: '5 3' }];
    default:
      return [{ key, type: 'rect', x, y: top, width: side, height: side, fill: square.company, pattern: square.style, title: `${square.value} ${square.what}` }];
  }
}

interface LabelBlock {
  square: Square;
  lines: { text: string; size: 'value' | 'small' }[];
  height: number;
}

function labelBlock(square: Square, width: number, speck: string | undefined): LabelBlock {
  const lines = [
    ...wrapText(square.value, width, 'value', 'bold').map((text) => ({ text, size: 'value' as const })),
    ...wrapText(speck ? `${square.what} (${speck})` : square.what, width, 'small').map((text) => ({ text, size: 'small' as const })),
  ];
  const height = lines.reduce((sum, line) => sum + textSizePx[line.size] + 3, 0) + 8;
  return { square, lines, height };
}

/** One company's squares, bottom-left aligned at (x, bottom), labels to the right up to `right`. */
function panelMarks(
  list: readonly Square[],
  heading: string,
  x: number,
  top: number,
  right: number,
  unit: number,
  speck: string,
): { marks: Mark[]; bottom: number } {
  const marks: Mark[] = [];
  const first = list[0];
  if (!first) return { marks, bottom: top };
  marks.push({ type: 'text', x, y: top, text: heading, size: 'label', weight: 'bold', fill: first.company, baseline: 'top', checked: true });
  const sides = list.map((square) => Math.sqrt(square.count) * unit);
  const largest = Math.max(...sides);
  const lefts = nested[first.company] ? sides.map(() => x) : sides.map((_, index) => x + sides.slice(0, index).reduce((sum, side) => sum + side + squareGap, 0));
  const extent = Math.max(...sides.map((side, index) => (lefts[index] ?? x) + side)) - x;
  const labelX = x + Math.max(extent, nested[first.company] ? 0 : extent + specRing) + labelGap;
  const labelWidth = right - labelX;
  const blocks = list.map((square, index) => labelBlock(square, labelWidth, (sides[index] ?? 0) < 3 ? speck : undefined));
  const squaresTop = top + textSizePx.label + 12;
  const bottom = squaresTop + largest;
  const wants = blocks.map((block, index) => ({ want: bottom - (sides[index] ?? 0) - textSizePx.value / 2, size: block.height }));
  const labelsBottom = Math.max(bottom, squaresTop + blocks.reduce((sum, block) => sum + block.height, 0));
  const placed = dodge(wants, squaresTop, labelsBottom + 4);
  list.forEach((square, index) => {
    const side = sides[index] ?? 0;
    const left = lefts[index] ?? x;
    marks.push(...squareMarks(square, left, bottom, side));
    if (side < 3) marks.push({ key: square.fact, type: 'path', d: ring(left + side / 2, bottom - side / 2, specRing), stroke: square.company, strokeWidth: 1.25 });
  });
  blocks.forEach((block, index) => {
    const side = sides[index] ?? 0;
    const speck = side < 3;
    const cornerX = (lefts[index] ?? x) + (speck ? side / 2 + specRing : side);
    const cornerY = bottom - (speck ? side / 2 : side);
    let y = placed[index] ?? 0;
    const anchorY = y + textSizePx.value / 2;
    marks.push({
      key: block.square.fact,
      type: 'path',
      d: `M${cornerX + 1},${cornerY}L${labelX - leaderGap - 8},${cornerY}L${labelX - leaderGap},${anchorY}`,
      stroke: 'ink-soft',
      strokeWidth: 0.75,
    });
    for (const line of block.lines) {
      marks.push({
        key: block.square.fact,
        type: 'text',
        x: labelX,
        y,
        text: line.text,
        size: line.size,
        weight: line.size === 'value' ? 'bold' : 'normal',
        fill: line.size === 'value' ? 'ink' : 'ink-soft',
        baseline: 'top',
        checked: true,
      });
      y += textSizePx[line.size] + 3;
    }
  });
  return { marks, bottom: Math.max(bottom, labelsBottom) };
}

function layout(all: Record<Company, Square[]>, locale: Locale, geometry: { width: number; side: number; columns: 1 | 2 }): ChartLayout {
  const w = pickWords(words, locale);
  const biggest = Math.max(...order.flatMap((company) => all[company].map((square) => square.count)));
  const unit = geometry.side / Math.sqrt(biggest);
  const marks: Mark[] = [];
  if (geometry.columns === 1) {
    const inset = 16;
    let top = 4;
    for (const company of order) {
      const panel = panelMarks(all[company], w.heading[company], inset, top, geometry.width - inset, unit, w.speck);
      marks.push(...panel.marks);
      top = panel.bottom + 28;
    }
    return { width: geometry.width, height: top - 20, marks };
  }
  const gap = 32;
  const minimaxWidth = geometry.width * 0.56;
  const left = panelMarks(all.minimax, w.heading.minimax, 0, 4, minimaxWidth - gap / 2, unit, w.speck);
  const right = panelMarks(all.zhipu, w.heading.zhipu, minimaxWidth + gap / 2, 4, geometry.width, unit, w.speck);
  return { width: geometry.width, height: Math.max(left.bottom, right.bottom) + 8, marks: [...left.marks, ...right.marks] };
}

export const build: ChartBuilder = (options): ChartSpec => {
  const { locale } = options;
  const w = pickWords(words, locale);
  const all = squares(locale);
  // Cumulative users are "more than" a figure, so the payers' share of them can only be smaller.
  const payerFigure = share('minimax.payers', 'minimax.cumulative-users');
  const payerShare = qualify(formatPercent(payerFigure.value, locale, { digits: 2 }), payerFigure.qualifier, locale);
  const factIds = order.flatMap((company) => groups[company].map((group) => group.fact));
  const names = t(locale).chart.companies;
  const rows = order.flatMap((company) =>
    all[company].map((square) => [
      `${names[company]}: ${square.what}`,
      square.value,
    ]),
  );
  return {
    id,
    title: w.title(factText('minimax.cumulative-users', locale), factText('minimax.payers', locale), factText('zhipu.customers.sep-2025', locale)),
    subtitle: w.subtitle,
    summary: w.summary({
      users: factText('minimax.cumulative-users', locale),
      talkie: factText('minimax.talkie-users', locale),
      mau: factText('minimax.mau', locale),
      payers: factText('minimax.payers', locale),
      share: payerShare,
      customers: factText('zhipu.customers.sep-2025', locale),
      developers: factText('zhipu.developers.sep-2025', locale),
    }),
    factIds,
    notes: [
      ...disagreementNotes(factIds, locale),
      w.countedNote,
      w.nestingNote,
      w.shareNote(payerShare),
    ],
    legend: [],
    table: { caption: w.caption, columns: w.columns, rows },
    narrow: layout(all, locale, { width: 360, side: 150, columns: 1 }),
    wide: layout(all, locale, { width: 720, side: 190, columns: 2 }),
  };
};
