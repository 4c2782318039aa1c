import { describe, expect, it } from 'vitest';
import { clampSplit, splitAfterKey, SPLIT_MAX, SPLIT_MIN } from './split.ts';

describe('splitAfterKey', () => {
  it('moves by steps within the limits, jumps with Home/End and resets with Enter', () => {
    expect(splitAfterKey(50, 'ArrowLeft', 50)).toBe(45);
    expect(splitAfterKey(50, 'ArrowRight', 50)).toBe(55);
    expect(splitAfterKey(SPLIT_MIN + 2, 'ArrowLeft', 50)).toBe(SPLIT_MIN);
    expect(splitAfterKey(SPLIT_MAX, 'ArrowDown', 50)).toBe(SPLIT_MAX);
    expect(splitAfterKey(40, 'Home', 50)).toBe(SPLIT_MIN);
    expect(splitAfterKey(40, 'End', 50)).toBe(SPLIT_MAX);
    expect(splitAfterKey(70, 'Enter', 50)).toBe(50);
    expect(splitAfterKey(70, 'a', 50)).toBeUndefined();
  });

  it('clamps and rounds', () => {
    expect([0, 33.4, 100].map(clampSplit)).toEqual([SPLIT_MIN, 33, SPLIT_MAX]);
  });
});
