// apt-get inside a Debian container and in a build: update, the missing-update and unknown-name
// errors, a single-package install with dpkg's lines, the [Y/n] question without input, the
// lock errors for a non-root user, and what an install leaves in the layer.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};

const STEPS = 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n';

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({
    seed: 1,
    clock: () => now,
    files: {
      'a/Dockerfile': 'FROM debian:trixie\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      'b/Dockerfile': 'FROM debian:trixie\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    },
  });
  await run('docker pull -q debian:trixie');
  await run('docker run -d --name deb debian:trixie sleep infinity');
});

describe('apt-get', () => {
  it('cannot find a package before apt-get update', async () => {
    expect(await run('docker exec deb apt-get install -y curl')).toEqual({ stdout: STEPS, stderr: 'E: Unable to locate package curl\n', exitCode: 100 });
  });

  it('fetches the indexes, then finds them current', async () => {
    expect(await run('docker exec deb apt-get update')).toEqual({
      stdout:
        'Get:1 http://deb.debian.org/debian trixie InRelease [140 kB]\nGet:2 http://deb.debian.org/debian trixie-updates InRelease [47.3 kB]\n' +
        'Get:3 http://deb.debian.org/debian-security trixie-security InRelease [43.4 kB]\nGet:4 http://deb.debian.org/debian trixie/main amd64 Packages [9670 kB]\n' +
        'Get:5 http://deb.debian.org/debian trixie-updates/main amd64 Packages [5412 B]\nGet:6 http://deb.debian.org/debian-security trixie-security/main amd64 Packages [70.1 kB]\n' +
        'Fetched 9976 kB in 2s (4440 kB/s)\nReading package lists...\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker exec deb apt-get update')).stdout).toBe(
      'Hit:1 http://deb.debian.org/debian trixie InRelease\nHit:2 http://deb.debian.org/debian trixie-updates InRelease\nHit:3 http://deb.debian.org/debian-security trixie-security InRelease\nReading package lists...\n',
    );
  });

  it('installs a package: apt report, download, dpkg, and the program on PATH', async () => {
    await run('docker exec deb apt-get update');
    expect(await run('docker exec deb apt-get install -y nano')).toEqual({
      stdout:
        `${STEPS}Suggested packages:\n  hunspell\nThe following NEW packages will be installed:\n  nano\n0 upgraded, 1 newly installed, 0 to remove and 0 not upgraded.\n` +
        'Need to get 716 kB of archives.\nAfter this operation, 2970 kB of additional disk space will be used.\n' +
        'Get:1 http://deb.debian.org/debian trixie/main amd64 nano amd64 8.4-1 [716 kB]\nFetched 716 kB in 0s (24.7 MB/s)\n' +
        'Selecting previously unselected package nano.\n(Reading database ... 5644 files and directories currently installed.)\n' +
        'Preparing to unpack .../nano_8.4-1_amd64.deb ...\nUnpacking nano (8.4-1) ...\nSetting up nano (8.4-1) ...\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker exec deb which nano')).stdout).toBe('/usr/bin/nano\n');
    expect((await run('docker exec deb apt-get install -y nano')).stdout).toBe(`${STEPS}nano is already the newest version (8.4-1).\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`);
  });

  it('names an unknown package', async () => {
    await run('docker exec deb apt-get update');
    expect(await run('docker exec deb apt-get install -y foo')).toEqual({ stdout: STEPS, stderr: 'E: Unable to locate package foo\n', exitCode: 100 });
  });

  it('asks before pulling in dependencies, and aborts without an answer', async () => {
    await run('docker exec deb apt-get update');
    const r = await run('docker exec deb apt-get install curl');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(
      `${STEPS}The following additional packages will be installed:\n  ca-certificates krb5-locales libbrotli1 libcurl4t64 libgssapi-krb5-2\n  libk5crypto3 libkeyutils1 libkrb5-3 libkrb5support0 libldap-common libldap2\n` +
        '  libnghttp2-14 libnghttp3-9 libngtcp2-16 libngtcp2-crypto-ossl0 libpsl5t64\n  librtmp1 libsasl2-2 libsasl2-modules libsasl2-modules-db libssh2-1t64\n  openssl openssl-provider-legacy publicsuffix\n' +
        'Suggested packages:\n  krb5-doc krb5-user libsasl2-modules-gssapi-mit\n  | libsasl2-modules-gssapi-heimdal libsasl2-modules-ldap libsasl2-modules-otp\n  libsasl2-modules-sql\n' +
        'The following NEW packages will be installed:\n  ca-certificates curl krb5-locales libbrotli1 libcurl4t64 libgssapi-krb5-2\n  libk5crypto3 libkeyutils1 libkrb5-3 libkrb5support0 libldap-common libldap2\n' +
        '  libnghttp2-14 libnghttp3-9 libngtcp2-16 libngtcp2-crypto-ossl0 libpsl5t64\n  librtmp1 libsasl2-2 libsasl2-modules libsasl2-modules-db libssh2-1t64\n  openssl openssl-provider-legacy publicsuffix\n' +
        '0 upgraded, 25 newly installed, 0 to remove and 0 not upgraded.\nNeed to get 4952 kB of archives.\nAfter this operation, 12.3 MB of additional disk space will be used.\n' +
        'Do you want to continue? [Y/n] Abort.\n',
    );
    expect((await run('docker exec deb which curl')).exitCode).toBe(1);
    expect((await run('echo y | docker exec -i deb apt-get install curl')).stdout).toContain('Do you want to continue? [Y/n] y\nGet:1 ');
    expect((await run('docker exec deb ls -l /usr/bin/curl')).stdout).toBe('-rwxr-xr-x 1 root root 533504 Nov 25 10:00 /usr/bin/curl\n');
  });

  it('needs root', async () => {
    expect(await run('docker exec -u nobody deb apt-get update')).toEqual({ stdout: '', stderr: 'E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n', exitCode: 100 });
    expect(await run('docker exec -u nobody deb apt-get install -y curl')).toEqual({
      stdout: '',
      stderr: 'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n',
      exitCode: 100,
    });
  });

  it('leaves the program in the image built on it; the lists weigh on the layer until removed', async () => {
    expect((await run('docker build -q -t slim a')).exitCode).toBe(0);
    expect((await run('docker build -q -t fat b')).exitCode).toBe(0);
    expect((await run('docker run --rm slim which curl')).stdout).toBe('/usr/bin/curl\n');
    expect((await run('docker run --rm slim ls /var/lib/apt/lists')).stdout).toBe('');
    const size = async (img: string) => (await run(`docker history --format "{{.Size}}" ${img}`)).stdout.split('\n')[0];
    expect(await size('slim')).toBe('6.82MB');
    expect(await size('fat')).toBe('26.5MB');
  });
});
