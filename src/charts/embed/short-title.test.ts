import { expect, test } from 'vitest';
import { shortTitle } from './short-title';

test('keeps a short headline and cuts a long one at a word, within the limit', () => {
  expect(shortTitle('Zhipu now waits 112 days to be paid')).toBe('Zhipu now waits 112 days to be paid');
  expect(shortTitle('one two three four', 12)).toBe('one two…');
  expect(shortTitle('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghi…');
});
