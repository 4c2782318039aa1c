import { describe, expect, it } from 'vitest';
import { fail, flagError, lines, ok, setup } from './test-setup.ts';

const started = (name: string) => [` Container ${name} Starting `, ` Container ${name} Started `];

describe('docker compose start', () => {
  it('starts the stopped containers in dependency order', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop');
    expect(await s.run('docker compose start')).toEqual(ok('', lines(...started('app-cache-1'), ...started('app-web-1'))));
    expect(await s.run("docker compose ps --format '{{.Name}} {{.State}}'")).toEqual(ok('app-cache-1 running\napp-web-1 running\n'));
    // Already running: nothing to do.
    expect(await s.run('docker compose start')).toEqual(ok(''));
  });

  it('a named service starts with its dependencies; --wait waits for every service', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop');
    expect(await s.run('docker compose start cache')).toEqual(ok('', lines(...started('app-cache-1'))));
    expect(await s.run('docker compose start --wait')).toEqual(ok('', lines(
      ...started('app-web-1'), ' Container app-cache-1 Waiting ', ' Container app-web-1 Waiting ', ' Container app-cache-1 Healthy ', ' Container app-web-1 Healthy ',
    )));
  });

  it('with -p alone, starts the project found by its labels', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop web');
    await s.run('cd /');
    expect(await s.run('docker compose -p app start')).toEqual(ok('', lines(...started('app-web-1'))));
    expect(await s.run('docker compose -p other start')).toEqual(fail('no container found for project "other": not found\n'));
  });

  it('fails without containers, on an unknown service or flag', async () => {
    const s = await setup();
    expect(await s.run('docker compose start')).toEqual(fail('service "cache" has no container to start\n'));
    expect(await s.run('docker compose start nope')).toEqual(fail('no such service: nope\n'));
    expect(await s.run('docker compose start -d')).toEqual(flagError("unknown shorthand flag: 'd' in -d"));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose start --help')).toEqual(ok(`Usage:  docker compose start [SERVICE...]

Start services

Options:
      --dry-run            Execute command in dry run mode
      --wait               Wait for services to be running|healthy.
                           Implies detached mode.
      --wait-timeout int   Maximum duration in seconds to wait for the
                           project to be running|healthy
`));
  });
});
