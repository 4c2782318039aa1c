// docker build through the public API: BuildKit's plain progress (stderr), the layer cache, a
// failing RUN, a missing COPY source, -q, the builder/image forms, and the CLI errors.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const HELLO = "mkdir hello && cd hello && printf 'FROM alpine\\nCOPY hello.sh /hello.sh\\nCMD [\"sh\", \"/hello.sh\"]\\n' > Dockerfile && echo 'echo Hello from my image' > hello.sh";
const NODE = "mkdir node && cd node && printf 'FROM alpine\\nWORKDIR /app\\nCOPY package.json .\\nRUN echo installing && cat package.json\\nCOPY . .\\nCMD [\"cat\", \"server.js\"]\\n' > Dockerfile && echo '{}' > package.json && echo v1 > server.js";

/** Lines, each ended by a newline. */
const text = (...lines: string[]): string => lines.map((l) => `${l}\n`).join('');

async function run(setup: string[], command: string) {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const s of setup) {
    await sim.run(s);
    now += 1000;
  }
  return sim.run(command);
}

describe('docker build', () => {
  it('builds a hello-world image, pulling its base', async () => {
    expect(await run([HELLO], 'docker build -t hello .')).toEqual({
      stdout: '',
      stderr: text(
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 60B done',
      '#1 DONE 0.0s',
      '',
      '#2 [internal] load metadata for docker.io/library/alpine:latest',
      '#2 DONE 0.6s',
      '',
      '#3 [internal] load .dockerignore',
      '#3 transferring context: 2B done',
      '#3 DONE 0.0s',
      '',
      '#4 [1/2] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
      '#4 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
      '#4 sha256:e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5 3.85MB / 3.85MB 0.2s done',
      '#4 extracting sha256:e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5 0.1s done',
      '#4 DONE 0.7s',
      '',
      '#5 [internal] load build context',
      '#5 transferring context: 85B done',
      '#5 DONE 0.0s',
      '',
      '#6 [2/2] COPY hello.sh /hello.sh',
      '#6 DONE 0.0s',
      '',
      '#7 exporting to image',
      '#7 exporting layers 0.1s done',
      '#7 exporting manifest sha256:c7e01e9c9044ce06b4c35631262b2e189b53fd06dbe85e892bbf662a1abf8c3e done',
      '#7 exporting config sha256:4bc30fd7492c8f3a71f5b201c0e9960c2be45b43ce14fad3d2e5af2bbd4c2466 done',
      '#7 exporting attestation manifest sha256:6c5e803fd850dee779cd7974737545dd77d0037e96c56baafc1899d7b01f1148 done',
      '#7 exporting manifest list sha256:e107add7b663449efd222b0882340d52c756f056489c7c1c92a83313179ff2ec done',
      '#7 naming to docker.io/library/hello:latest done',
      '#7 unpacking to docker.io/library/hello:latest 0.1s done',
      '#7 DONE 0.2s',
    ),
      exitCode: 0,
    });
  });

  it('rebuilds from the cache', async () => {
    expect(await run([HELLO, 'docker build -t hello .'], 'docker build -t hello .')).toEqual({
      stdout: '',
      stderr: text(
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 60B done',
      '#1 DONE 0.0s',
      '',
      '#2 [internal] load metadata for docker.io/library/alpine:latest',
      '#2 DONE 0.3s',
      '',
      '#3 [internal] load .dockerignore',
      '#3 transferring context: 2B done',
      '#3 DONE 0.0s',
      '',
      '#4 [1/2] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
      '#4 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
      '#4 DONE 0.0s',
      '',
      '#5 [internal] load build context',
      '#5 transferring context: 85B done',
      '#5 DONE 0.0s',
      '',
      '#6 [2/2] COPY hello.sh /hello.sh',
      '#6 CACHED',
      '',
      '#7 exporting to image',
      '#7 exporting layers done',
      '#7 exporting manifest sha256:c7e01e9c9044ce06b4c35631262b2e189b53fd06dbe85e892bbf662a1abf8c3e done',
      '#7 exporting config sha256:4bc30fd7492c8f3a71f5b201c0e9960c2be45b43ce14fad3d2e5af2bbd4c2466 done',
      '#7 exporting attestation manifest sha256:6c5e803fd850dee779cd7974737545dd77d0037e96c56baafc1899d7b01f1148 done',
      '#7 exporting manifest list sha256:e107add7b663449efd222b0882340d52c756f056489c7c1c92a83313179ff2ec done',
      '#7 naming to docker.io/library/hello:latest done',
      '#7 unpacking to docker.io/library/hello:latest done',
      '#7 DONE 0.0s',
    ),
      exitCode: 0,
    });
  });

  it('runs the built image', async () => {
    expect(await run([HELLO, 'docker build -t hello .'], 'docker run --rm hello')).toEqual({
      stdout: 'Hello from my image\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('reruns only the steps after a changed file', async () => {
    expect(await run([NODE, 'docker build -t node-app .', 'echo v2 > server.js'], 'docker build -t node-app .')).toEqual({
      stdout: '',
      stderr: text(
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 119B done',
      '#1 DONE 0.0s',
      '',
      '#2 [internal] load metadata for docker.io/library/alpine:latest',
      '#2 DONE 0.3s',
      '',
      '#3 [internal] load .dockerignore',
      '#3 transferring context: 2B done',
      '#3 DONE 0.0s',
      '',
      '#4 [1/5] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
      '#4 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
      '#4 DONE 0.0s',
      '',
      '#5 [internal] load build context',
      '#5 transferring context: 125B done',
      '#5 DONE 0.0s',
      '',
      '#6 [2/5] WORKDIR /app',
      '#6 CACHED',
      '',
      '#7 [3/5] COPY package.json .',
      '#7 CACHED',
      '',
      '#8 [4/5] RUN echo installing && cat package.json',
      '#8 CACHED',
      '',
      '#9 [5/5] COPY . .',
      '#9 DONE 0.0s',
      '',
      '#10 exporting to image',
      '#10 exporting layers 0.1s done',
      '#10 exporting manifest sha256:4f1c03f3c398285853dd1266cad20f4607c33bc636a16a749b58ac0db3d5ba40 done',
      '#10 exporting config sha256:37eba3fc17661718ba0fe705f7ac6ff73eada0fd8249fe6f44e7965e3aeeac38 done',
      '#10 exporting attestation manifest sha256:87b5e57cc06b73f021060aa48527bf765a7611489ca02e6e8f8d70744a7b7683 done',
      '#10 exporting manifest list sha256:368791695bb5cc18ca5a11cc57b3dd2caebe2d17f50a8e0786f1177ccd8fc771 done',
      '#10 naming to docker.io/library/node-app:latest done',
      '#10 unpacking to docker.io/library/node-app:latest 0.1s done',
      '#10 DONE 0.2s',
    ),
      exitCode: 0,
    });
  });

  it('fails on a failing RUN', async () => {
    expect(await run(["printf 'FROM alpine\\nRUN echo before && exit 3\\n' > Dockerfile", 'docker pull -q alpine'], 'docker build .')).toEqual({
      stdout: '',
      stderr: text(
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 38B done',
      '#1 DONE 0.0s',
      '',
      '#2 [internal] load metadata for docker.io/library/alpine:latest',
      '#2 DONE 0.3s',
      '',
      '#3 [internal] load .dockerignore',
      '#3 transferring context: 2B done',
      '#3 DONE 0.0s',
      '',
      '#4 [1/2] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
      '#4 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
      '#4 DONE 0.0s',
      '',
      '#5 [2/2] RUN echo before && exit 3',
      '#5 0.108 before',
      '#5 ERROR: process "/bin/sh -c echo before && exit 3" did not complete successfully: exit code: 3',
      '------',
      ' > [2/2] RUN echo before && exit 3:',
      '0.108 before',
      '------',
      'Dockerfile:2',
      '--------------------',
      '   1 |     FROM alpine',
      '   2 | >>> RUN echo before && exit 3',
      '   3 |     ',
      '--------------------',
      'ERROR: failed to build: failed to solve: process "/bin/sh -c echo before && exit 3" did not complete successfully: exit code: 3',
    ),
      exitCode: 1,
    });
  });

  it('fails on a missing COPY source', async () => {
    expect(await run(["printf 'FROM alpine\\nCOPY nope /x\\n' > Dockerfile", 'docker pull -q alpine'], 'docker build .')).toEqual({
      stdout: '',
      stderr: text(
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 25B done',
      '#1 DONE 0.0s',
      '',
      '#2 [internal] load metadata for docker.io/library/alpine:latest',
      '#2 DONE 0.3s',
      '',
      '#3 [internal] load .dockerignore',
      '#3 transferring context: 2B done',
      '#3 DONE 0.0s',
      '',
      '#4 [1/2] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
      '#4 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
      '#4 DONE 0.0s',
      '',
      '#5 [internal] load build context',
      '#5 transferring context: 25B done',
      '#5 DONE 0.0s',
      '',
      '#6 [2/2] COPY nope /x',
      '#6 ERROR: failed to calculate checksum of ref d0amy58legv86hataa1llrrv0::9dmuyej9pebejmcbk9wdo71wl: "/nope": not found',
      '------',
      ' > [2/2] COPY nope /x:',
      '------',
      'Dockerfile:2',
      '--------------------',
      '   1 |     FROM alpine',
      '   2 | >>> COPY nope /x',
      '   3 |     ',
      '--------------------',
      'ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref d0amy58legv86hataa1llrrv0::9dmuyej9pebejmcbk9wdo71wl: "/nope": not found',
    ),
      exitCode: 1,
    });
  });

  it('prints only the image ID with -q', async () => {
    expect(await run([HELLO, 'docker build -t hello .'], 'docker build -q -t hello .')).toEqual({
      stdout: 'sha256:e107add7b663449efd222b0882340d52c756f056489c7c1c92a83313179ff2ec\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('leaves the previous image dangling when a tag moves', async () => {
    expect(await run([HELLO, 'docker build -t hello .', "echo 'echo changed' > hello.sh", 'docker build -q -t hello .'], 'docker images -a')).toEqual({
      stdout: text(
      'IMAGE           ID             DISK USAGE   CONTENT SIZE   EXTRA',
      'alpine:latest   894cc588e621       12.2MB          3.9MB        ',
      'hello:latest    cd9ea0c179c5       12.2MB         3.85MB        ',
      '<untagged>      e107add7b663       12.2MB         3.85MB        ',
    ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('builds through docker image build and docker builder build', async () => {
    expect(await run([HELLO, 'docker image build -q .'], 'docker builder build -q .')).toEqual({
      stdout: 'sha256:e107add7b663449efd222b0882340d52c756f056489c7c1c92a83313179ff2ec\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('reports a missing context', async () => {
    expect(await run([], 'docker build nope')).toEqual({
      stdout: '',
      stderr: 'ERROR: unable to prepare context: path "nope" not found\n',
      exitCode: 1,
    });
  });

  it('reports a missing Dockerfile', async () => {
    expect(await run([], 'docker build .')).toEqual({
      stdout: '',
      stderr: text(
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 2B done',
      '#1 DONE 0.0s',
      'ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory',
    ),
      exitCode: 1,
    });
  });

  it('rejects a wrong argument count', async () => {
    expect(await run([], 'docker build')).toEqual({
      stdout: '',
      stderr: text(
      'docker: \'docker build\' requires 1 argument',
      '',
      'Usage:  docker build [OPTIONS] PATH | URL | -',
      '',
      'Run \'docker build --help\' for more information',
    ),
      exitCode: 1,
    });
  });

  it('rejects an unknown flag', async () => {
    expect(await run([], 'docker build --bogus .')).toEqual({
      stdout: '',
      stderr: text(
      'unknown flag: --bogus',
      '',
      'Usage:  docker build [OPTIONS] PATH | URL | -',
      '',
      'Run \'docker build --help\' for more information',
    ),
      exitCode: 125,
    });
  });
});
