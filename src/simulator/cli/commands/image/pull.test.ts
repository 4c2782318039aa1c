import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 9, 15, 12, 0, 0);
const sim = () => createSimulator({ seed: 1, clock: () => NOW });

const NGINX = 'sha256:4e41a9d5f2f4b8035693f6321e7a5c0ad9802e18aec3631d7e02cb1a942c2e3b';
const HTTPD = 'sha256:8a6530c2adc65b5ff3a4b002276cf9424eb128f5c5cddab8c48f3eb2366b59ef';

const NGINX_PULL = `Using default tag: latest
latest: Pulling from library/nginx
6b37362b3da7: Pulling fs layer
82454cdbf456: Pulling fs layer
3c7ab7949321: Pulling fs layer
cacfcdd01f30: Pulling fs layer
b6698f04e005: Pulling fs layer
2bedaf25031a: Pulling fs layer
d26f27cc8c41: Pulling fs layer
3c7ab7949321: Download complete
cacfcdd01f30: Download complete
b6698f04e005: Download complete
2bedaf25031a: Download complete
d26f27cc8c41: Download complete
7683d3385d3e: Download complete
3c51a597ec17: Download complete
6b37362b3da7: Download complete
82454cdbf456: Download complete
6b37362b3da7: Pull complete
3c7ab7949321: Pull complete
cacfcdd01f30: Pull complete
82454cdbf456: Pull complete
b6698f04e005: Pull complete
2bedaf25031a: Pull complete
d26f27cc8c41: Pull complete
Digest: ${NGINX}
Status: Downloaded newer image for nginx:latest
docker.io/library/nginx:latest
`;

describe('docker pull', () => {
  it('downloads each layer, then prints the digest, the status and the full reference', async () => {
    const s = sim();
    expect(await s.run('docker pull nginx')).toEqual({ stdout: NGINX_PULL, stderr: '', exitCode: 0 });
  });

  it('reports a base layer another image brought as "Already exists" (moby#53615 fetches all content)', async () => {
    const s = sim();
    await s.run('docker pull nginx');
    // nginx and httpd share the debian:trixie-slim layer 6b37362b3da7: its blob is in the content
    // store, so it shows "Already exists", then "Pull complete" once its snapshot is found.
    // 56335aa7f806 and 8c2de686ce83 are the attestation (SBOM, provenance) blobs: downloaded, never unpacked.
    expect(await s.run('docker pull httpd')).toEqual({
      stdout: `Using default tag: latest
latest: Pulling from library/httpd
6b37362b3da7: Pulling fs layer
6db0cf540580: Pulling fs layer
4f4fb700ef54: Pulling fs layer
2f4636dca226: Pulling fs layer
1320c4426edf: Pulling fs layer
7a3bdd751d95: Pulling fs layer
6b37362b3da7: Already exists
6db0cf540580: Download complete
4f4fb700ef54: Download complete
2f4636dca226: Download complete
7a3bdd751d95: Download complete
56335aa7f806: Download complete
8c2de686ce83: Download complete
6b37362b3da7: Pull complete
6db0cf540580: Pull complete
4f4fb700ef54: Pull complete
2f4636dca226: Pull complete
1320c4426edf: Download complete
7a3bdd751d95: Pull complete
1320c4426edf: Pull complete
Digest: ${HTTPD}
Status: Downloaded newer image for httpd:latest
docker.io/library/httpd:latest
`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('reports "Already exists" for every blob the store already has, shared base and empty layer alike', async () => {
    const s = sim();
    await s.run('docker pull -q httpd');
    expect(await s.run('docker pull redis')).toEqual({
      stdout: `Using default tag: latest
latest: Pulling from library/redis
6b37362b3da7: Pulling fs layer
cd2a24b5fb25: Pulling fs layer
090bdb3db9ca: Pulling fs layer
916bd9c149a3: Pulling fs layer
325b1e560d63: Pulling fs layer
4f4fb700ef54: Pulling fs layer
a7abbb3aa6cf: Pulling fs layer
6b37362b3da7: Already exists
4f4fb700ef54: Already exists
cd2a24b5fb25: Download complete
090bdb3db9ca: Download complete
325b1e560d63: Download complete
a7abbb3aa6cf: Download complete
50a7ebc71819: Download complete
ec6a170b3ca1: Download complete
6b37362b3da7: Pull complete
cd2a24b5fb25: Pull complete
090bdb3db9ca: Pull complete
916bd9c149a3: Download complete
916bd9c149a3: Pull complete
4f4fb700ef54: Pull complete
325b1e560d63: Pull complete
a7abbb3aa6cf: Pull complete
Digest: sha256:88b154d6eccf3486f1d66846a962275a5c084dd51b23dfaf9303be901fbec3ad
Status: Downloaded newer image for redis:latest
docker.io/library/redis:latest
`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('reports an image it already has as up to date, with no layer lines', async () => {
    const s = sim();
    await s.run('docker pull nginx');
    expect(await s.run('docker pull nginx')).toEqual({
      stdout: `Using default tag: latest\nlatest: Pulling from library/nginx\nDigest: ${NGINX}\nStatus: Image is up to date for nginx:latest\ndocker.io/library/nginx:latest\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('a new tag of an image already present downloads nothing but is "newer"', async () => {
    const s = sim();
    await s.run('docker pull nginx');
    expect(await s.run('docker pull nginx:mainline')).toEqual({
      stdout: `mainline: Pulling from library/nginx\nDigest: ${NGINX}\nStatus: Downloaded newer image for nginx:mainline\ndocker.io/library/nginx:mainline\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('-q prints only the reference', async () => {
    expect(await sim().run('docker pull -q alpine')).toEqual({ stdout: 'docker.io/library/alpine:latest\n', stderr: '', exitCode: 0 });
  });

  it('-a pulls every tag and ends with the repository name', async () => {
    expect(await sim().run('docker pull -a hello-world')).toEqual({
      stdout: `latest: Pulling from library/hello-world
bf7d80e658d4: Pulling fs layer
bf7d80e658d4: Download complete
2b016f60a5c6: Download complete
c851194bf7b6: Download complete
bf7d80e658d4: Pull complete
Digest: sha256:b070dc4fc442d7f9216f6a49deec2c028e54bf7ce01c7f5217c5165997bc5c2a
Status: Downloaded newer image for hello-world:latest
linux: Pulling from library/hello-world
Digest: sha256:b070dc4fc442d7f9216f6a49deec2c028e54bf7ce01c7f5217c5165997bc5c2a
Status: Downloaded newer image for hello-world:linux
docker.io/library/hello-world
`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('draws progress in place on a terminal; the result keeps the plain lines', async () => {
    let stream = '';
    const r = await sim().run('docker pull busybox', { tty: true, onOutput: (t) => (stream += t) });
    const digest = 'sha256:7414cbca263c0dffca545636537830620ba1dd20dfef2a1d474be5cee0ee11b0';
    expect(r).toEqual({
      stdout: `Using default tag: latest
latest: Pulling from library/busybox
ce58729094e5: Pulling fs layer
c79f6dd1030b: Download complete
5dc10ec56428: Download complete
ce58729094e5: Download complete
ce58729094e5: Pull complete
Digest: ${digest}
Status: Downloaded newer image for busybox:latest
docker.io/library/busybox:latest
`,
      stderr: '',
      exitCode: 0,
    });
    expect(stream).toBe(
      'Using default tag: latest\nlatest: Pulling from library/busybox\n' +
        '\n\x1b[1A\x1b[2K\rce58729094e5: Pulling fs layer \r\x1b[1B' +
        '\x1b[1A\x1b[2K\rce58729094e5: Downloading  219.3kB/2.226MB\r\x1b[1B' +
        '\n\x1b[1A\x1b[2K\rc79f6dd1030b: Download complete \r\x1b[1B' +
        '\n\x1b[1A\x1b[2K\r5dc10ec56428: Download complete \r\x1b[1B' +
        '\x1b[3A\x1b[2K\rce58729094e5: Downloading  1.316MB/2.226MB\r\x1b[3B' +
        '\x1b[3A\x1b[2K\rce58729094e5: Download complete \r\x1b[3B' +
        '\x1b[3A\x1b[2K\rce58729094e5: Extracting 1 s\r\x1b[3B' +
        '\x1b[3A\x1b[2K\rce58729094e5: Pull complete \r\x1b[3B' +
        `Digest: ${digest}\nStatus: Downloaded newer image for busybox:latest\ndocker.io/library/busybox:latest\n`,
    );
  });

  it('docker run pulls a missing image with the progress on stderr', async () => {
    const r = await sim().run('docker run --rm -d hello-world');
    expect(r.stderr).toBe(`Unable to find image 'hello-world:latest' locally
latest: Pulling from library/hello-world
bf7d80e658d4: Pulling fs layer
bf7d80e658d4: Download complete
2b016f60a5c6: Download complete
c851194bf7b6: Download complete
bf7d80e658d4: Pull complete
Digest: sha256:b070dc4fc442d7f9216f6a49deec2c028e54bf7ce01c7f5217c5165997bc5c2a
Status: Downloaded newer image for hello-world:latest
`);
  });

  it('fails for a repository the registry does not have', async () => {
    expect(await sim().run('docker pull nosuchimage')).toEqual({
      stdout: 'Using default tag: latest\n',
      stderr: "Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login'\n",
      exitCode: 1,
    });
  });

  it('fails for a tag the repository does not have', async () => {
    expect(await sim().run('docker pull nginx:nope')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found\n',
      exitCode: 1,
    });
  });

  it('rejects an invalid reference in the client', async () => {
    expect(await sim().run('docker pull Nginx')).toEqual({
      stdout: '',
      stderr: 'invalid reference format: repository name (library/Nginx) must be lowercase\n',
      exitCode: 1,
    });
  });

  it('rejects a tag with --all-tags', async () => {
    expect(await sim().run('docker pull -a nginx:latest')).toEqual({ stdout: '', stderr: "tag can't be used with --all-tags/-a\n", exitCode: 1 });
  });

  it('checks --platform after announcing the default tag', async () => {
    expect(await sim().run('docker pull --platform foo alpine')).toEqual({
      stdout: 'Using default tag: latest\n',
      stderr: '"foo": unknown operating system or architecture: invalid argument\n',
      exitCode: 1,
    });
  });

  it('accepts the deprecated --disable-content-trust with pflag notice', async () => {
    const r = await sim().run('docker pull -q --disable-content-trust alpine:3');
    expect(r).toEqual({
      stdout: 'docker.io/library/alpine:3\n',
      stderr: 'Flag --disable-content-trust has been deprecated, support for docker content trust was removed\n',
      exitCode: 0,
    });
  });

  it('rejects an unknown flag (125) and a wrong argument count (1)', async () => {
    const s = sim();
    expect(await s.run('docker pull --bogus nginx')).toEqual({
      stdout: '',
      stderr: "unknown flag: --bogus\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nRun 'docker pull --help' for more information\n",
      exitCode: 125,
    });
    expect(await s.run('docker image pull')).toEqual({
      stdout: '',
      stderr: "docker: 'docker image pull' requires 1 argument\n\nUsage:  docker image pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nRun 'docker image pull --help' for more information\n",
      exitCode: 1,
    });
  });
});
