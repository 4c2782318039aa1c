import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);

async function setup() {
  let now = START;
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of ['docker pull -q nginx', 'docker pull -q alpine', 'docker run -d --name web nginx']) {
    expect((await sim.run(line)).exitCode).toBe(0);
  }
  now += 60_000;
  return { sim, advance: (s: number) => (now += s * 1000) };
}

const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

const ENTRYPOINT_LINES =
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n' +
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/\n' +
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh\n' +
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf\n' +
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n' +
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh\n' +
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh\n' +
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh\n' +
  '/docker-entrypoint.sh: Configuration complete; ready for start up\n';

describe('docker logs', () => {
  it('prints stdout lines on stdout and stderr lines on stderr', async () => {
    const { sim } = await setup();
    const r = await sim.run('docker logs web');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(ENTRYPOINT_LINES);
    expect(r.stderr.split('\n')[0]).toBe('2026/03/02 09:00:06 [notice] 1#1: using the "epoll" event method');
  });

  it('--tail, -t and --details', async () => {
    const { sim } = await setup();
    await sim.run('docker run --name greeter alpine echo hello');
    expect(await sim.run('docker logs -t greeter')).toEqual(ok('2026-03-02T09:01:06.205000000Z hello\n'));
    expect(await sim.run('docker logs --details greeter')).toEqual(ok(' hello\n'));
    expect(await sim.run('docker container logs -n 2 web')).toEqual(
      ok(
        '',
        '2026/03/02 09:00:06 [notice] 1#1: start worker process 29\n2026/03/02 09:00:06 [notice] 1#1: start worker process 30\n',
      ),
    );
    expect(await sim.run('docker logs --tail 0 web')).toEqual(ok(''));
    expect(await sim.run('docker logs --tail all greeter')).toEqual(ok('hello\n'));
  });

  it('--since and --until take durations, RFC 3339 times and Unix seconds', async () => {
    const { sim, advance } = await setup();
    await sim.run('docker run --name greeter alpine echo hello');
    advance(60);
    expect(await sim.run('docker logs --since 30s greeter')).toEqual(ok(''));
    expect(await sim.run('docker logs --since 5m greeter')).toEqual(ok('hello\n'));
    expect(await sim.run('docker logs --since 2026-03-02T09:01:06Z greeter')).toEqual(ok('hello\n'));
    expect(await sim.run('docker logs --since 2026-03-02T09:01:07 greeter')).toEqual(ok(''));
    expect(await sim.run('docker logs --until 2026-03-02T09:01:06Z greeter')).toEqual(ok(''));
    expect(await sim.run('docker logs --until 1772442067 greeter')).toEqual(ok('hello\n'));
  });

  it('reports a time it cannot read', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker logs --since abc web')).toEqual(fail('invalid value for "since": failed to parse value as time or duration: "abc"\n'));
    expect(await sim.run('docker logs --until 2026-13-01 web')).toEqual(fail('invalid value for "until": parsing time "2026-13-01": month out of range\n'));
  });

  it('sends a TTY container\'s output to stdout', async () => {
    const { sim } = await setup();
    await sim.run('docker run -t --name tty alpine sh -c nope');
    await sim.run('docker run --name plain alpine sh -c nope');
    expect(await sim.run('docker logs tty')).toEqual(ok('sh: nope: not found\n'));
    expect(await sim.run('docker logs plain')).toEqual(ok('', 'sh: nope: not found\n'));
  });

  it('-f follows until the container stops', async () => {
    const { sim } = await setup();
    await sim.run('docker run -d --name nap alpine sleep 5');
    expect(await sim.run('docker logs -f nap')).toEqual(ok(''));
    expect((await sim.run('docker ps -a -f name=nap --format "{{.Status}}"')).stdout).toBe('Exited (0) Less than a second ago\n');
  });

  it('-f ends on Ctrl+C with exit 130', async () => {
    const { sim } = await setup();
    let seen = '';
    const run = sim.run('docker logs -f --tail 1 web', {
      onOutput: (text) => {
        seen += text;
        sim.interrupt();
      },
    });
    const r = await run;
    expect(r).toEqual({ stdout: '', stderr: '2026/03/02 09:00:06 [notice] 1#1: start worker process 30\n', exitCode: 130 });
    expect(seen).toBe(r.stderr);
  });

  it('a stopped container is not followed', async () => {
    const { sim } = await setup();
    await sim.run('docker run --name greeter alpine echo hello');
    expect(await sim.run('docker logs -f greeter')).toEqual(ok('hello\n'));
  });

  it('reports a missing container and a wrong argument count', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker logs missing')).toEqual(fail('Error response from daemon: No such container: missing\n'));
    expect(await sim.run('docker logs')).toEqual(
      fail("docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n"),
    );
    expect(await sim.run('docker logs --follw web')).toEqual(
      fail("unknown flag: --follw\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n", 125),
    );
  });
});
