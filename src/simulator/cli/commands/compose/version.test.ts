import { describe, expect, it } from 'vitest';
import { fail, flagError, ok, setup } from './test-setup.ts';

describe('docker compose version', () => {
  it('prints the plugin version, --short the number, --format json an object; needs no project', async () => {
    const s = await setup({ images: [] });
    await s.run('cd /');
    expect(await s.run('docker compose version')).toEqual(ok('Docker Compose version v5.4.0\n'));
    expect(await s.run('docker compose version --short')).toEqual(ok('5.4.0\n'));
    expect(await s.run('docker compose version -f json')).toEqual(ok('{"version":"v5.4.0"}\n'));
    expect(await s.run('docker compose version --format pretty')).toEqual(ok('Docker Compose version v5.4.0\n'));
  });

  it('takes no arguments; fails on an unknown flag', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose version now')).toEqual(fail('unknown command "now" for "docker compose version"\n'));
    expect(await s.run('docker compose version --json')).toEqual(flagError('unknown flag: --json'));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose version --help')).toEqual(ok(`Usage:  docker compose version [OPTIONS]

Show the Docker Compose version information

Options:
      --dry-run         Execute command in dry run mode
  -f, --format string   Format the output. Values: [pretty | json].
                        (Default: pretty)
      --short           Shows only Compose's version number
`));
  });
});
