import { describe, expect, it } from 'vitest';
import { createRngState, randomHex, randomId, randomInt } from './rng.ts';

describe('seeded rng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRngState(7), b = createRngState(7);
    expect(randomHex(a)).toBe(randomHex(b));
    expect(randomInt(a, 100)).toBe(randomInt(b, 100));
  });
  it('gives different sequences for different seeds', () => {
    expect(randomHex(createRngState(1))).not.toBe(randomHex(createRngState(2)));
  });
  it('makes 64-hex ids whose 12-char prefix is never all digits', () => {
    const s = createRngState(3);
    for (let i = 0; i < 500; i++) {
      const id = randomId(s);
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(id.slice(0, 12)).not.toMatch(/^[0-9]+$/);
    }
  });
  it('restores from a copied state', () => {
    const s = createRngState(9);
    randomHex(s);
    const copy = { ...s };
    expect(randomHex(copy)).toBe(randomHex(s));
  });
});
