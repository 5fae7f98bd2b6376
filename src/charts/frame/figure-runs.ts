/**
 * A chart headline split into plain text and figures with their units ("2022年", "1128亿港元", "4.9倍"), so
 * the frame can keep each figure on one line: Chinese allows a line break between a digit and the 年 or 亿
 * after it, which at 360 px left headlines reading "2022" at the end of a line and "年23天" on the next.
 */
export interface Run {
  text: string;
  figure: boolean;
}

const figure = /\d[\d.,]*[年月日天倍%亿万元美港]*/gu;

export function figureRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(figure)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), figure: false });
    runs.push({ text: match[0], figure: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), figure: false });
  return runs;
}
