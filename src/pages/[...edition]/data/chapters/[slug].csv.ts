import type { APIRoute } from 'astro';
import { chapterDownloadPaths, factsOfChapter } from '../../../../lib/chapter-downloads';
import type { ChapterEntry } from '../../../../lib/chapters';
import { factsToCsv } from '../../../../lib/fact-export';

export const getStaticPaths = chapterDownloadPaths;

export const GET: APIRoute<{ entry: ChapterEntry }> = ({ props }) =>
  new Response(factsToCsv(factsOfChapter(props.entry), props.entry.data.language), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
