// The restart manager through the public API: policies, the back-off (100ms doubling up to a
// minute, reset after 10s of running), on-failure's retry limit, and what stop/kill/start do.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

interface C {
  id: string;
  name: string;
  created: number;
  restartCount: number;
  state: { status: string; exitCode: number; startedAt: number; finishedAt: number };
}

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

/** A simulator with alpine and nginx pulled; `t(ms)` is the daemon's time `ms` after setup. */
async function setup() {
  let now = T0;
  const sim = createSimulator({ seed: 11, clock: () => now });
  const all = () => Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers);
  const byName = (name: string) => all().find((c) => c.name === name);
  // Pulling is simulated work that moves the daemon's clock on; measure how far.
  await sim.run('docker create --name warm1 alpine');
  await sim.run('docker create --name warm2 nginx');
  const base = byName('warm2')!.created;
  await sim.run('docker rm warm1 warm2');
  const t = (ms: number) => base + ms;
  /** Move the clock to t(ms) and let the daemon catch up. */
  const at = async (ms: number) => {
    now = T0 + ms;
    await sim.run('');
  };
  return { sim, byName, at, t };
}

describe('restart policies', () => {
  it('"no" (the default) leaves an exited container alone', async () => {
    const { sim, byName, at, t } = await setup();
    await sim.run('docker run -d --name once alpine false');
    await at(60_000);
    expect(byName('once')).toMatchObject({ restartCount: 0, state: { status: 'exited', exitCode: 1 } });
  });

  it('"always" restarts after 100ms, doubling the wait while the process keeps failing fast', async () => {
    const { sim, byName, at, t } = await setup();
    await sim.run('docker run -d --restart always --name flaky alpine false');
    expect(byName('flaky')).toMatchObject({ restartCount: 1, state: { status: 'restarting', exitCode: 1 } });
    await at(99);
    expect(byName('flaky')!.restartCount).toBe(1);
    // restarts at 100, 300 (100+200) and 700 (300+400); the next waits 800ms
    await at(1_000);
    expect(byName('flaky')).toMatchObject({ restartCount: 4, state: { status: 'restarting' } });
    expect(byName('flaky')!.state.finishedAt).toBe(t(700));
    await at(1_500);
    expect(byName('flaky')!.restartCount).toBe(5);
  });

  it('caps the wait at one minute', async () => {
    const { sim, byName, at, t } = await setup();
    await sim.run('docker run -d --restart always --name flaky alpine false');
    // waits 100, 200 ... 51200ms: the 11th exit is at 102300ms, then a capped 60s (not 102.4s)
    await at(102_300);
    expect(byName('flaky')!.restartCount).toBe(11);
    await at(162_299);
    expect(byName('flaky')!.restartCount).toBe(11);
    await at(162_300);
    expect(byName('flaky')!.restartCount).toBe(12);
    await at(222_300);
    expect(byName('flaky')!.restartCount).toBe(13);
  });

  it('goes back to 100ms after a run of 10 seconds or more', async () => {
    const { sim, byName, at, t } = await setup();
    await sim.run('docker run -d --restart always --name long alpine sleep 15');
    await sim.run('docker run -d --restart always --name short alpine sleep 5');
    // short: exits at 5s (back at 5.1s), 10.1s (back at 10.3s), 15.3s (back at 15.7s) ...
    await at(15_699);
    expect(byName('short')).toMatchObject({ restartCount: 3, state: { status: 'restarting' } });
    // long: exits at 15s, back at 15.1s, exits at 30.1s, back at 30.2s
    await at(30_150);
    expect(byName('long')).toMatchObject({ restartCount: 2, state: { status: 'restarting', exitCode: 0 } });
    await at(30_200);
    expect(byName('long')).toMatchObject({ restartCount: 2, state: { status: 'running', startedAt: t(30_200) } });
  });

  it('"on-failure:N" retries N times after a failure, and never after success', async () => {
    const { sim, byName, at, t } = await setup();
    await sim.run('docker run -d --restart on-failure:3 --name flaky alpine false');
    await sim.run('docker run -d --restart on-failure --name fine alpine true');
    await at(10_000);
    expect(byName('flaky')).toMatchObject({ restartCount: 3, state: { status: 'exited', exitCode: 1, finishedAt: t(700) } });
    expect(byName('fine')).toMatchObject({ restartCount: 0, state: { status: 'exited', exitCode: 0 } });
  });

  it('"unless-stopped" stays down after any signal sent by hand; "always" only after its stop signal', async () => {
    const { sim, byName, at, t } = await setup();
    await sim.run('docker run -d --restart unless-stopped --name us nginx');
    await sim.run('docker run -d --restart always --name al nginx');
    await sim.run('docker kill -s TERM us al');
    await at(1_000);
    expect(byName('us')).toMatchObject({ restartCount: 0, state: { status: 'exited', exitCode: 0 } });
    expect(byName('al')).toMatchObject({ restartCount: 1, state: { status: 'running' } });
  });

  it('docker stop ends the restarts; docker start and restart reset RestartCount', async () => {
    const { sim, byName, at, t } = await setup();
    await sim.run('docker run -d --restart always --name flaky alpine false');
    await at(1_000);
    expect(await sim.run('docker stop flaky')).toEqual({ stdout: 'flaky\n', stderr: '', exitCode: 0 });
    expect(byName('flaky')).toMatchObject({ restartCount: 4, state: { status: 'exited', exitCode: 1 } });
    await at(5_000);
    expect(byName('flaky')!.state.status).toBe('exited');
    await sim.run('docker start flaky');
    // started by hand: the count starts again from 0 (and the fast failure makes it 1)
    expect(byName('flaky')).toMatchObject({ restartCount: 1, state: { status: 'restarting' } });
  });

  it('--rm removes the container when its process exits', async () => {
    const { sim, byName, at, t } = await setup();
    expect(await sim.run('docker run --rm --name tmp alpine echo hi')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(byName('tmp')).toBeUndefined();
    await sim.run('docker run -d --rm --name nap alpine sleep 5');
    await at(4_999);
    expect(byName('nap')!.state.status).toBe('running');
    await at(5_000);
    expect(byName('nap')).toBeUndefined();
  });
});
