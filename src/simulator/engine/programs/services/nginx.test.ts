// nginx's shutdown notices on stderr with the simulated clock's time: `docker stop` sends the
// image's STOPSIGNAL SIGQUIT (graceful: workers finish first), `docker kill -s TERM` and Ctrl+C
// on an attached `docker run` (SIGINT) the fast shutdown. One worker per CPU (2 here).
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

let now = 0;
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now });
  await run('docker pull -q nginx');
});

/** The container's FinishedAt as nginx writes times (the shutdown is logged as it stops). */
async function finished(name: string): Promise<string> {
  const iso = (await sim.run(`docker inspect -f '{{.State.FinishedAt}}' ${name}`)).stdout;
  return iso.slice(0, 19).replace(/-/g, '/').replace('T', ' ');
}

function fast(t: string, signal: string): string[] {
  const n = `${t} [notice]`;
  return [
    `${n} 1#1: signal ${signal} received, exiting`,
    `${n} 29#29: exiting`, `${n} 29#29: exit`, `${n} 30#30: exiting`, `${n} 30#30: exit`,
    `${n} 1#1: signal 17 (SIGCHLD) received from 29`, `${n} 1#1: worker process 29 exited with code 0`, `${n} 1#1: worker process 30 exited with code 0`, `${n} 1#1: exit`,
  ];
}

describe('nginx shutting down', () => {
  it('shuts down gracefully on docker stop (SIGQUIT)', async () => {
    await run('docker run -d --name web nginx');
    expect(await run('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    const t = `${await finished('web')} [notice]`;
    const tail = [
      `${t} 1#1: signal 3 (SIGQUIT) received, shutting down`,
      `${t} 29#29: gracefully shutting down`, `${t} 29#29: exiting`, `${t} 29#29: exit`,
      `${t} 30#30: gracefully shutting down`, `${t} 30#30: exiting`, `${t} 30#30: exit`,
      `${t} 1#1: signal 17 (SIGCHLD) received from 29`, `${t} 1#1: worker process 29 exited with code 0`, `${t} 1#1: worker process 30 exited with code 0`, `${t} 1#1: exit`,
    ];
    expect(await run('docker logs --tail 11 web')).toEqual({ stdout: '', stderr: `${tail.join('\n')}\n`, exitCode: 0 });
    expect((await run("docker ps -a --format '{{.Status}}'")).stdout).toBe('Exited (0) 2 seconds ago\n');
  });

  it('exits at once on SIGTERM', async () => {
    await run('docker run -d --name web nginx');
    await run('docker kill -s TERM web');
    expect(await run('docker logs --tail 9 web')).toEqual({ stdout: '', stderr: `${fast(await finished('web'), '15 (SIGTERM)').join('\n')}\n`, exitCode: 0 });
  });

  it('exits on Ctrl+C in an attached docker run (SIGINT)', async () => {
    now += 1000;
    const attached = sim.run('docker run --name web nginx');
    await new Promise((r) => setTimeout(r, 0));
    sim.interrupt();
    const r = await attached;
    expect(r.exitCode).toBe(0);
    expect(r.stderr.split('\n').slice(-10).join('\n')).toBe(`${fast(await finished('web'), '2 (SIGINT)').join('\n')}\n`);
  });
});
