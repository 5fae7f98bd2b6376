/**
 * A page title no longer than search results and tabs show (70 characters, the html-validate limit): the
 * headline cut at the last whole word that fits, with an ellipsis.
 */
export const titleLimit = 70;

export function shortTitle(text: string, limit = titleLimit): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
