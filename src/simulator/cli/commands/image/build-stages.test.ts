// docker build: the image config and history the instructions give, .dockerignore, --build-arg,
// --target and multi-stage builds (FROM <stage>, COPY --from).
import { describe, expect, it } from 'vitest';
import { runBuild, text } from '../../../builder/build/test-build.ts';

const META = "mkdir meta && cd meta && printf 'ARG BASE=alpine\\nFROM $BASE\\nARG VERSION=1.0\\nENV APP_VERSION=$VERSION MODE=prod\\nLABEL org.example.version=$VERSION\\nWORKDIR /srv\\nRUN echo \"v=$VERSION\" > version.txt\\nEXPOSE 8080 53/udp\\nUSER nobody\\nENTRYPOINT [\"cat\"]\\nCMD [\"version.txt\"]\\n' > Dockerfile";
const IGNORE = "mkdir ign && cd ign && printf 'FROM alpine\\nCOPY . /data/\\nCMD [\"ls\", \"-a\", \"/data\"]\\n' > Dockerfile && printf 'secret.env\\n*.log\\n' > .dockerignore && echo x > app.txt && echo s > secret.env && echo l > debug.log";
const STAGES = "mkdir st && cd st && printf 'FROM alpine AS base\\nRUN echo base > /base.txt\\nFROM base AS test\\nRUN echo test\\nFROM alpine AS final\\nCMD [\"echo\", \"final\"]\\n' > Dockerfile";
const MULTI = "mkdir ms && cd ms && printf 'FROM alpine AS build\\nWORKDIR /src\\nCOPY main.txt .\\nRUN mkdir -p /out && cp main.txt /out/app && echo built\\nFROM build AS test\\nRUN cat /out/app\\nFROM alpine\\nCOPY --from=build /out/app /app\\nCMD [\"cat\", \"/app\"]\\n' > Dockerfile && echo program > main.txt";

/** Builds in the learner's home, no files given: each test's setup writes its own. */
const run = (setup: string[], command: string) => runBuild({}, setup, command);

describe('docker build', () => {
  it('applies ARG, ENV, LABEL, WORKDIR, EXPOSE, USER, ENTRYPOINT and CMD to the config', async () => {
    expect(await run([META, 'docker build -q --build-arg VERSION=2.5 -t meta .'], "docker image inspect meta --format '{{json .Config}}'")).toEqual({
      stdout: '{"User":"nobody","ExposedPorts":{"53/udp":{},"8080/tcp":{}},"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","APP_VERSION=2.5","MODE=prod"],"Entrypoint":["cat"],"Cmd":["version.txt"],"WorkingDir":"/srv","Labels":{"org.example.version":"2.5"},"ArgsEscaped":true}\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('writes BuildKit history lines', async () => {
    expect(await run([META, 'docker build -q --build-arg VERSION=2.5 -t meta .'], "docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' meta")).toEqual({
      stdout: text(
        'CMD ["version.txt"]|0B',
        'ENTRYPOINT ["cat"]|0B',
        'USER nobody|0B',
        'EXPOSE [53/udp 8080/tcp]|0B',
        'RUN |1 VERSION=2.5 /bin/sh -c echo "v=$VERSION" > version.txt # buildkit|6B',
        'WORKDIR /srv|0B',
        'LABEL org.example.version=2.5|0B',
        'ENV APP_VERSION=2.5 MODE=prod|0B',
        'ARG VERSION=2.5|0B',
        'CMD ["/bin/sh"]|0B',
        'ADD alpine-minirootfs-3.24.1-x86_64.tar.gz / # buildkit|8.31MB',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('runs the image with its ENTRYPOINT and CMD', async () => {
    expect(await run([META, 'docker build -q --build-arg VERSION=2.5 -t meta .'], 'docker run --rm meta')).toEqual({
      stdout: 'v=2.5\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('leaves .dockerignore matches out of the context', async () => {
    expect(await run([IGNORE, 'docker build -q -t ign .'], 'docker run --rm ign')).toEqual({
      stdout: text(
        '.',
        '..',
        '.dockerignore',
        'Dockerfile',
        'app.txt',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('builds the --target stage only', async () => {
    expect(await run([STAGES, 'docker pull -q alpine'], 'docker build --target final -t st .')).toEqual({
      stdout: '',
      stderr: text(
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 121B done',
        '#1 DONE 0.0s',
        '',
        '#2 [internal] load metadata for docker.io/library/alpine:latest',
        '#2 DONE 0.3s',
        '',
        '#3 [internal] load .dockerignore',
        '#3 transferring context: 2B done',
        '#3 DONE 0.0s',
        '',
        '#4 [final 1/1] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
        '#4 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
        '#4 DONE 0.0s',
        '',
        '#5 exporting to image',
        '#5 exporting layers done',
        '#5 exporting manifest sha256:3a9bb30a2967e26f5da9bcb373f571b2b7ccdf13a076b00b42ac4feff3debf55 done',
        '#5 exporting config sha256:1c8a4c8ce171aa85c20e01f12bc851310f22c357b15fbf6871801a73ad55e02d done',
        '#5 exporting attestation manifest sha256:3a677d1119298659b47cb889bb89621f097eb5f2f4f099cdf13ee43320904747 done',
        '#5 exporting manifest list sha256:82e2a6de8511e065c4d18d2a2b942a142be8439dfd16e30ffebac2770d2ac135 done',
        '#5 naming to docker.io/library/st:latest done',
        '#5 unpacking to docker.io/library/st:latest done',
        '#5 DONE 0.0s',
      ),
      exitCode: 0,
    });
  });

  it('reports an unknown --target', async () => {
    expect(await run([STAGES], 'docker build --target nope .')).toEqual({
      stdout: '',
      stderr: text(
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 121B done',
        '#1 DONE 0.0s',
        'ERROR: failed to build: failed to solve: target stage "nope" could not be found',
      ),
      exitCode: 1,
    });
  });

  it('rejects an invalid tag before building', async () => {
    expect(await run([], 'docker build -t Bad .')).toEqual({
      stdout: '',
      stderr: 'ERROR: failed to build: invalid tag "Bad": repository name must be lowercase\n',
      exitCode: 1,
    });
  });

  it('builds the stages the target needs, skipping the others', async () => {
    expect(await run([MULTI, 'docker pull -q alpine'], 'docker build -t ms .')).toEqual({
      stdout: '',
      stderr: text(
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 206B done',
        '#1 DONE 0.0s',
        '',
        '#2 [internal] load metadata for docker.io/library/alpine:latest',
        '#2 DONE 0.3s',
        '',
        '#3 [internal] load .dockerignore',
        '#3 transferring context: 2B done',
        '#3 DONE 0.0s',
        '',
        '#4 [build 1/4] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
        '#4 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
        '#4 DONE 0.0s',
        '',
        '#5 [internal] load build context',
        '#5 transferring context: 214B done',
        '#5 DONE 0.0s',
        '',
        '#6 [build 2/4] WORKDIR /src',
        '#6 DONE 0.0s',
        '',
        '#7 [build 3/4] COPY main.txt .',
        '#7 DONE 0.0s',
        '',
        '#8 [build 4/4] RUN mkdir -p /out && cp main.txt /out/app && echo built',
        '#8 0.138 built',
        '#8 DONE 0.2s',
        '',
        '#9 [stage-2 1/2] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
        '#9 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
        '#9 DONE 0.0s',
        '',
        '#10 [stage-2 2/2] COPY --from=build /out/app /app',
        '#10 DONE 0.1s',
        '',
        '#11 exporting to image',
        '#11 exporting layers 0.1s done',
        '#11 exporting manifest sha256:5dc970a34ac4efd8e639dd5919d816dd422ce69781e041012b83910b7f47cc7a done',
        '#11 exporting config sha256:5dffbac6ddffbc8ae2807904d256ac1bb6656a1e8c1a555b7b3111e8fc177b5d done',
        '#11 exporting attestation manifest sha256:5155c8d1e0d7d8f60314838dc662c877d30e04321d2eff30016572d082a9ffd0 done',
        '#11 exporting manifest list sha256:b7a948f604970332bc8fee0af9b9256e1301f7c6dc45ee85dd98e841d4490075 done',
        '#11 naming to docker.io/library/ms:latest done',
        '#11 unpacking to docker.io/library/ms:latest 0.1s done',
        '#11 DONE 0.2s',
      ),
      exitCode: 0,
    });
  });

  it('copies files from an earlier stage', async () => {
    expect(await run([MULTI, 'docker build -q -t ms .'], 'docker run --rm ms')).toEqual({
      stdout: 'program\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('builds a stage on an earlier one with --target', async () => {
    expect(await run([MULTI, 'docker build -q --target test -t ms-test .'], "docker history --format '{{.CreatedBy}}' ms-test")).toEqual({
      stdout: text(
        'RUN /bin/sh -c cat /out/app # buildkit',
        'RUN /bin/sh -c mkdir -p /out && cp main.txt …',
        'COPY main.txt . # buildkit',
        'WORKDIR /src',
        'CMD ["/bin/sh"]',
        'ADD alpine-minirootfs-3.24.1-x86_64.tar.gz /…',
      ),
      stderr: '',
      exitCode: 0,
    });
  });
});
