import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  restartCount: number;
  state: { status: string; exitCode: number };
}

function setup() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 3, clock: () => now });
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

describe('docker kill', () => {
  it('sends SIGKILL by default: the container exits 137 at once', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name nap alpine sleep 300');
    expect(await sim.run('docker kill nap')).toEqual(ok('nap\n'));
    expect(byName('nap')!.state).toMatchObject({ status: 'exited', exitCode: 137 });
  });

  it('sends the signal given with -s, by name or number', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker kill -s HUP web')).toEqual(ok('web\n'));
    expect(byName('web')!.state.status).toBe('running');
    expect(await sim.run('docker container kill --signal=15 web')).toEqual(ok('web\n'));
    expect(byName('web')!.state).toMatchObject({ status: 'exited', exitCode: 0 });
  });

  it('ignores a signal the process ignores (sleep as PID 1 and SIGTERM)', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name nap alpine sleep 300');
    expect(await sim.run('docker kill -s SIGTERM nap')).toEqual(ok('nap\n'));
    expect(byName('nap')!.state.status).toBe('running');
  });

  it('fails for a container that is not running, with the daemon\'s prefix', async () => {
    const { sim, byName } = setup();
    await sim.run('docker create --name idle alpine true');
    const id = byName('idle')!.id;
    expect(await sim.run('docker kill idle')).toEqual(
      fail(`Error response from daemon: cannot kill container: idle: container ${id} is not running\n`),
    );
    expect(await sim.run('docker kill -s HUP idle')).toEqual(
      fail(`Error response from daemon: cannot kill container: idle: container ${id} is not running\n`),
    );
  });

  it('fails for an invalid signal and a missing container', async () => {
    const { sim } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker kill -s FOO web')).toEqual(
      fail('Error response from daemon: cannot kill container: web: invalid signal: FOO\n'),
    );
    expect(await sim.run('docker kill -s 99 web')).toEqual(
      fail('Error response from daemon: cannot kill container: web: the linux daemon does not support signal 99\n'),
    );
    expect(await sim.run('docker kill nope web')).toEqual({
      stdout: 'web\n',
      stderr: 'Error response from daemon: cannot kill container: nope: No such container: nope\n',
      exitCode: 1,
    });
  });

  it('cancels an "always" restart policy, unless the signal is not the stop signal', async () => {
    const { sim, byName, advance } = setup();
    await sim.run('docker run -d --restart always --name one nginx');
    await sim.run('docker run -d --restart always --name two nginx');
    await sim.run('docker kill one');
    // nginx stops on SIGTERM, but its stop signal is SIGQUIT: the restart manager still runs.
    await sim.run('docker kill -s TERM two');
    await advance(1000);
    expect(byName('one')!.state.status).toBe('exited');
    expect(byName('two')!.state.status).toBe('running');
    expect(byName('two')!.restartCount).toBe(1);
  });

  it('kills a paused container', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker pause web');
    expect(await sim.run('docker kill web')).toEqual(ok('web\n'));
    expect(byName('web')!.state).toMatchObject({ status: 'exited', exitCode: 137 });
  });

  it('rejects an unknown flag and a missing argument', async () => {
    const { sim } = setup();
    expect(await sim.run('docker kill -x web')).toEqual(
      fail("unknown shorthand flag: 'x' in -x\n\nUsage:  docker kill [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker kill --help' for more information\n", 125),
    );
    expect(await sim.run('docker kill')).toEqual(
      fail("docker: 'docker kill' requires at least 1 argument\n\nUsage:  docker kill [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker kill --help' for more information\n"),
    );
  });

  it('prints its help', async () => {
    const { sim } = setup();
    expect(await sim.run('docker container kill --help')).toEqual(
      ok(
        'Usage:  docker container kill [OPTIONS] CONTAINER [CONTAINER...]\n\nKill one or more running containers\n\nAliases:\n  docker container kill, docker kill\n\nOptions:\n  -s, --signal string   Signal to send to the container\n',
      ),
    );
  });
});
