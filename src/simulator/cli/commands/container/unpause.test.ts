import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  state: { status: string; exitCode: number };
}

function setup() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 5, clock: () => now });
  const byName = (name: string) =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers).find((c) => c.name === name);
  const advance = async (ms: number) => {
    now += ms;
    await sim.run('');
  };
  return { sim, byName, advance };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker unpause', () => {
  it('thaws a paused container and prints the argument', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker pause web');
    expect(await sim.run('docker unpause web')).toEqual(ok('web\n'));
    expect(byName('web')!.state.status).toBe('running');
  });

  it('a process whose time ran out while frozen ends once thawed', async () => {
    const { sim, byName, advance } = setup();
    await sim.run('docker run -d --name nap alpine sleep 5');
    await sim.run('docker pause nap');
    await advance(10_000);
    expect(byName('nap')!.state.status).toBe('paused');
    await sim.run('docker unpause nap');
    expect(byName('nap')!.state).toMatchObject({ status: 'exited', exitCode: 0 });
  });

  it('refuses a container that is not paused', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker create --name idle alpine true');
    const web = byName('web')!.id;
    const idle = byName('idle')!.id;
    expect(await sim.run('docker container unpause web idle nope')).toEqual(
      fail(
        `Error response from daemon: Container ${web} is not paused\nError response from daemon: Container ${idle} is not paused\nError response from daemon: No such container: nope\n`,
      ),
    );
  });

  it('has no options and needs an argument', async () => {
    const { sim } = setup();
    expect(await sim.run('docker unpause --help')).toEqual(
      ok('Usage:  docker unpause CONTAINER [CONTAINER...]\n\nUnpause all processes within one or more containers\n\nAliases:\n  docker container unpause, docker unpause\n'),
    );
    expect(await sim.run('docker unpause')).toEqual(
      fail("docker: 'docker unpause' requires at least 1 argument\n\nUsage:  docker unpause CONTAINER [CONTAINER...]\n\nSee 'docker unpause --help' for more information\n"),
    );
  });
});
