import { describe, expect, it } from 'vitest';
import { ieltsOverall } from './ielts';

describe('IELTS overall (official rounding)', () => {
  it.each([
    [[7, 7, 6.5, 7], 7], // 6.875 -> 7
    [[6.5, 6.5, 5, 7], 6.5], // 6.25 -> 6.5
    [[4, 3.5, 4, 4], 4], // 3.875 -> 4
    [[6, 6, 6, 6.5], 6], // 6.125 -> 6
    [[7, 7, 7.5, 8], 7.5], // 7.375 -> 7.5
    [[6, 6.5, 6.5, 6.5], 6.5], // 6.375 -> 6.5
    [[6.5, 6.5, 7, 7], 7], // 6.75 -> 7
  ])('%j -> %d', (scores, overall) => {
    expect(ieltsOverall(scores)).toBe(overall);
  });

  it.each([[[7, 7, 6.3, 7]], [[9.5, 7, 7, 7]], [[7, 7, 7]], [[Number.NaN, 7, 7, 7]]])('%j is not a valid set', (s) => {
    expect(ieltsOverall(s)).toBeNull();
  });
});
