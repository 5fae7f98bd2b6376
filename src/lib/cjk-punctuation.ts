/**
 * Chinese prose takes full-width punctuation (，。：；？！（）“”), half-width only inside Latin names and figures
 * (the brief's convention). A half-width mark that touches a Chinese character is a slip of the keyboard's
 * input mode: "智谱,MiniMax" for "智谱，MiniMax", "GLM(通用语言模型)" for "GLM（通用语言模型）".
 */
import type { ChapterReading } from './chapter-reading.ts';

export interface PunctuationSlip {
  /** The half-width mark with the characters either side, e.g. "谱,M". */
  slip: string;
  /** 1-based line of the MDX file. */
  line: number;
}

const halfWidth = `,.;:?!()"'`;
const besideHan = new RegExp(`(?<=\\p{Script=Han})[${halfWidth}]|[${halfWidth}](?=\\p{Script=Han})`, 'gu');

function slipsIn(text: string, firstLine: number): PunctuationSlip[] {
  return [...text.matchAll(besideHan)].map((m) => ({
    slip: text.slice(Math.max(0, m.index - 1), m.index + 2),
    line: firstLine + (text.slice(0, m.index).match(/\n/gu)?.length ?? 0),
  }));
}

/** Half-width marks beside Chinese characters in a chapter's headings and paragraphs, in document order. */
export function halfWidthPunctuation(reading: ChapterReading): PunctuationSlip[] {
  const texts = [
    ...reading.headings,
    ...reading.paragraphs.flatMap((paragraph) => paragraph.pieces.flatMap((piece) => (piece.kind === 'text' ? [piece] : []))),
  ];
  return texts.flatMap(({ text, line }) => slipsIn(text, line)).sort((a, b) => a.line - b.line);
}

export function formatPunctuationSlip(file: string, { slip, line }: PunctuationSlip): string {
  return `${file}:${line}: half-width punctuation beside Chinese text in "${slip}"; use the full-width mark (，。：；？！（）“”)`;
}
