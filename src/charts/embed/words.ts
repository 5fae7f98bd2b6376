/** Words of the travelling chart (embed pages, exports, the gallery's embed code), per edition. */
import type { Locale } from '../../lib/locale.ts';

export interface TravelWords {
  /** The link from an embedded chart back to the story. */
  readStory: (siteTitle: string) => string;
  /** The credit line on embeds and exported SVGs. */
  credit: (siteTitle: string) => string;
  sequenceHeading: string;
  stateLabel: (n: number, total: number) => string;
  downloadSvg: string;
  svgNarrow: string;
  svgWide: string;
  embedCode: string;
  embedSequenceCode: string;
  openEmbed: string;
}

const en: TravelWords = {
  readStory: (siteTitle) => `Read the story: ${siteTitle}`,
  credit: (siteTitle) => `Chart: ${siteTitle}`,
  sequenceHeading: 'Step by step',
  stateLabel: (n, total) => `Step ${n} of ${total}`,
  downloadSvg: 'Download the chart (SVG)',
  svgNarrow: 'phone layout',
  svgWide: 'wide layout',
  embedCode: 'Embed on another site',
  embedSequenceCode: 'Embed the sequence on another site',
  openEmbed: 'Open the embed page',
};

const zhHans: TravelWords = {
  readStory: (siteTitle) => `阅读全文：${siteTitle}`,
  credit: (siteTitle) => `图表：${siteTitle}`,
  sequenceHeading: '逐步呈现',
  stateLabel: (n, total) => `第${n}步，共${total}步`,
  downloadSvg: '下载图表（SVG）',
  svgNarrow: '手机版式',
  svgWide: '宽版式',
  embedCode: '嵌入其他网站',
  embedSequenceCode: '将序列嵌入其他网站',
  openEmbed: '打开嵌入页面',
};

const zhHant: TravelWords = {
  ...zhHans,
  readStory: (siteTitle) => `閱讀全文：${siteTitle}`,
  credit: (siteTitle) => `圖表：${siteTitle}`,
  sequenceHeading: '逐步呈現',
  stateLabel: (n, total) => `第${n}步，共${total}步`,
  downloadSvg: '下載圖表（SVG）',
  svgNarrow: '手機版式',
  svgWide: '寬版式',
  embedCode: '嵌入其他網站',
  embedSequenceCode: '將序列嵌入其他網站',
  openEmbed: '打開嵌入頁面',
};

const words: Record<Locale, TravelWords> = { en, 'zh-hans': zhHans, 'zh-hant': zhHant };

export function travelWords(locale: Locale): TravelWords {
  return words[locale];
}
