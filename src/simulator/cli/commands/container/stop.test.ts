import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  restartCount: number;
  state: { status: string; exitCode: number; startedAt: number; finishedAt: number };
}

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

function setup() {
  const sim = createSimulator({ seed: 7, clock: () => T0 });
  const containers = () => Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers);
  const byName = (name: string) => containers().find((c) => c.name === name);
  return { sim, byName, containers };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker stop', () => {
  it('stops a server gracefully with its stop signal (nginx: SIGQUIT, exit 0) and prints the argument', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker stop web')).toEqual(ok('web\n'));
    const c = byName('web');
    expect(c?.state.status).toBe('exited');
    expect(c?.state.exitCode).toBe(0);
    expect(c!.state.finishedAt - c!.state.startedAt).toBeLessThan(1000);
  });

  it('kills a process that ignores SIGTERM after the 10 second timeout: exit 137', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name nap alpine sleep 300');
    expect(await sim.run('docker container stop nap')).toEqual(ok('nap\n'));
    const c = byName('nap')!;
    expect(c.state).toMatchObject({ status: 'exited', exitCode: 137 });
    expect(c.state.finishedAt - c.state.startedAt).toBe(10_000);
  });

  it('waits -t seconds, or the container\'s --stop-timeout', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name one alpine sleep 300');
    await sim.run('docker run -d --name two --stop-timeout 3 alpine sleep 300');
    expect(await sim.run('docker stop -t 2 one')).toEqual(ok('one\n'));
    expect(await sim.run('docker stop two')).toEqual(ok('two\n'));
    const a = byName('one')!;
    const b = byName('two')!;
    expect(a.state.finishedAt - a.state.startedAt).toBe(2_000);
    expect(b.state.finishedAt - a.state.finishedAt).toBe(3_000);
    expect([a.state.exitCode, b.state.exitCode]).toEqual([137, 137]);
  });

  it('stops several containers at once, waiting for the slowest', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker run -d --name nap alpine sleep 300');
    expect(await sim.run('docker stop nap web')).toEqual(ok('nap\nweb\n'));
    expect(byName('web')!.state.exitCode).toBe(0);
    expect(byName('nap')!.state.exitCode).toBe(137);
  });

  it('prints a container that is already stopped as stopped (the daemon answers 304)', async () => {
    const { sim } = setup();
    await sim.run('docker create --name idle alpine true');
    expect(await sim.run('docker stop idle')).toEqual(ok('idle\n'));
  });

  it('reports each missing container and still stops the others', async () => {
    const { sim } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker stop nope web gone')).toEqual({
      stdout: 'web\n',
      stderr: 'Error response from daemon: No such container: nope\nError response from daemon: No such container: gone\n',
      exitCode: 1,
    });
  });

  it('sends the signal given with -s; an invalid one fails on a running container', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name nap alpine sleep 300');
    expect(await sim.run('docker stop -s FOO nap')).toEqual(
      fail('Error response from daemon: cannot stop container: nap: invalid signal: FOO\n'),
    );
    expect(byName('nap')!.state.status).toBe('running');
    expect(await sim.run('docker stop -s SIGKILL nap')).toEqual(ok('nap\n'));
    expect(byName('nap')!.state).toMatchObject({ status: 'exited', exitCode: 137 });
    expect(byName('nap')!.state.finishedAt).toBe(byName('nap')!.state.startedAt);
  });

  it('removes an --rm container once stopped', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --rm --name tmp nginx');
    expect(await sim.run('docker stop tmp')).toEqual(ok('tmp\n'));
    expect(byName('tmp')).toBeUndefined();
  });

  it('leaves an "always" container stopped: a manual stop cancels the restart policy', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --restart always --name web nginx');
    expect(await sim.run('docker stop web')).toEqual(ok('web\n'));
    await sim.run('docker stop web');
    expect(byName('web')!.state.status).toBe('exited');
    expect(byName('web')!.restartCount).toBe(0);
  });

  it('stops a paused container (the daemon thaws it to deliver the signal)', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker pause web');
    expect(await sim.run('docker stop web')).toEqual(ok('web\n'));
    expect(byName('web')!.state).toMatchObject({ status: 'exited', exitCode: 0 });
  });

  it('with -t -1 waits as long as it takes; Ctrl+C ends the client (130), not the stop', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name nap alpine sleep infinity');
    const stopping = sim.run('docker stop -t -1 nap');
    await new Promise((r) => setTimeout(r, 0));
    sim.interrupt();
    expect(await stopping).toEqual({ stdout: '', stderr: '', exitCode: 130 });
    expect(byName('nap')!.state.status).toBe('running');
  });

  it('accepts the deprecated --time with a warning, but not together with --timeout', async () => {
    const { sim } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker stop --time 1 -t 1 web')).toEqual(
      fail('Flag --time has been deprecated, use --timeout instead\nconflicting options: cannot specify both --timeout and --time\n'),
    );
    expect(await sim.run('docker stop --time 1 web')).toEqual({
      stdout: 'web\n',
      stderr: 'Flag --time has been deprecated, use --timeout instead\n',
      exitCode: 0,
    });
  });

  it('rejects an unknown flag (125) and a missing argument (1)', async () => {
    const { sim } = setup();
    expect(await sim.run('docker stop --nope web')).toEqual(
      fail(
        "unknown flag: --nope\n\nUsage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker stop --help' for more information\n",
        125,
      ),
    );
    expect(await sim.run('docker container stop')).toEqual(
      fail(
        "docker: 'docker container stop' requires at least 1 argument\n\nUsage:  docker container stop [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker container stop --help' for more information\n",
      ),
    );
    expect(await sim.run('docker stop -t x web')).toEqual(
      fail(
        'invalid argument "x" for "-t, --timeout" flag: strconv.ParseInt: parsing "x": invalid syntax\n\nUsage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n\nRun \'docker stop --help\' for more information\n',
        125,
      ),
    );
  });

  it('prints its help', async () => {
    const { sim } = setup();
    expect(await sim.run('docker stop --help')).toEqual(
      ok(
        [
          'Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]',
          '',
          'Stop one or more running containers',
          '',
          'Aliases:',
          '  docker container stop, docker stop',
          '',
          'Options:',
          '  -s, --signal string   Signal to send to the container',
          '  -t, --timeout int     Seconds to wait before killing the container',
          '',
        ].join('\n'),
      ),
    );
  });
});
