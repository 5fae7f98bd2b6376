/** Where an embedded chart links back to: the first chapter of its edition that shows it, or the cover. */
import { chapterCharts, chapterPath, chaptersFor } from '../../lib/chapters';
import type { Locale } from '../../lib/locale';
import { editionHomePath } from './paths';

export async function storyPathFor(chartId: string, locale: Locale): Promise<string> {
  const chapters = await chaptersFor(locale);
  const home = chapters.find((entry) => chapterCharts(entry).includes(chartId));
  if (home) return chapterPath(home);
  return editionHomePath(locale);
}
