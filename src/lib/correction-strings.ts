/** Words of the corrections log, per edition. */
import { editionTable } from '../i18n/traditional-strings';
import type { Locale } from './locale';

export interface CorrectionStrings {
  navCorrections: string;
  title: string;
  description: string;
  intro: string;
  none: string;
  chapterHeading: string;
  why: string;
  inChapter: string;
}

const en: CorrectionStrings = {
  navCorrections: 'Corrections',
  title: 'Corrections',
  description: 'Every correction made to the story since it was published: what was wrong, what it says now and why.',
  intro:
    'When we find an error we fix it in the chapter and record it here and at the foot of the chapter: what was wrong, what the chapter says now, and why. Newest first.',
  none: 'No corrections so far.',
  chapterHeading: 'Corrections',
  why: 'Why',
  inChapter: 'In',
};

const zhHans: CorrectionStrings = {
  navCorrections: '更正',
  title: '更正记录',
  description: '故事发布以来的每一处更正：原来错在哪里，现在怎么写，为什么改。',
  intro: '发现错误，我们会在章节里改正，并在这里和该章末尾留下记录：原来错在哪里，现在怎么写，为什么改。按时间倒序排列。',
  none: '目前没有更正。',
  chapterHeading: '更正',
  why: '原因',
  inChapter: '所在章节',
};

const byLocale: Record<Locale, CorrectionStrings> = editionTable(en, zhHans);

export function correctionStrings(locale: Locale): CorrectionStrings {
  return byLocale[locale];
}
