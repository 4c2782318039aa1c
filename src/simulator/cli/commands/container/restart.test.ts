import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  restartCount: number;
  state: { status: string; exitCode: number; startedAt: number; finishedAt: number; error: string };
}

function setup() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 12, clock: () => now });
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
const NOT_FOUND =
  'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nope": executable file not found in $PATH';

describe('docker restart', () => {
  it('stops a running container gracefully and starts it again', async () => {
    const { sim, byName, advance } = setup();
    await sim.run('docker run -d --name web nginx');
    const before = byName('web')!.state.startedAt;
    await advance(60_000);
    expect(await sim.run('docker restart web')).toEqual(ok('web\n'));
    const c = byName('web')!;
    expect(c.state).toMatchObject({ status: 'running', exitCode: 0 });
    expect(c.state.startedAt - before).toBe(60_000);
  });

  it('waits the stop timeout for a process that ignores SIGTERM (-t shortens it)', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name nap alpine sleep 300');
    const first = byName('nap')!.state.startedAt;
    expect(await sim.run('docker restart nap')).toEqual(ok('nap\n'));
    const second = byName('nap')!.state.startedAt;
    expect(second - first).toBe(10_000);
    expect(byName('nap')!.state.finishedAt).toBe(second);
    expect(await sim.run('docker container restart -t 0 nap')).toEqual(ok('nap\n'));
    expect(byName('nap')!.state.startedAt).toBe(second);
  });

  it('starts a stopped or created container', async () => {
    const { sim, byName } = setup();
    await sim.run('docker create --name web nginx');
    await sim.run('docker run -d --name db nginx');
    await sim.run('docker stop db');
    expect(await sim.run('docker restart web db')).toEqual(ok('web\ndb\n'));
    expect(byName('web')!.state.status).toBe('running');
    expect(byName('db')!.state.status).toBe('running');
  });

  it('resets RestartCount, and keeps an --rm container', async () => {
    const { sim, byName, advance } = setup();
    await sim.run('docker run -d --restart always --name flaky alpine false');
    await advance(1_000);
    expect(byName('flaky')!.restartCount).toBe(4);
    expect(await sim.run('docker restart flaky')).toEqual(ok('flaky\n'));
    expect(byName('flaky')!.restartCount).toBe(1);
    await sim.run('docker run -d --rm --name tmp nginx');
    expect(await sim.run('docker restart tmp')).toEqual(ok('tmp\n'));
    expect(byName('tmp')!.state.status).toBe('running');
  });

  it('reports missing containers, a bad signal and a start failure', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker create --name bad alpine nope');
    expect(await sim.run('docker restart nope web')).toEqual({
      stdout: 'web\n',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
    expect(await sim.run('docker restart -s FOO web')).toEqual(
      fail('Error response from daemon: Cannot restart container web: invalid signal: FOO\n'),
    );
    expect(byName('web')!.state.status).toBe('running');
    expect(await sim.run('docker restart bad')).toEqual(fail(`Error response from daemon: Cannot restart container bad: ${NOT_FOUND}\n`));
  });

  it('rejects an unknown flag and a missing argument, and prints its help', async () => {
    const { sim } = setup();
    expect(await sim.run('docker restart --all')).toEqual(
      fail("unknown flag: --all\n\nUsage:  docker restart [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker restart --help' for more information\n", 125),
    );
    expect(await sim.run('docker restart')).toEqual(
      fail("docker: 'docker restart' requires at least 1 argument\n\nUsage:  docker restart [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker restart --help' for more information\n"),
    );
    expect(await sim.run('docker restart --help')).toEqual(
      ok(
        'Usage:  docker restart [OPTIONS] CONTAINER [CONTAINER...]\n\nRestart one or more containers\n\nAliases:\n  docker container restart, docker restart\n\nOptions:\n  -s, --signal string   Signal to send to the container\n  -t, --timeout int     Seconds to wait before killing the container\n',
      ),
    );
  });
});
