// Containers' main processes run through the shell on the simulated clock: output lands in the
// log at the time it is printed, sleeps are scheduled events, stop/kill cancel the process.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

interface C {
  name: string;
  restartCount: number;
  logs: { t: number; text: string }[];
  state: { status: string; exitCode: number; startedAt: number; finishedAt: number };
}

async function setup() {
  let now = T0;
  const sim = createSimulator({ seed: 2, clock: () => now });
  await sim.run('docker pull -q alpine');
  const container = (name: string) => Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers).find((c) => c.name === name)!;
  return { sim, container, advance: (ms: number) => (now += ms) };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('main processes through the shell', () => {
  it('runs a plain program over the image\'s files and exits with its status', async () => {
    const { sim, container } = await setup();
    expect(await sim.run('docker run --name cat1 alpine cat /etc/alpine-release')).toEqual(ok('3.24.1\n'));
    expect(await sim.run('docker run --name ls1 alpine ls /nope')).toEqual({ stdout: '', stderr: 'ls: /nope: No such file or directory\n', exitCode: 1 });
    expect(container('ls1').state).toMatchObject({ status: 'exited', exitCode: 1 });
  });

  it('prints as time passes: a sleep is an event on the clock', async () => {
    const { sim, container } = await setup();
    expect(await sim.run("docker run --name waits alpine sh -c 'echo one; sleep 3; echo two; exit 4'")).toEqual({ stdout: 'one\ntwo\n', stderr: '', exitCode: 4 });
    const c = container('waits');
    expect(c.state.finishedAt - c.state.startedAt).toBe(3000);
    expect(c.logs.map((l) => [l.t - c.state.startedAt, l.text])).toEqual([[0, 'one\n'], [3000, 'two\n']]);
  });

  it('keeps a background loop going while the clock moves, and `docker logs` shows what it printed so far', async () => {
    const { sim, advance } = await setup();
    await sim.run("docker run -d --name ticker alpine sh -c 'i=0; while true; do i=$((i+1)); echo tick $i; sleep 10; done'");
    advance(25_000);
    expect(await sim.run('docker logs ticker')).toEqual(ok('tick 1\ntick 2\ntick 3\n'));
    advance(10_000);
    expect(await sim.run('docker logs --tail 1 ticker')).toEqual(ok('tick 4\n'));
  });

  it('is stopped by docker stop: a shell as PID 1 ignores SIGTERM, so SIGKILL after 10s (137)', async () => {
    const { sim, container, advance } = await setup();
    await sim.run("docker run -d --name ticker alpine sh -c 'while true; do echo x; sleep 1; done'");
    advance(2_000);
    await sim.run('docker stop ticker');
    const c = container('ticker');
    expect(c.state).toMatchObject({ status: 'exited', exitCode: 137 });
    const printed = c.logs.length;
    advance(60_000);
    await sim.run('docker ps');
    expect(container('ticker').logs).toHaveLength(printed);
  });

  it('runs again on each restart of its policy', async () => {
    const { sim, container, advance } = await setup();
    await sim.run("docker run -d --name flaky --restart on-failure:2 alpine sh -c 'echo try; exit 3'");
    advance(5_000);
    await sim.run('docker ps -a');
    const c = container('flaky');
    expect(c.restartCount).toBe(2);
    expect(c.logs.map((l) => l.text)).toEqual(['try\n', 'try\n', 'try\n']);
    expect(c.state).toMatchObject({ status: 'exited', exitCode: 3 });
  });

  it('writes to its own writable layer (docker diff), which another container never sees', async () => {
    const { sim } = await setup();
    await sim.run("docker run --name writer alpine sh -c 'echo data > /srv/out.txt'");
    expect(await sim.run('docker diff writer')).toEqual(ok('C /srv\nA /srv/out.txt\n'));
    expect(await sim.run('docker run --rm alpine ls /srv')).toEqual(ok(''));
  });

  it('survives a snapshot as a running container that a stop then kills', async () => {
    const { sim } = await setup();
    await sim.run("docker run -d --name ticker alpine sh -c 'while true; do sleep 1; done'");
    const again = createSimulator({ state: JSON.parse(JSON.stringify(sim.snapshot())), clock: () => T0 + 5_000 });
    expect((await again.run('docker ps --format "{{.Names}} {{.Status}}"')).stdout).toBe('ticker Up 5 seconds\n');
    expect(await again.run('docker stop ticker')).toEqual(ok('ticker\n'));
    expect((await again.run('docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (137) Less than a second ago\n');
  });
});
