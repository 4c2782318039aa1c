import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  state: { status: string; exitCode: number };
}

function setup() {
  const sim = createSimulator({ seed: 4, clock: () => Date.UTC(2026, 2, 2, 9, 0, 0) });
  const byName = (name: string) =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers).find((c) => c.name === name);
  return { sim, byName };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker pause', () => {
  it('freezes a running container and prints the argument', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker pause web')).toEqual(ok('web\n'));
    expect(byName('web')!.state.status).toBe('paused');
  });

  it('refuses a paused, a stopped and a missing container', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker create --name idle alpine true');
    await sim.run('docker pause web');
    const web = byName('web')!.id;
    const idle = byName('idle')!.id;
    expect(await sim.run('docker pause web idle nope')).toEqual(
      fail(
        `Error response from daemon: container ${web} is already paused\nError response from daemon: container ${idle} is not running\nError response from daemon: No such container: nope\n`,
      ),
    );
  });

  it('cannot pause a container that is restarting', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --restart always --name flaky alpine false');
    const id = byName('flaky')!.id;
    expect(byName('flaky')!.state.status).toBe('restarting');
    expect(await sim.run('docker pause flaky')).toEqual(
      fail(`Error response from daemon: Container ${id} is restarting, wait until the container is running\n`),
    );
  });

  it('blocks start, rm and attach until unpaused', async () => {
    const { sim } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker pause web');
    expect(await sim.run('docker start web')).toEqual(
      fail('Error response from daemon: cannot start a paused container, try unpause instead\nfailed to start containers: web\n'),
    );
    expect(await sim.run('docker rm web')).toEqual(
      fail('Error response from daemon: cannot remove container "web": container is paused and must be unpaused first\n'),
    );
    expect(await sim.run('docker attach web')).toEqual(fail('cannot attach to a paused container, unpause it first\n'));
  });

  it('has no options and needs an argument', async () => {
    const { sim } = setup();
    expect(await sim.run('docker pause --help')).toEqual(
      ok('Usage:  docker pause CONTAINER [CONTAINER...]\n\nPause all processes within one or more containers\n\nAliases:\n  docker container pause, docker pause\n'),
    );
    expect(await sim.run('docker pause')).toEqual(
      fail("docker: 'docker pause' requires at least 1 argument\n\nUsage:  docker pause CONTAINER [CONTAINER...]\n\nSee 'docker pause --help' for more information\n"),
    );
    expect(await sim.run('docker pause -f web')).toEqual(
      fail("unknown shorthand flag: 'f' in -f\n\nUsage:  docker pause CONTAINER [CONTAINER...]\n\nRun 'docker pause --help' for more information\n", 125),
    );
  });
});
