// Shared by the network command tests: a simulator on a fixed clock with alpine pulled quietly,
// result helpers and a peek into the snapshot's networks and containers.
import { createSimulator } from '../../../index.ts';
import type { ContainerRecord, NetworkRecord, WorldState } from '../../../engine/state.ts';

export const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

export function setup(seed = 1) {
  let now = T0;
  const sim = createSimulator({ seed, clock: () => now });
  const world = () => (sim.snapshot() as unknown as { world: WorldState }).world;
  return {
    sim,
    world,
    network: (name: string): NetworkRecord => Object.values(world().networks).find((n) => n.name === name)!,
    container: (name: string): ContainerRecord => Object.values(world().containers).find((c) => c.name === name)!,
    advance(ms: number) {
      now += ms;
    },
  };
}

/** A simulator with alpine already pulled (no pull output in the runs under test). */
export async function withAlpine(seed = 1) {
  const s = setup(seed);
  await s.sim.run('docker pull -q alpine');
  return s;
}

export const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });
