// docker build through the public API: BuildKit's plain progress (stderr), the layer cache, a
// failing RUN, a missing COPY source, -q, the builder/image forms, and the CLI errors.
import { describe, expect, it } from 'vitest';
import { runBuild, text } from '../../../builder/build/test-build.ts';

const HELLO = "mkdir hello && cd hello && printf 'FROM alpine\\nCOPY hello.sh /hello.sh\\nCMD [\"sh\", \"/hello.sh\"]\\n' > Dockerfile && echo 'echo Hello from my image' > hello.sh";
const NODE = "mkdir node && cd node && printf 'FROM alpine\\nWORKDIR /app\\nCOPY package.json .\\nRUN echo installing && cat package.json\\nCOPY . .\\nCMD [\"cat\", \"server.js\"]\\n' > Dockerfile && echo '{}' > package.json && echo v1 > server.js";

/** Builds in the learner's home, no files given: each test's setup writes its own. */
const run = (setup: string[], command: string) => runBuild({}, setup, command);

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
      '#7 exporting manifest sha256:0664c36f29abaa6f96a155d28c44b7dda8dfdc4436a64cddd0cb71085e30b1a6 done',
      '#7 exporting config sha256:cc46b6174e2f90f346aba12c4b1f16037710fae0057773f602c705ade2ea31ab done',
      '#7 exporting attestation manifest sha256:bb82158da205c71cc3a50e7e4ed26b244c41ca38a49b1b641dec01bef9c0063e done',
      '#7 exporting manifest list sha256:2d02f8a2f6e593661a2dd943f0034a896f5b3b1ccf08521412d0f020070f9481 done',
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
      '#7 exporting manifest sha256:0664c36f29abaa6f96a155d28c44b7dda8dfdc4436a64cddd0cb71085e30b1a6 done',
      '#7 exporting config sha256:cc46b6174e2f90f346aba12c4b1f16037710fae0057773f602c705ade2ea31ab done',
      '#7 exporting attestation manifest sha256:bb82158da205c71cc3a50e7e4ed26b244c41ca38a49b1b641dec01bef9c0063e done',
      '#7 exporting manifest list sha256:2d02f8a2f6e593661a2dd943f0034a896f5b3b1ccf08521412d0f020070f9481 done',
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
      '#10 exporting manifest sha256:6d8761d9b6b94ed3aaf67457977bed0ae2af0a65d9f76982a4e21c32a67568cc done',
      '#10 exporting config sha256:1dc19f00e60f54ff1a28e0f8b018965a4a2dc95fc1bf94dd3f67a097d17e7644 done',
      '#10 exporting attestation manifest sha256:8be0bc6a3d4d03309ade71e0c7b88f94192974bdfdd5f2d5e63c9b0fb93be065 done',
      '#10 exporting manifest list sha256:0b87fd86a57603f15dce3349abbe7e07c32d0a3f52dd2864c8612df2f909f637 done',
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
      stdout: 'sha256:2d02f8a2f6e593661a2dd943f0034a896f5b3b1ccf08521412d0f020070f9481\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('leaves the previous image dangling when a tag moves', async () => {
    expect(await run([HELLO, 'docker build -t hello .', "echo 'echo changed' > hello.sh", 'docker build -q -t hello .'], 'docker images -a')).toEqual({
      stdout: text(
      'IMAGE           ID             DISK USAGE   CONTENT SIZE   EXTRA',
      'alpine:latest   894cc588e621       12.2MB          3.9MB        ',
      'hello:latest    b37518f2cc13       12.2MB         3.85MB        ',
      '<untagged>      2d02f8a2f6e5       12.2MB         3.85MB        ',
    ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('builds through docker image build and docker builder build', async () => {
    expect(await run([HELLO, 'docker image build -q .'], 'docker builder build -q .')).toEqual({
      stdout: 'sha256:2d02f8a2f6e593661a2dd943f0034a896f5b3b1ccf08521412d0f020070f9481\n',
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
