// Seeded pseudo-random numbers (mulberry32). The whole state is one uint32 kept in the world,
// so a snapshot restores the sequence exactly and the same seed always gives the same ids.

export interface RngState {
  s: number;
}

export function createRngState(seed: number): RngState {
  return { s: (Math.floor(seed) ^ 0x9e3779b9) >>> 0 };
}

/** Next uint32 from the state, advancing it. */
export function nextUint32(state: RngState): number {
  state.s = (state.s + 0x6d2b79f5) >>> 0;
  let t = state.s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** An integer in [0, n). */
export function randomInt(state: RngState, n: number): number {
  return nextUint32(state) % n;
}

/** `bytes` random bytes as lowercase hex (64 hex for a container or image id). */
export function randomHex(state: RngState, bytes = 32): string {
  let out = '';
  for (let i = 0; i < bytes; i += 4) out += nextUint32(state).toString(16).padStart(8, '0');
  return out.slice(0, bytes * 2);
}

/**
 * A 64-hex id that, like Docker's stringid.GenerateRandomID, never looks like a number when
 * shortened to 12 characters (so `docker rm 123456789012` cannot be ambiguous with a name).
 */
export function randomId(state: RngState): string {
  for (;;) {
    const id = randomHex(state, 32);
    if (!/^[0-9]+$/.test(id.slice(0, 12))) return id;
  }
}
