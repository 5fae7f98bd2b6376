/**
 * Where the money comes from: each period as one bar split 100%, Zhipu's on-premise deployments against
 * its cloud/API business, MiniMax's AI-native consumer products against its open platform (API), plus
 * MiniMax's overseas share. The API side is hatched for both companies. Hedged figures ("nearly 80%")
 * are drawn at the stated bound and labelled with the hedge.
 */
import { share } from '../../facts/derived';
import { getFact, type FactId } from '../../facts/registry';
import { formatPercent, qualify } from '../../lib/format';
import { isChinese, type Locale } from '../../lib/locale';
import { disagreementMark, disagreementNotes, factText, formatPeriod, pickWords, type Words } from '../frame/draft-text';
import type { LayoutName } from '../frame/labels';
import { panelHeading, twoPanels } from '../frame/layout-kit';
import { estimateTextWidth } from '../frame/text-width';
import { figureLabel } from '../kit/figures';
import type { ChartLayout, ChartOptions, ChartSpec, ColorToken, Mark, PatternToken } from '../types';

type Company = 'zhipu' | 'minimax';

interface Segment {
  name: string;
  /** Width drawn, in percent of the bar. */
  share: number;
  /** The value as a reader sees it, hedges included; empty when no source states it. */
  text: string;
  color: ColorToken;
  pattern: PatternToken;
}

interface Row {
  company: Company;
  period: string;
  segments: readonly [Segment, Segment];
}

interface Text {
  name: Record<Company, string>;
  unit: string;
  subtitle: string;
  onPrem: string;
  cloud: string;
  aiNative: string;
  openPlatform: string;
  overseas: string;
  domestic: string;
  early: string;
  overseasRow: (period: string) => string;
  derivedNote: (onPrem: string, revenue: string, result: string) => string;
  periodsNote: string;
  columns: [string, string, string, string];
  caption: string;
  title: (early: string, latest: string, onPrem: string) => string;
}

export const words: Words<Text> = {
  en: {
    name: { zhipu: 'Zhipu', minimax: 'MiniMax' },
    unit: '% of revenue',
    subtitle: 'Share of revenue by business line; API and cloud business hatched',
    onPrem: 'On-premise',
    cloud: 'Cloud/API',
    aiNative: 'AI-native apps',
    openPlatform: 'Open platform (API)',
    overseas: 'Overseas',
    domestic: 'China',
    early: 'At first',
    overseasRow: (period) => `By market, ${period}`,
    derivedNote: (onPrem, revenue, result) =>
      `Zhipu’s on-premise share for H1 2025 is our calculation: ${onPrem} of ${revenue} revenue, ${result}.`,
    periodsNote:
      'MiniMax’s “at first” share is undated in the source; its open-platform share is as of late 2025 and its AI-native share covers January to September 2025.',
    columns: ['Company', 'Period', 'Business line', 'Share of revenue'],
    caption: 'Share of revenue by business line, Zhipu and MiniMax',
    title: (early, latest, onPrem) =>
      `MiniMax’s API business fell from ${early} of revenue to ${latest}, while Zhipu still makes ${onPrem} on premise`,
  },
  'zh-hans': {
    name: { zhipu: '智谱', minimax: 'MiniMax' },
    unit: '占营收%',
    subtitle: '各业务线收入占比；API与云端业务以斜线表示',
    onPrem: '本地化部署',
    cloud: '云端/API',
    aiNative: 'AI原生产品',
    openPlatform: '开放平台（API）',
    overseas: '海外',
    domestic: '国内',
    early: '早期',
    overseasRow: (period) => `按市场，${period}`,
    derivedNote: (onPrem, revenue, result) => `智谱2025年上半年本地化部署占比为本站计算：营收${revenue}中的${onPrem}，即${result}。`,
    periodsNote: 'MiniMax“早期”占比来源未注明时间；开放平台占比为2025年末的说法，AI原生产品占比为2025年前三季度。',
    columns: ['公司', '期间', '业务线', '收入占比'],
    caption: '智谱与MiniMax各业务线收入占比',
    title: (early, latest, onPrem) => `MiniMax开放平台收入占比从${early}降至${latest}，智谱仍有${onPrem}来自本地化部署`,
  },
};

function percentOf(id: FactId): number {
  const value = getFact(id).value;
  if (typeof value !== 'number') throw new Error(`Chart "revenue-mix": fact "${id}" must be a single percentage`);
  return value;
}

function derivedOnPrem(locale: Locale, digits = 3): { value: number; text: string } {
  const derived = share('zhipu.onprem-revenue.h1-2025', 'zhipu.revenue.h1-2025');
  const text = formatPercent(derived.value, locale, { digits });
  return { value: derived.value, text: derived.approximate ? qualify(text, 'about', locale) : text };
}

function rows(locale: Locale): Row[] {
  const t = pickWords(words, locale);
  const zhipu = (name: string, value: number, text: string, pattern: PatternToken): Segment => ({ name, share: value, text, color: 'zhipu', pattern });
  const minimax = (name: string, value: number, text: string, pattern: PatternToken, color: ColorToken = 'minimax'): Segment => ({
    name,
    share: value,
    text,
    color,
    pattern,
  });
  const onPremH1 = derivedOnPrem(locale);
  const openEarly = percentOf('minimax.open-platform-share.early');
  const aiNative = percentOf('minimax.consumer-share.9m-2025');
  const overseas = percentOf('minimax.overseas-share.9m-2025');
  const zhipuRow = (period: string, onPrem: FactId, cloud: FactId): Row => ({
    company: 'zhipu',
    period: formatPeriod(period, locale, 'short'),
    segments: [zhipu(t.onPrem, percentOf(onPrem), figureLabel(onPrem, locale), 'solid'), zhipu(t.cloud, percentOf(cloud), figureLabel(cloud, locale), 'hatch')],
  });
  return [
    zhipuRow('2022', 'zhipu.onprem-share.2022', 'zhipu.cloud-share.2022'),
    zhipuRow('2024', 'zhipu.onprem-share.2024', 'zhipu.cloud-share.2024'),
    {
      company: 'zhipu',
      period: formatPeriod('H1 2025', locale, 'short'),
      segments: [
        zhipu(t.onPrem, onPremH1.value, onPremH1.text, 'solid'),
        zhipu(t.cloud, percentOf('zhipu.cloud-share.h1-2025'), figureLabel('zhipu.cloud-share.h1-2025', locale), 'hatch'),
      ],
    },
    {
      company: 'minimax',
      period: t.early,
      segments: [
        minimax(t.aiNative, 100 - openEarly, '', 'solid'),
        minimax(t.openPlatform, openEarly, figureLabel('minimax.open-platform-share.early', locale), 'hatch'),
      ],
    },
    {
      company: 'minimax',
      period: formatPeriod('2025', locale, 'short'),
      segments: [
        minimax(t.aiNative, aiNative, figureLabel('minimax.consumer-share.9m-2025', locale), 'solid'),
        minimax(t.openPlatform, 100 - aiNative, figureLabel('minimax.open-platform-share.latest', locale), 'hatch'),
      ],
    },
    {
      company: 'minimax',
      period: t.overseasRow(formatPeriod('9M 2025', locale, 'short')),
      segments: [minimax(t.overseas, overseas, figureLabel('minimax.overseas-share.9m-2025', locale), 'solid'), minimax(t.domestic, 100 - overseas, '', 'solid', 'rule')],
    },
  ];
}

const companies: readonly Company[] = ['zhipu', 'minimax'];

function segmentLabel(segment: Segment): string {
  return segment.text ? `${segment.name} ${segment.text}` : segment.name;
}

function draw(name: LayoutName, all: readonly Row[], locale: Locale): ChartLayout {
  const panels = twoPanels(name, 28);
  const { panelWidth } = panels;
  const t = pickWords(words, locale);
  const headingHeight = 30;
  const rowGap = 16;
  const barHeight = 20;
  const marks: Mark[] = [];
  let bottom = 0;

  companies.forEach((company, index) => {
    const left = panels.left(index);
    const top = panels.top(index, bottom);
    marks.push(...panelHeading(left, top, t.name[company], t.unit, company));
    let rowTop = top + headingHeight;
    all
      .filter((row) => row.company === company)
      .forEach((row, rowIndex) => {
        const barTop = rowTop + 18;
        const key = `${company}-${rowIndex}`;
        marks.push({ type: 'text', key, x: left, y: rowTop, text: row.period, size: 'small', weight: 'bold', fill: 'ink-soft', baseline: 'top', checked: true });
        const [first, second] = row.segments;
        const split = left + (panelWidth * first.share) / 100;
        marks.push(
          { type: 'rect', key, x: left, y: barTop, width: split - left, height: barHeight, fill: first.color, pattern: first.pattern, title: `${row.period}: ${segmentLabel(first)}` },
          {
            type: 'rect',
            key,
            x: split + 1,
            y: barTop,
            width: left + panelWidth - split - 1,
            height: barHeight,
            fill: second.color,
            pattern: second.pattern,
            title: `${row.period}: ${segmentLabel(second)}`,
          },
        );
        const labelY = barTop + barHeight + 5;
        const firstLabel = segmentLabel(first);
        const secondLabel = segmentLabel(second);
        const fitsOneLine = estimateTextWidth(firstLabel, 'label') + estimateTextWidth(secondLabel, 'label') + 12 <= panelWidth;
        marks.push(
          { type: 'text', key, x: left, y: labelY, text: firstLabel, size: 'label', fill: first.color === 'rule' ? 'ink-soft' : 'ink', baseline: 'top', checked: true },
          {
            type: 'text',
            key,
            x: left + panelWidth,
            y: fitsOneLine ? labelY : labelY + 17,
            text: secondLabel,
            size: 'label',
            fill: second.color === 'rule' ? 'ink-soft' : 'ink',
            anchor: 'end',
            baseline: 'top',
            checked: true,
          },
        );
        rowTop = labelY + (fitsOneLine ? 17 : 34) + rowGap;
      });
    bottom = Math.max(bottom, rowTop - rowGap);
  });
  return { width: panels.width, height: bottom + 4, marks };
}

export function revenueMix(options: ChartOptions): ChartSpec {
  const { locale } = options;
  const t = pickWords(words, locale);
  const all = rows(locale);
  const drawn: FactId[] = [
    'zhipu.onprem-share.2022',
    'zhipu.cloud-share.2022',
    'zhipu.onprem-share.2024',
    'zhipu.cloud-share.2024',
    'zhipu.cloud-share.h1-2025',
    'zhipu.onprem-revenue.h1-2025',
    'zhipu.revenue.h1-2025',
    'minimax.open-platform-share.early',
    'minimax.open-platform-share.latest',
    'minimax.consumer-share.9m-2025',
    'minimax.overseas-share.9m-2025',
  ];
  const onPremH1 = derivedOnPrem(locale);
  const summary = all
    .map((row) => {
      const parts = row.segments.filter((s) => s.text).map((s) => `${s.name}${isChinese(locale) ? '' : ' '}${s.text.replace(disagreementMark, '')}`);
      const name = t.name[row.company];
      return isChinese(locale) ? `${name}（${row.period}）：${parts.join('，')}。` : `${name}, ${row.period}: ${parts.join(', ')}.`;
    })
    .join(isChinese(locale) ? '' : ' ');
  return {
    id: 'revenue-mix',
    title: t.title(factText('minimax.open-platform-share.early', locale), factText('minimax.open-platform-share.latest', locale), derivedOnPrem(locale, 2).text),
    subtitle: t.subtitle,
    summary,
    factIds: drawn,
    notes: [
      ...disagreementNotes(drawn, locale),
      t.derivedNote(factText('zhipu.onprem-revenue.h1-2025', locale), factText('zhipu.revenue.h1-2025', locale), onPremH1.text),
      t.periodsNote,
    ],
    legend: [],
    table: {
      caption: t.caption,
      columns: t.columns,
      rows: all.flatMap((row) => row.segments.filter((s) => s.text).map((s) => [t.name[row.company], row.period, s.name, s.text])),
    },
    narrow: draw('narrow', all, locale),
    wide: draw('wide', all, locale),
  };
}
