/** Words of the in-place source notes (<Cite> and <Fact>) and of the printed endnotes, per edition. */
import { editionTable } from '../i18n/traditional-strings';
import type { Locale } from './locale';

export interface NoteStrings {
  /** Accessible name of a citation marker: "Source note 3" or "Source notes 3, 4". */
  markerLabel: (numbers: readonly number[]) => string;
  /** Accessible name of the button over a figure in prose: "Source of RMB 312.4 million". */
  figureLabel: (figure: string) => string;
  close: string;
  original: string;
  gloss: string;
  undated: string;
  otherReadings: string;
  onDataPage: string;
  passagesOfSeed: string;
  endnotes: string;
  sourcesPassages: string;
  citedIn: string;
  citedOnSitePages: string;
  methodologyHeading: string;
  methodologyBody: string;
  methodologyExample: string;
}

const en: NoteStrings = {
  markerLabel: (numbers) => `Source ${numbers.length === 1 ? 'note' : 'notes'} ${numbers.join(', ')}`,
  figureLabel: (figure) => `Source of ${figure}`,
  close: 'Close',
  original: 'Original',
  gloss: 'In English',
  undated: 'undated',
  otherReadings: 'Other readings',
  onDataPage: 'This figure on the data page',
  passagesOfSeed: 'Everything we cite from this article',
  endnotes: 'Notes',
  sourcesPassages: 'Sentences the story cites from this article',
  citedIn: 'Cited in',
  citedOnSitePages: 'Cited on the methodology page',
  methodologyHeading: 'Notes on sentences and figures',
  methodologyBody:
    'A sentence that rests on what an article says, rather than on a figure, carries a small numbered marker. Tap it, or press Enter on it, and a note opens where you are reading: the article, its headline and date, the original Chinese sentence and our gloss of it. Every figure opens a note in the same way, with the sentence that states it and any other reading. Printed, a chapter lists its notes at the end.',
  methodologyExample: 'For example, the title of this story comes from the headline of one of its sources',
};

const zhHans: NoteStrings = {
  markerLabel: (numbers) => `来源注释${numbers.join('、')}`,
  figureLabel: (figure) => `${figure}的出处`,
  close: '关闭',
  original: '原文',
  gloss: '大意',
  undated: '未注明日期',
  otherReadings: '其他说法',
  onDataPage: '在数据页查看这个数字',
  passagesOfSeed: '本站引用这篇报道的全部内容',
  endnotes: '注释',
  sourcesPassages: '故事引用这篇报道的句子',
  citedIn: '引用于',
  citedOnSitePages: '引用于方法说明页',
  methodologyHeading: '句子和数字的注释',
  methodologyBody:
    '凡是依据报道说法、而不是依据某个数字的句子，都带有一个小小的编号标记。点按它，或在它上面按回车键，注释就会在阅读位置展开：报道名称、标题和日期，中文原句，以及我们概括的大意。每个数字也能这样打开注释，显示给出它的原句和其他说法。打印时，各章会在文末列出全部注释。',
  methodologyExample: '比如，本故事的标题就取自其中一篇报道的标题',
};

const byLocale: Record<Locale, NoteStrings> = editionTable(en, zhHans);

export function noteStrings(locale: Locale): NoteStrings {
  return byLocale[locale];
}
