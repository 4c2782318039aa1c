import { describe, expect, it } from 'vitest';
import { generateName, NAME_ADJECTIVES, NAME_ATTEMPTS, NAME_SURNAMES, uniqueName } from './names.ts';

/** A rand(n) that replays the given draws (each must be < n). */
function draws(...values: number[]): (n: number) => number {
  const queue = [...values];
  return (n) => {
    const v = queue.shift();
    if (v === undefined) throw new Error('out of draws');
    if (v < 0 || v >= n) throw new Error(`draw ${v} not in [0, ${n})`);
    return v;
  };
}

const idx = (list: readonly string[], word: string): number => {
  const i = list.indexOf(word);
  if (i < 0) throw new Error(`${word} not in list`);
  return i;
};

describe('name lists (moby namesgenerator)', () => {
  it('has the 108 adjectives and 236 surnames, in moby order', () => {
    expect(NAME_ADJECTIVES.length).toBe(108);
    expect(NAME_SURNAMES.length).toBe(236);
    expect(NAME_ADJECTIVES.slice(0, 3)).toEqual(['admiring', 'adoring', 'affectionate']);
    expect(NAME_ADJECTIVES.at(-1)).toBe('zen');
    expect(NAME_SURNAMES.slice(0, 3)).toEqual(['agnesi', 'albattani', 'allen']);
    expect(NAME_SURNAMES.slice(-3)).toEqual(['yalow', 'yonath', 'zhukovsky']);
  });
  it('contains only lowercase words', () => {
    for (const w of [...NAME_ADJECTIVES, ...NAME_SURNAMES]) expect(w).toMatch(/^[a-z]+$/);
  });
});

describe('generateName (GetRandomName)', () => {
  it('draws an adjective then a surname', () => {
    expect(generateName(draws(0, 0), 0)).toBe('admiring_agnesi');
    expect(generateName(draws(idx(NAME_ADJECTIVES, 'focused'), idx(NAME_SURNAMES, 'turing')), 0)).toBe('focused_turing');
  });
  it('appends a random digit on a retry', () => {
    expect(generateName(draws(idx(NAME_ADJECTIVES, 'focused'), idx(NAME_SURNAMES, 'turing'), 3), 1)).toBe('focused_turing3');
    expect(generateName(draws(0, 0, 9), 5)).toBe('admiring_agnesi9');
  });
  it('never returns boring_wozniak: it draws both words again', () => {
    const rand = draws(idx(NAME_ADJECTIVES, 'boring'), idx(NAME_SURNAMES, 'wozniak'), idx(NAME_ADJECTIVES, 'boring'), idx(NAME_SURNAMES, 'turing'));
    expect(generateName(rand, 0)).toBe('boring_turing');
  });
});

describe('uniqueName (daemon generateAndReserveName)', () => {
  it('takes the first free name, the first try without a digit', () => {
    expect(uniqueName(draws(0, 0), () => false)).toBe('admiring_agnesi');
  });
  it('retries with a digit suffix while the name is taken', () => {
    const taken = new Set(['admiring_agnesi', 'admiring_agnesi1']);
    expect(uniqueName(draws(0, 0, 0, 0, 1, 0, 0, 2), (n) => taken.has(n))).toBe('admiring_agnesi2');
  });
  it('falls back to the 12-character short ID after six collisions', () => {
    expect(NAME_ATTEMPTS).toBe(6);
    const rand = draws(0, 0, ...Array.from({ length: 5 }, () => [0, 0, 0]).flat());
    expect(uniqueName(rand, () => true, 'sha256:0123456789abcdef0123')).toBe('0123456789ab');
  });
  it('without an id keeps drawing digit-suffixed names', () => {
    let calls = 0;
    const rand = (n: number): number => (n === 10 ? (calls++ < 8 ? 0 : 7) : 0);
    expect(uniqueName(rand, (name) => name !== 'admiring_agnesi7')).toBe('admiring_agnesi7');
  });
});
