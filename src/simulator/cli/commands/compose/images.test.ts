import { describe, expect, it } from 'vitest';
import { flagError, lines, ok, setup } from './test-setup.ts';

describe('docker compose images', () => {
  it('lists the image of each container, sorted by container name', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose images')).toEqual(ok(lines(
      'CONTAINER           REPOSITORY          TAG                 PLATFORM            IMAGE ID            SIZE                CREATED',
      'app-cache-1         redis               alpine              linux/amd64         24f486da811e        40.1MB              3 months ago',
      'app-web-1           nginx               alpine              linux/amd64         69c15e2b78b2        26.3MB              3 months ago',
    )));
  });

  it('-q prints the unique image IDs; --format json an array (and an empty line)', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose images -q')).toEqual(ok(lines(
      '24f486da811e5c13557239569ae6c2a1f16006c2515bca66a5d3c3027ad904c8',
      '69c15e2b78b2ea9423242706c80a73ce5ac2e8cc8f7a9f1fc234b601f8b808c0',
    )));
    expect(await s.run('docker compose images --format json web')).toEqual(ok(
      '[{"ID":"sha256:69c15e2b78b2ea9423242706c80a73ce5ac2e8cc8f7a9f1fc234b601f8b808c0","ContainerName":"app-web-1","Repository":"nginx","Tag":"alpine","Platform":"linux/amd64","Size":26326094,"Created":"2026-08-20T22:58:41Z","LastTagTime":"2026-11-25T10:00:03.359Z"}]\n\n',
    ));
  });

  it('prints the header alone before anything is up; fails on an unknown flag', async () => {
    const s = await setup();
    expect(await s.run('docker compose images')).toEqual(ok(
      'CONTAINER           REPOSITORY          TAG                 PLATFORM            IMAGE ID            SIZE                CREATED\n',
    ));
    expect(await s.run('docker compose images --all')).toEqual(flagError('unknown flag: --all'));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose images --help')).toEqual(ok(`Usage:  docker compose images [OPTIONS] [SERVICE...]

List images used by the created containers

Options:
      --dry-run         Execute command in dry run mode
      --format string   Format the output. Values: [table | json]
                        (default "table")
  -q, --quiet           Only display IDs
`));
  });
});
