import { describe, expect, test } from 'vitest';
import { dodge } from './dodge';

describe('dodge', () => {
  test('labels that do not collide stay where they want to be', () => {
    expect(dodge([{ want: 0, size: 10 }, { want: 30, size: 10 }], 0, 100)).toEqual([0, 30]);
  });

  test('a label that would overlap its predecessor is pushed past it', () => {
    expect(dodge([{ want: 0, size: 20 }, { want: 5, size: 20 }, { want: 60, size: 10 }], 0, 100)).toEqual([0, 20, 60]);
  });

  test('labels pushed past the bottom are pulled back up, moving earlier ones if needed', () => {
    expect(dodge([{ want: 70, size: 20 }, { want: 80, size: 20 }], 0, 100)).toEqual([60, 80]);
  });
});
