// Shared by the volume command tests: a simulator on a fixed clock, result helpers and a peek
// into the snapshot's volumes.
import { createSimulator } from '../../../index.ts';
import type { VolumeRecord, WorldState } from '../../../engine/state.ts';

export const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

export function setup(seed = 1) {
  let now = T0;
  const sim = createSimulator({ seed, clock: () => now });
  const world = () => (sim.snapshot() as unknown as { world: WorldState }).world;
  return {
    sim,
    world,
    volume: (name: string): VolumeRecord | undefined => world().volumes[name],
    volumeNames: () => Object.keys(world().volumes),
    advance(ms: number) {
      now += ms;
    },
  };
}

export const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });
