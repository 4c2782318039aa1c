import { describe, expect, it } from 'vitest';
import { fail, flagError, lines, ok, setup } from './test-setup.ts';

const removed = (name: string) => [` Container ${name} Removing `, ` Container ${name} Removed `];

describe('docker compose rm', () => {
  it('says when nothing is stopped', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose rm')).toEqual(ok('', 'No stopped containers\n'));
  });

  it('asks on the terminal ("? ... (y/N)"); an invalid answer asks again, "y" removes', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop web');
    expect(await s.run('docker compose rm')).toEqual(ok('? Going to remove app-web-1 (y/N) '));
    expect(await s.run('maybe')).toEqual(ok('X Sorry, your reply was invalid: "maybe" is not a valid answer, please try again.\n? Going to remove app-web-1 (y/N) '));
    expect(await s.run('y')).toEqual(ok('? Going to remove app-web-1 Yes\n', lines(...removed('app-web-1'))));
    expect(await s.run("docker ps -a --format '{{.Names}}'")).toEqual(ok('app-cache-1\n'));
  });

  it('an empty answer is no', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop');
    await s.run('docker compose rm');
    expect(await s.run('')).toEqual(ok('? Going to remove app-web-1, app-cache-1 No\n'));
    expect(await s.run("docker ps -aq | wc -l")).toEqual(ok('2\n'));
  });

  it('reads the answer from a pipe as compose\'s pipe prompt does (no newline, "y" or true)', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop');
    expect(await s.run('echo no | docker compose rm')).toEqual(ok('Going to remove app-web-1, app-cache-1'));
    expect(await s.run('echo y | docker compose rm cache')).toEqual(ok('Going to remove app-cache-1', lines(...removed('app-cache-1'))));
  });

  it('-f removes without asking; -s stops first; -v takes the anonymous volumes along', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose rm -f -s -v web')).toEqual(ok('Going to remove app-web-1\n', lines(
      ' Container app-web-1 Stopping ', ' Container app-web-1 Stopped ', ...removed('app-web-1'),
    )));
    await s.run('docker compose stop');
    expect(await s.run('docker compose rm -fv')).toEqual(ok('Going to remove app-cache-1\n', lines(...removed('app-cache-1'))));
    expect(await s.run('docker volume ls -q')).toEqual(ok('app_data\n'));
  });

  it('fails on an unknown service or flag', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose rm nope')).toEqual(fail('no such service: nope\n'));
    expect(await s.run('docker compose rm --all-of-it')).toEqual(flagError('unknown flag: --all-of-it'));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose rm --help')).toEqual(ok(`Usage:  docker compose rm [OPTIONS] [SERVICE...]

Removes stopped service containers

By default, anonymous volumes attached to containers will not be removed. You
can override this with -v. To list all volumes, use "docker volume ls".

Any data which is not in a volume will be lost.

Options:
      --dry-run   Execute command in dry run mode
  -f, --force     Don't ask to confirm removal
  -s, --stop      Stop the containers, if required, before removing
  -v, --volumes   Remove any anonymous volumes attached to containers
`));
  });
});
