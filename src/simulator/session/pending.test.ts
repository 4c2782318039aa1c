// Before its code loads, a simulator draws the prompt and takes Ctrl+C from the session's plain
// state (pending.ts); once loaded (the first run, or preload), the live session must agree.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../index.ts';
import type { Simulator, WorldSnapshot } from '../types.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

async function world(...lines: string[]): Promise<WorldSnapshot> {
  const sim = createSimulator({ seed: 3, clock: () => T0 });
  for (const line of lines) await sim.run(line);
  return sim.snapshot();
}

/** The prompt a restored simulator shows before and after its code loads. */
async function prompts(snapshot: WorldSnapshot, before?: (sim: Simulator) => void): Promise<[string, string]> {
  const sim = createSimulator({ state: snapshot, clock: () => T0 });
  before?.(sim);
  const pending = sim.prompt;
  await sim.preload?.();
  return [pending, sim.prompt];
}

describe('the prompt before the code loads', () => {
  it('is the host shell’s, fresh or restored, in any directory and nested shell', async () => {
    expect(createSimulator({ seed: 1 }).prompt).toBe('learner@dockyard:~$ ');
    expect(await prompts(await world('cd /tmp'))).toEqual(['learner@dockyard:/tmp$ ', 'learner@dockyard:/tmp$ ']);
    expect(await prompts(await world('mkdir -p a/b', 'cd a/b'))).toEqual(['learner@dockyard:~/a/b$ ', 'learner@dockyard:~/a/b$ ']);
    expect(await prompts(await world('sh'))).toEqual(['$ ', '$ ']);
  });

  it('is a restored container shell’s, or none for one without a terminal', async () => {
    const [inside, live] = await prompts(await world('docker run -it --name box ubuntu bash', 'cd /etc'));
    expect(inside).toMatch(/^root@[0-9a-f]{12}:\/etc# $/);
    expect(live).toBe(inside);
    expect(await prompts(await world('docker run -i ubuntu bash'))).toEqual(['', '']);
  });

  it('falls back to the host when the container of a saved shell no longer runs', async () => {
    const snap = (await world('docker run -it --name box ubuntu bash')) as WorldSnapshot & {
      world: { containers: Record<string, { state: { status: string } }> };
    };
    for (const c of Object.values(snap.world.containers)) c.state.status = 'exited';
    expect(await prompts(snap)).toEqual(['learner@dockyard:~$ ', 'learner@dockyard:~$ ']);
  });

  it('is PS2 for a half-typed line, which Ctrl+C drops before and after loading', async () => {
    const half = await world('echo "one');
    expect(await prompts(half)).toEqual(['> ', '> ']);
    expect(await prompts(half, (sim) => sim.interrupt())).toEqual(['learner@dockyard:~$ ', 'learner@dockyard:~$ ']);
    const sim = createSimulator({ state: half, clock: () => T0 });
    await sim.preload?.();
    sim.interrupt();
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
  });

  it('loads on the first command, which answers as ever; a snapshot before then restores the same', async () => {
    const sim = createSimulator({ seed: 5, clock: () => T0, files: { 'notes.txt': 'hi\n' } });
    const again = createSimulator({ state: sim.snapshot(), clock: () => T0 });
    expect(await sim.run('cat notes.txt')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(await again.run('cat notes.txt')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(sim.complete('docker ru').candidates).toEqual(['run']);
    expect(createSimulator({ seed: 5 }).complete('docker container st').candidates).toEqual(['start', 'stats', 'stop']);
  });
});
