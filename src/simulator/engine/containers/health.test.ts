import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

function setup() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 7, clock: () => now });
  const advance = async (ms: number) => {
    now += ms;
    await sim.run('');
  };
  return { sim, advance };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const STATUS = "docker ps --format '{{.Names}}: {{.Status}}'";
const RUN = 'docker run -d --name web --health-cmd "test -f /ok" --health-interval 10s --health-retries 2 alpine sleep 1000';

describe('HEALTHCHECK', () => {
  it('starts in (health: starting), turns unhealthy after `retries` failures, healthy after a success', async () => {
    const { sim, advance } = setup();
    await sim.run('docker pull -q alpine');
    await sim.run(RUN);
    expect(await sim.run(STATUS)).toEqual(ok('web: Up Less than a second (health: starting)\n'));
    await advance(10_000);
    expect(await sim.run(STATUS)).toEqual(ok('web: Up 10 seconds (health: starting)\n'));
    await advance(10_000);
    expect(await sim.run(STATUS)).toEqual(ok('web: Up 20 seconds (unhealthy)\n'));
    expect(await sim.run("docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' web")).toEqual(ok('unhealthy 2\n'));
    await sim.run('docker exec web touch /ok');
    await advance(10_000);
    expect(await sim.run(STATUS)).toEqual(ok('web: Up 30 seconds (healthy)\n'));
  });

  it('keeps the last results in State.Health.Log with their exit codes and output', async () => {
    const { sim, advance } = setup();
    await sim.run('docker pull -q alpine');
    await sim.run('docker run -d --name web --health-cmd "echo checking; exit 1" --health-interval 5s alpine sleep 1000');
    for (let i = 0; i < 7; i++) await advance(5_000);
    const r = await sim.run("docker inspect --format '{{json .State.Health}}' web");
    const health = JSON.parse(r.stdout) as { Status: string; FailingStreak: number; Log: { Start: string; End: string; ExitCode: number; Output: string }[] };
    expect(health.Status).toBe('unhealthy');
    expect(health.FailingStreak).toBe(7);
    expect(health.Log).toHaveLength(5);
    expect(health.Log[4]).toEqual({ Start: '2026-03-02T09:00:35.689Z', End: '2026-03-02T09:00:35.689Z', ExitCode: 1, Output: 'checking\n' });
    expect(health.Log[0].Start).toBe('2026-03-02T09:00:15.689Z');
  });

  it('filters docker ps by health and shows Config.Healthcheck in nanoseconds', async () => {
    const { sim, advance } = setup();
    await sim.run('docker pull -q alpine');
    await sim.run('docker run -d --name good --health-cmd true alpine sleep 1000');
    await sim.run('docker run -d --name plain alpine sleep 1000');
    expect(await sim.run("docker ps --filter health=starting --format '{{.Names}}'")).toEqual(ok('good\n'));
    await advance(30_000);
    expect(await sim.run("docker ps --filter health=healthy --format '{{.Names}}'")).toEqual(ok('good\n'));
    expect(await sim.run("docker ps --filter health=none --format '{{.Names}}'")).toEqual(ok('plain\n'));
    await sim.run('docker run -d --name timed --health-cmd true --health-interval 1m30s --health-timeout 3s --health-retries 5 alpine sleep 1');
    expect(await sim.run("docker inspect --format '{{json .Config.Healthcheck}}' timed")).toEqual(
      ok('{"Interval":90000000000,"Retries":5,"Test":["CMD-SHELL","true"],"Timeout":3000000000}\n'),
    );
  });

  it('uses the start interval during the start period without counting failures', async () => {
    const { sim, advance } = setup();
    await sim.run('docker pull -q alpine');
    await sim.run('docker run -d --name web --health-cmd false --health-start-period 20s --health-start-interval 5s --health-retries 1 alpine sleep 1000');
    for (let i = 0; i < 3; i++) await advance(5_000);
    expect(await sim.run("docker inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' web")).toEqual(ok('starting 0 3\n'));
    await advance(20_000);
    expect(await sim.run(STATUS)).toEqual(ok('web: Up 35 seconds (unhealthy)\n'));
  });

  it('--no-healthcheck disables it; combining it with --health-* is an error', async () => {
    const { sim } = setup();
    await sim.run('docker pull -q alpine');
    await sim.run('docker run -d --name off --no-healthcheck alpine sleep 1000');
    expect(await sim.run("docker inspect --format '{{json .Config.Healthcheck}} {{.State.Health}}' off")).toEqual(ok('{"Test":["NONE"]} <nil>\n'));
    expect(await sim.run(STATUS)).toEqual(ok('off: Up Less than a second\n'));
    expect(await sim.run('docker run -d --no-healthcheck --health-cmd true alpine')).toEqual({
      stdout: '',
      stderr: "docker: --no-healthcheck conflicts with --health-* options\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
  });

  it('starts again from (health: starting) when the container restarts', async () => {
    const { sim, advance } = setup();
    await sim.run('docker pull -q alpine');
    await sim.run('docker run -d --name web --health-cmd true alpine sleep 1000');
    await advance(30_000);
    expect(await sim.run(STATUS)).toEqual(ok('web: Up 30 seconds (healthy)\n'));
    await sim.run('docker restart -t 0 web');
    expect(await sim.run(STATUS)).toEqual(ok('web: Up Less than a second (health: starting)\n'));
  });
});

describe('HEALTHCHECK timeout', () => {
  it('records a probe running past --health-timeout as exit -1 with moby\'s message', async () => {
    const { sim, advance } = setup();
    await sim.run('docker pull -q alpine');
    await sim.run('docker run -d --name slow --health-cmd "sleep 60" --health-interval 5s --health-timeout 2s alpine sleep 1000');
    await advance(5_000);
    expect(await sim.run("docker inspect --format '{{range .State.Health.Log}}{{.ExitCode}} {{.Output}} {{.End}}{{end}}' slow")).toEqual(
      ok('-1 Health check exceeded timeout (2s) 2026-03-02T09:00:07.689Z\n'),
    );
  });
});

describe('mergeHealthcheck', () => {
  it('takes unset fields from the image, as the daemon merges Config.Healthcheck', async () => {
    const { mergeHealthcheck } = await import('./health.ts');
    const image = { Test: ['CMD', 'curl', '-f', 'http://localhost/'], Interval: 5e9, Retries: 4 };
    expect(mergeHealthcheck(undefined, image)).toEqual(image);
    expect(mergeHealthcheck({ Retries: 1 }, image)).toEqual({ Test: image.Test, Interval: 5e9, Retries: 1 });
    expect(mergeHealthcheck({ Test: ['NONE'] }, image)).toEqual({ Test: ['NONE'], Interval: 5e9, Retries: 4 });
    expect(mergeHealthcheck({ Retries: 1 }, undefined)).toEqual({ Retries: 1 });
  });
});
