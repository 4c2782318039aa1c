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

describe('docker top with ps options', () => {
  const row = (...cells: string[]) => `${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(20))).join('')}\n`;

  it('-o picks the columns, name=HEADER renames one', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker top web -o pid,comm')).toEqual(ok(row('PID', 'COMMAND') + row('1229', 'nginx') + row('1250', 'nginx') + row('1251', 'nginx')));
    expect(await sim.run('docker top nap -eo pid,user,etime,stat,args')).toEqual(
      ok(row('PID', 'USER', 'ELAPSED', 'STAT', 'COMMAND') + row('1246', 'root', '01:00', 'Ss', 'sleep 100')),
    );
    expect(await sim.run('docker top nap -o pid,comm=NAME')).toEqual(ok(row('PID', 'NAME') + row('1246', 'sleep')));
    expect(await sim.run('docker top nap --format pid,ppid')).toEqual(ok(row('PID', 'PPID') + row('1246', '1227')));
  });

  it('the other standard formats and selections', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker top nap')).toEqual(await sim.run('docker top nap -f'));
    expect(await sim.run('docker top nap -e')).toEqual(ok(row('PID', 'TTY', 'TIME', 'CMD') + row('1246', '?', '00:00:00', 'sleep')));
    expect(await sim.run('docker top nap ax')).toEqual(ok(row('PID', 'TTY', 'STAT', 'TIME', 'COMMAND') + row('1246', '?', 'Ss', '0:00', 'sleep 100')));
    expect(await sim.run('docker top nap -j')).toEqual(ok(row('PID', 'PGID', 'SID', 'TTY', 'TIME', 'CMD') + row('1246', '1246', '1246', '?', '00:00:00', 'sleep')));
    expect(await sim.run('docker top web -u 101 -o pid,user')).toEqual(ok(row('PID', 'USER') + row('1250', '101') + row('1251', '101')));
  });

  it('a command column before PID breaks the daemon parsing ps output', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker top web -o args,pid')).toEqual(fail(`Error response from daemon: Unexpected pid 'master': strconv.Atoi: parsing "master": invalid syntax\n`));
    expect(await sim.run('docker top nap -o comm')).toEqual(fail("Error response from daemon: Couldn't find PID field in ps output\n"));
    expect(await sim.run('docker top nap -o pid --no-headers')).toEqual(fail("Error response from daemon: Couldn't find PID field in ps output\n"));
  });

  it('ps errors and the daemon check of the options', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker top nap -o pid,bogus')).toEqual(fail('Error response from daemon: ps: error: unknown user-defined format specifier "bogus"\n'));
    expect(await sim.run('docker top nap --bogus')).toEqual(fail('Error response from daemon: ps: error: unknown gnu long option\n'));
    expect(await sim.run('docker top nap -o')).toEqual(fail('Error response from daemon: ps: error: format specification must follow -o\n'));
    // validatePSArgs runs before the container is looked up.
    expect(await sim.run('docker top missing -o user=PID')).toEqual(fail('Error response from daemon: specifying "user=PID" is not allowed\n'));
  });
});
