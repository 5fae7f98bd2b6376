import { expect, test } from 'vitest';
import { notVerbatimMessage, quoteDifference } from './quote-diff';

const seed = ['標題', '2022年至2025年上半年,分別實現營收5740萬元、1.245億元、3.124億元。', '2019年,張鵬帶領(lǐng)團隊獨立出來。'].join('\n');

test('a changed figure in the seed is shown at its line, with the characters that differ', () => {
  expect(quoteDifference(seed.replace('5740萬元', '5750萬元'), '分別實現營收5740萬元、1.245億元')).toEqual({
    line: 2,
    quote: '…實現營收57[4]0萬元、1.…',
    seed: '…實現營收57[5]0萬元、1.…',
  });
});

test('characters the quote lost, such as a conversion artefact, show as what the seed has in their place', () => {
  expect(quoteDifference(seed, '張鵬帶領團隊')).toEqual({ line: 3, quote: '…張鵬帶領[]團隊…', seed: '…張鵬帶領[(lǐng)]團隊獨立出來…' });
});

test('a quote the seed holds has no difference; the message names the seed file and line, or says nothing matched', () => {
  expect(quoteDifference(seed, '團隊獨立出來')).toBeUndefined();
  expect(notVerbatimMessage(seed.replace('3.124億元', '3.125億元'), '000_a.txt', '1.245億元、3.124億元')).toBe(
    'quote is not a verbatim substring of 000_a.txt: «1.245億元、3.124億元»; nearest at seeds/000_a.txt:2, where the quote has «…元、3.12[4]億元…» and the seed has «…元、3.12[5]億元。↵20…»',
  );
  expect(notVerbatimMessage(seed, '000_a.txt', '智谱营收')).toBe('quote is not a verbatim substring of 000_a.txt: «智谱营收»; no part of it is in the seed');
});
