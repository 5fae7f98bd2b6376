import { expect, test } from 'vitest';
import { withOutletNames } from './reader-words';

test('swaps the site\'s seed labels for outlet names, capitalised at the start of a sentence', () => {
  expect(withOutletNames("S2 gives 782.2%, S4 782%; per S1's account. S4 rounds.")).toBe(
    "Beijing Science and Technology News gives 782.2%, the NetEase Hao author 782%; per Bohu Finance's account. The NetEase Hao author rounds.",
  );
  expect(withOutletNames('S3 and S5, not S6 or CS1')).toBe('Kanjian Finance and STAR Market Daily, not S6 or CS1');
});

test('calls the source files articles, as readers know them', () => {
  expect(withOutletNames('The seed says only "年初". No seed dates it; both seeds agree. Seeds differ.')).toBe(
    'The article says only "年初". No article dates it; both articles agree. Articles differ.',
  );
  expect(withOutletNames('seedling')).toBe('seedling');
});
