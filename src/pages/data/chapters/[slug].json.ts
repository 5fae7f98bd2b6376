import type { APIRoute } from 'astro';
import { chapterDownloadPaths, factsOfChapter } from '../../../lib/chapter-downloads';
import type { ChapterEntry } from '../../../lib/chapters';
import { factsToJson } from '../../../lib/fact-export';

export const getStaticPaths = chapterDownloadPaths;

export const GET: APIRoute<{ entry: ChapterEntry }> = ({ props }) =>
  new Response(factsToJson(factsOfChapter(props.entry), `Figures in "${props.entry.data.title}"`), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
