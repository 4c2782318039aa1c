// apk in an Alpine container: an install with its dependencies in apk's order, what --no-cache
// changes, the unknown-package error, virtual packages, and the database lock for non-root.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now });
  await run('docker pull -q alpine');
  await run('docker run -d --name alp alpine sleep infinity');
});

describe('apk', () => {
  it('adds a package and its dependencies; the program is then on PATH', async () => {
    expect(await run('docker exec alp apk add --no-cache curl')).toEqual({
      stdout:
        '( 1/10) Installing brotli-libs (1.2.0-r0)\n( 2/10) Installing c-ares (1.34.5-r0)\n( 3/10) Installing libunistring (1.4.1-r0)\n( 4/10) Installing libidn2 (2.3.8-r0)\n' +
        '( 5/10) Installing nghttp2-libs (1.68.0-r0)\n( 6/10) Installing nghttp3 (1.12.0-r0)\n( 7/10) Installing libpsl (0.21.5-r3)\n( 8/10) Installing zstd-libs (1.5.7-r2)\n' +
        '( 9/10) Installing libcurl (8.17.0-r1)\n(10/10) Installing curl (8.17.0-r1)\nExecuting busybox-1.37.0-r30.trigger\nOK: 13.3 MiB in 26 packages\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker exec alp which curl')).stdout).toBe('/usr/bin/curl\n');
    expect(await run('docker exec alp apk add curl')).toEqual({ stdout: 'OK: 13.3 MiB in 26 packages\n', stderr: '', exitCode: 0 });
  });

  it('keeps the indexes in /var/cache/apk unless --no-cache', async () => {
    await run('docker exec alp apk add --no-cache nano');
    expect((await run('docker exec alp ls /var/cache/apk')).exitCode).toBe(1);
    await run('docker exec alp apk add jq');
    expect((await run('docker exec alp ls /var/cache/apk')).stdout).toBe('APKINDEX.74c0ac66.tar.gz\nAPKINDEX.7729bc3d.tar.gz\n');
  });

  it('cannot select an unknown package', async () => {
    expect(await run('docker exec alp apk add foo')).toEqual({ stdout: '', stderr: 'ERROR: unable to select packages:\n  foo (no such package):\n    required by: world[foo]\n', exitCode: 1 });
  });

  it('adds and deletes a virtual package with what it brought', async () => {
    expect((await run('docker exec alp apk add --virtual .deps jq')).stdout).toBe(
      '(1/3) Installing oniguruma (6.9.10-r0)\n(2/3) Installing jq (1.8.1-r0)\n(3/3) Installing .deps (20261125.100004)\nExecuting busybox-1.37.0-r30.trigger\nOK: 9017 KiB in 19 packages\n',
    );
    expect((await run('docker exec alp apk del .deps')).stdout).toBe('(1/3) Purging .deps (20261125.100004)\n(2/3) Purging jq (1.8.1-r0)\n(3/3) Purging oniguruma (6.9.10-r0)\nOK: 8117 KiB in 16 packages\n');
    expect((await run('docker exec alp which jq')).exitCode).toBe(1);
  });

  it('needs root', async () => {
    expect(await run('docker exec -u nobody alp apk add jq')).toEqual({ stdout: '', stderr: 'ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n', exitCode: 99 });
  });
});
