import { describe, expect, it } from 'vitest';
import { fail, flagError, lines, ok, setup } from './test-setup.ts';

const REDIS_READY = '1:M 25 Nov 2026 10:00:11.582 * Ready to accept connections tcp';
const NGINX_LAST = '2026/11/25 10:00:11 [notice] 1#1: start worker process 30';

const JOBS = `services:
  job:
    image: alpine
    command: sh -c "echo start; sleep 3; echo done"
  nap:
    image: alpine
    command: sleep 5
`;

describe('docker compose logs', () => {
  it('prints each container\'s log with a "name  | " prefix padded to the longest name', async () => {
    const s = await setup({ up: true });
    const r = await s.run('docker compose logs');
    expect(r.exitCode).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('cache-1  | Starting Redis Server');
    expect(out).toContain(`cache-1  | ${REDIS_READY}`);
    expect(out).toContain(`web-1    | ${NGINX_LAST}`);
    expect(out.filter((l) => l !== '').every((l) => /^(cache-1  |web-1    )\| /.test(l))).toBe(true);
  });

  it('--tail per container, a service argument, --no-log-prefix and -t', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose logs -n 1')).toEqual(ok(lines(`cache-1  | ${REDIS_READY}`, `web-1    | ${NGINX_LAST}`)));
    // The prefix is as wide as the names registered so far: web-1 alone.
    expect(await s.run('docker compose logs --tail=1 web')).toEqual(ok(`web-1  | ${NGINX_LAST}\n`));
    expect(await s.run('docker compose logs --no-log-prefix -n 1 cache')).toEqual(ok(`${REDIS_READY}\n`));
    expect(await s.run('docker compose logs -t -n 1 cache')).toEqual(ok(`cache-1  | 2026-11-25T10:00:11.582000000Z ${REDIS_READY}\n`));
    expect(await s.run('docker compose logs --index 1 -n 1 cache')).toEqual(ok(`cache-1  | ${REDIS_READY}\n`));
  });

  it('colours the prefixes on a terminal (cyan, yellow, ...); the result keeps plain text', async () => {
    const s = await setup({ up: true });
    let stream = '';
    const r = await s.sim.run('docker compose logs -n 1', { tty: true, onOutput: (t) => (stream += t) });
    expect(r).toEqual(ok(lines(`cache-1  | ${REDIS_READY}`, `web-1    | ${NGINX_LAST}`)));
    expect(stream).toBe(`\x1b[36mcache-1  | \x1b[0m${REDIS_READY}\n\x1b[33mweb-1    | \x1b[0m${NGINX_LAST}\n`);
    stream = '';
    await s.sim.run('docker compose logs -n 1 --no-color cache', { tty: true, onOutput: (t) => (stream += t) });
    expect(stream).toBe(`cache-1  | ${REDIS_READY}\n`);
  });

  it('-f follows until every container has exited, printing their exits', async () => {
    const s = await setup({ images: ['alpine'], files: { 'app/compose.yaml': JOBS } });
    await s.run('docker compose up -d');
    expect(await s.run('docker compose logs -f')).toEqual(ok(lines('job-1  | start', 'job-1  | done', 'job-1 exited with code 0', 'nap-1 exited with code 0')));
  });

  it('-f on stopped containers waits for Ctrl+C: status 130 and compose\'s empty error line', async () => {
    const s = await setup({ images: ['alpine'], files: { 'app/compose.yaml': JOBS } });
    await s.run('docker compose up -d');
    s.advance(10_000);
    const pending = s.run('docker compose logs -f job');
    setTimeout(() => s.interrupt(), 50);
    expect(await pending).toEqual(fail('\n', 130, lines('job-1  | start', 'job-1  | done')));
  });

  it('fails as compose does', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose logs --index 2')).toEqual(fail('--index requires one service to be selected\n'));
    expect(await s.run('docker compose logs --index 2 web')).toEqual(fail('service "web" is not running container #2\n'));
    expect(await s.run('docker compose logs nope')).toEqual(fail('no such service: nope\n'));
    expect(await s.run('docker compose logs --since yesterday')).toEqual(
      fail('invalid value for "since": failed to parse value as time or duration: "yesterday"\n'),
    );
    expect(await s.run('docker compose logs --follows')).toEqual(flagError('unknown flag: --follows'));
    await s.run('cd /');
    expect(await s.run('docker compose logs')).toEqual(fail('no configuration file provided: not found\n'));
  });

  it('prints its help', async () => {
    const s = await setup();
    expect(await s.run('docker compose logs --help')).toEqual(ok(`Usage:  docker compose logs [OPTIONS] [SERVICE...]

View output from containers

Options:
      --dry-run         Execute command in dry run mode
  -f, --follow          Follow log output
      --index int       index of the container if service has multiple
                        replicas
      --no-color        Produce monochrome output
      --no-log-prefix   Don't print prefix in logs
      --since string    Show logs since timestamp (e.g.
                        2013-01-02T13:23:37Z) or relative (e.g. 42m for
                        42 minutes)
  -n, --tail string     Number of lines to show from the end of the logs
                        for each container (default "all")
  -t, --timestamps      Show timestamps
      --until string    Show logs before a timestamp (e.g.
                        2013-01-02T13:23:37Z) or relative (e.g. 42m for
                        42 minutes)
`));
  });
});
