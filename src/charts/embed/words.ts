/** Words of the travelling chart (embed pages, exports, the gallery's embed code), per edition. */
import { editionTable } from '../../i18n/traditional-strings';
import type { Locale } from '../../lib/locale.ts';
import type { ExportLayout } from './paths.ts';

export interface TravelWords {
  /** The link from an embedded chart back to the story. */
  readStory: (siteTitle: string) => string;
  /** The credit line on embeds and exported SVGs. */
  credit: (siteTitle: string) => string;
  sequenceHeading: string;
  stateLabel: (n: number, total: number) => string;
  /** Link texts of the two SVG files of a chart. */
  svgLayout: Record<ExportLayout, string>;
  embedCode: string;
  embedSequenceCode: string;
  openEmbed: string;
}

const en: TravelWords = {
  readStory: (siteTitle) => `Read the story: ${siteTitle}`,
  credit: (siteTitle) => `Chart: ${siteTitle}`,
  sequenceHeading: 'Step by step',
  stateLabel: (n, total) => `Step ${n} of ${total}`,
  svgLayout: { narrow: 'SVG (phone)', wide: 'SVG (wide)' },
  embedCode: 'Embed on another site',
  embedSequenceCode: 'Embed the sequence on another site',
  openEmbed: 'Open the embed page',
};

const zhHans: TravelWords = {
  readStory: (siteTitle) => `阅读全文：${siteTitle}`,
  credit: (siteTitle) => `图表：${siteTitle}`,
  sequenceHeading: '逐步呈现',
  stateLabel: (n, total) => `第${n}步，共${total}步`,
  svgLayout: { narrow: 'SVG（手机版）', wide: 'SVG（宽版）' },
  embedCode: '嵌入其他网站',
  embedSequenceCode: '将序列嵌入其他网站',
  openEmbed: '打开嵌入页面',
};

const words: Record<Locale, TravelWords> = editionTable(en, zhHans);

export function travelWords(locale: Locale): TravelWords {
  return words[locale];
}
