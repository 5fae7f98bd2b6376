/**
 * The gallery's one-line description of the receivable-days chart must say what the facts say: customers
 * paid Zhipu a little faster in 2023 than in 2022 (a correction of 2 December 2026 fixed "longer and
 * longer" in the chapter), and far slower from 2024.
 */
import { expect, test } from 'vitest';
import { getFact } from '../../facts/registry';
import { chartEntry } from '../registry';

const days = (id: 'zhipu.receivable-days.2022' | 'zhipu.receivable-days.2023' | 'zhipu.receivable-days.2024') => Number(getFact(id).value);

test('the facts: 2023 was quicker than 2022, 2024 far slower than both', () => {
  expect(days('zhipu.receivable-days.2023')).toBeLessThan(days('zhipu.receivable-days.2022'));
  expect(days('zhipu.receivable-days.2024')).toBeGreaterThan(2 * days('zhipu.receivable-days.2022'));
});

test('the description in both languages gives the quicker 2023 and the slower years after, not a steady slide', () => {
  const { description } = chartEntry('receivable-days');
  expect(description.en).toContain('a little faster in 2023 than in 2022');
  expect(description.en).not.toMatch(/ever longer|longer and longer/u);
  expect(description['zh-hans']).toContain('2023年客户回款比2022年略快');
  expect(description['zh-hans']).not.toMatch(/越来越/u);
});
