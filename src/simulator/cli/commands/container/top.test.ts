import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

async function setup() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of ['docker pull -q nginx', 'docker pull -q alpine', 'docker run -d --name web nginx', 'docker run -d --name nap alpine sleep 100']) {
    expect((await sim.run(line)).exitCode).toBe(0);
  }
  now += 60_000;
  return { sim, advance: (s: number) => (now += s * 1000) };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

const EF = 'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD\n';
const NGINX_PS =
  EF +
  'root                1229                1210                0                   09:00               ?                   00:00:00            nginx: master process nginx -g daemon off;\n' +
  '101                 1250                1229                0                   09:00               ?                   00:00:00            nginx: worker process\n' +
  '101                 1251                1229                0                   09:00               ?                   00:00:00            nginx: worker process\n';

describe('docker top', () => {
  it('lists the processes as ps -ef does, with 20-column cells', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker top web')).toEqual(ok(NGINX_PS));
    expect(await sim.run('docker container top nap')).toEqual(
      ok(`${EF}root                1246                1227                0                   09:00               ?                   00:00:00            sleep 100\n`),
    );
  });

  it('passes ps options after the container', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker top web -ef')).toEqual(ok(NGINX_PS));
    expect(await sim.run('docker top nap aux')).toEqual(
      ok(
        'USER                PID                 %CPU                %MEM                VSZ                 RSS                 TTY                 STAT                START               TIME                COMMAND\n' +
          'root                1246                0.0                 0.0                 1640                1024                ?                   Ss                  09:00               0:00                sleep 100\n',
      ),
    );
  });

  it('shows the start date once the process is older than a day', async () => {
    const { sim, advance } = await setup();
    advance(2 * 86400);
    expect((await sim.run('docker top web')).stdout.split('\n')[1]).toBe(
      'root                1229                1210                0                   Mar02               ?                   00:00:00            nginx: master process nginx -g daemon off;',
    );
  });

  it('refuses a container that is not running', async () => {
    const { sim } = await setup();
    await sim.run('docker stop nap');
    expect(await sim.run('docker top nap')).toEqual(
      fail('Error response from daemon: container f6d20faefe23ac0ddf83bd7652b215a875b2ae1bedbf6cf4d40f7547febb4950 is not running\n'),
    );
    await sim.run('docker run -d --name flaky --restart always alpine false');
    expect((await sim.run('docker top flaky')).stderr).toMatch(/^Error response from daemon: Container [0-9a-f]{64} is restarting, wait until the container is running\n$/);
  });

  it('reports a missing container and a missing argument', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker top missing')).toEqual(fail('Error response from daemon: No such container: missing\n'));
    expect(await sim.run('docker top')).toEqual(
      fail("docker: 'docker top' requires at least 1 argument\n\nUsage:  docker top CONTAINER [ps OPTIONS]\n\nSee 'docker top --help' for more information\n"),
    );
  });
});
