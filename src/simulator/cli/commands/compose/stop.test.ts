import { describe, expect, it } from 'vitest';
import { fail, flagError, lines, ok, setup } from './test-setup.ts';

const stopped = (name: string) => [` Container ${name} Stopping `, ` Container ${name} Stopped `];

describe('docker compose stop', () => {
  it('stops the containers, dependents first; a named service alone', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose stop web')).toEqual(ok('', lines(...stopped('app-web-1'))));
    expect(await s.run('docker compose stop -t 1')).toEqual(ok('', lines(...stopped('app-web-1'), ...stopped('app-cache-1'))));
    expect(await s.run("docker compose ps -a --format '{{.Name}} {{.Status}}'")).toEqual(ok('app-cache-1 Exited (0) 1 second ago\napp-web-1 Exited (0) 2 seconds ago\n'));
  });

  it('leaves one-off containers running; with -p alone finds the project by its labels', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose run -d --name oneoff cache');
    await s.run('cd /');
    expect(await s.run('docker compose -p app stop')).toEqual(ok('', lines(...stopped('app-web-1'), ...stopped('app-cache-1'))));
    expect(await s.run("docker ps --format '{{.Names}}'")).toEqual(ok('oneoff\n'));
  });

  it('fails on an unknown service or flag', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose stop nope')).toEqual(fail('no such service: nope\n'));
    expect(await s.run('docker compose stop --time 3')).toEqual(flagError('unknown flag: --time'));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose stop --help')).toEqual(ok(`Usage:  docker compose stop [OPTIONS] [SERVICE...]

Stop services

Options:
      --dry-run       Execute command in dry run mode
  -t, --timeout int   Specify a shutdown timeout in seconds
`));
  });
});
