import type { APIRoute } from 'astro';
import { exportWords } from '../../../../i18n/export-words';
import { chapterDownloadPaths, factsOfChapter } from '../../../../lib/chapter-downloads';
import type { ChapterEntry } from '../../../../lib/chapters';
import { factsToJson } from '../../../../lib/fact-export';

export const getStaticPaths = chapterDownloadPaths;

export const GET: APIRoute<{ entry: ChapterEntry }> = ({ props }) => {
  const { language, title } = props.entry.data;
  return new Response(factsToJson(factsOfChapter(props.entry), exportWords(language).chapterTitle(title), language), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
