import { describe, expect, it } from 'vitest';
import { flagError, lines, ok, setup } from './test-setup.ts';

describe('docker compose top', () => {
  it('lists the processes of every running container in one table, CMD last', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose top')).toEqual(ok(lines(
      'SERVICE  #   UID   PID   PPID  C   STIME  TTY  TIME      CMD',
      'cache    1   999   1211  1192  0   10:00  ?    00:00:00  redis-server *:6379',
      'web      1   root  1243  1224  0   10:00  ?    00:00:00  nginx: master process nginx -g daemon off;',
      'web      1   101   1264  1243  0   10:00  ?    00:00:00  nginx: worker process',
      'web      1   101   1265  1243  0   10:00  ?    00:00:00  nginx: worker process',
    )));
    expect(await s.run('docker compose top cache')).toEqual(ok(lines(
      'SERVICE  #   UID  PID   PPID  C   STIME  TTY  TIME      CMD',
      'cache    1   999  1211  1192  0   10:00  ?    00:00:00  redis-server *:6379',
    )));
  });

  it('prints nothing without running containers; fails on an unknown flag', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop');
    expect(await s.run('docker compose top')).toEqual(ok(''));
    expect(await s.run('docker compose top -a')).toEqual(flagError("unknown shorthand flag: 'a' in -a"));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose top --help')).toEqual(ok(`Usage:  docker compose top [SERVICES...]

Display the running processes

Options:
      --dry-run   Execute command in dry run mode
`));
  });
});
