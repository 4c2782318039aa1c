import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  state: { status: string; exitCode: number; startedAt: number; finishedAt: number };
}

function setup() {
  const sim = createSimulator({ seed: 13, clock: () => Date.UTC(2026, 2, 2, 9, 0, 0) });
  const byName = (name: string) =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers).find((c) => c.name === name);
  return { sim, byName };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker attach', () => {
  it('follows a running container until it exits and ends with its exit code', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name nap alpine sleep 5');
    expect(await sim.run('docker attach nap')).toEqual(ok(''));
    const c = byName('nap')!;
    expect(c.state).toMatchObject({ status: 'exited', exitCode: 0 });
    expect(c.state.finishedAt - c.state.startedAt).toBe(5_000);
  });

  it('forwards Ctrl+C to the container (--sig-proxy): nginx shuts down', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    const attached = sim.run('docker container attach web');
    await new Promise((r) => setTimeout(r, 0));
    sim.interrupt();
    // nginx's fast shutdown on SIGINT, master and both workers, on stderr
    const t = '2026/03/02 09:00:05 [notice]';
    const lines = [`${t} 1#1: signal 2 (SIGINT) received, exiting`, ...[29, 30].flatMap((w) => [`${t} ${w}#${w}: exiting`, `${t} ${w}#${w}: exit`])];
    lines.push(`${t} 1#1: signal 17 (SIGCHLD) received from 29`, `${t} 1#1: worker process 29 exited with code 0`, `${t} 1#1: worker process 30 exited with code 0`, `${t} 1#1: exit`);
    expect(await attached).toEqual({ stdout: '', stderr: `${lines.join('\n')}\n`, exitCode: 0 });
    expect(byName('web')!.state).toMatchObject({ status: 'exited', exitCode: 0 });
  });

  it('refuses a stopped, a paused and a restarting container, and a missing one', async () => {
    const { sim } = setup();
    await sim.run('docker create --name idle alpine true');
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker pause web');
    await sim.run('docker run -d --restart always --name flaky alpine false');
    expect(await sim.run('docker attach idle')).toEqual(fail('cannot attach to a stopped container, start it first\n'));
    expect(await sim.run('docker attach web')).toEqual(fail('cannot attach to a paused container, unpause it first\n'));
    expect(await sim.run('docker attach flaky')).toEqual(fail('cannot attach to a restarting container, wait until it is running\n'));
    expect(await sim.run('docker attach nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
  });

  it('takes exactly one container', async () => {
    const { sim } = setup();
    expect(await sim.run('docker attach')).toEqual(
      fail("docker: 'docker attach' requires 1 argument\n\nUsage:  docker attach [OPTIONS] CONTAINER\n\nRun 'docker attach --help' for more information\n"),
    );
    expect(await sim.run('docker attach a b')).toEqual(
      fail("docker: 'docker attach' requires 1 argument\n\nUsage:  docker attach [OPTIONS] CONTAINER\n\nRun 'docker attach --help' for more information\n"),
    );
    expect(await sim.run('docker attach --stdin web')).toEqual(
      fail("unknown flag: --stdin\n\nUsage:  docker attach [OPTIONS] CONTAINER\n\nRun 'docker attach --help' for more information\n", 125),
    );
  });

  it('prints its help', async () => {
    const { sim } = setup();
    expect(await sim.run('docker attach --help')).toEqual(
      ok(
        [
          'Usage:  docker attach [OPTIONS] CONTAINER',
          '',
          'Attach local standard input, output, and error streams to a running container',
          '',
          'Aliases:',
          '  docker container attach, docker attach',
          '',
          'Options:',
          '      --detach-keys string   Override the key sequence for detaching a',
          '                             container',
          '      --no-stdin             Do not attach STDIN',
          '      --sig-proxy            Proxy all received signals to the process',
          '                             (default true)',
          '',
        ].join('\n'),
      ),
    );
  });
});
