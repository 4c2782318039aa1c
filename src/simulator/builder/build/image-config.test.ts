// What a Dockerfile writes into the image config and history: HEALTHCHECK, ONBUILD (and its
// triggers running in a child build), STOPSIGNAL, SHELL, MAINTAINER (Author); and how docker run
// combines a built image's ENTRYPOINT and CMD (shell and exec forms) with its own arguments.
import { describe, expect, it } from 'vitest';
import { runBuild as run, text } from './test-build.ts';

const EP = {
  'a/Dockerfile': 'FROM alpine\nCMD ["echo", "default cmd"]\n',
  'b/Dockerfile': 'FROM alpine\nENTRYPOINT ["echo", "hello"]\nCMD ["world"]\n',
  'c/Dockerfile': 'FROM alpine\nENTRYPOINT echo shell entrypoint\nCMD ["ignored"]\n',
  'd/Dockerfile': 'FROM alpine\nENV GREETING=hi\nCMD echo $GREETING from $HOME\n',
  'e/Dockerfile': 'FROM alpine\nENTRYPOINT ["echo", "only entrypoint"]\n'
};
const EP_SETUP = [
  'docker pull -q alpine',
  'cd a && docker build -q -t ep-a . && cd ../b && docker build -q -t ep-b . && cd ../c && docker build -q -t ep-c . && cd ../d && docker build -q -t ep-d . && cd ../e && docker build -q -t ep-e . && cd ..'
];

describe('built image config', () => {
  it('writes HEALTHCHECK, ONBUILD, STOPSIGNAL, SHELL and the author', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nMAINTAINER Jane <jane@example.com>\nHEALTHCHECK --interval=30s --timeout=3s --retries=2 CMD wget -qO- localhost || exit 1\nONBUILD COPY . /app\nSTOPSIGNAL SIGQUIT\nSHELL ["/bin/sh", "-ec"]\nCMD ["sleep", "60"]\n'}, ['cd app','docker pull -q alpine','docker build -q -t cfg . 2>/dev/null'], "docker image inspect --format '{{.Author}}|{{json .Config}}' cfg")).toEqual({
      stdout: 'Jane <jane@example.com>|{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sleep","60"],"StopSignal":"SIGQUIT","ArgsEscaped":true,"Healthcheck":{"Test":["CMD-SHELL","wget -qO- localhost || exit 1"],"Interval":30000000000,"Timeout":3000000000,"Retries":2},"OnBuild":["COPY . /app"],"Shell":["/bin/sh","-ec"]}\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('writes their history lines (ONBUILD has none)', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nMAINTAINER Jane <jane@example.com>\nHEALTHCHECK --interval=30s --timeout=3s --retries=2 CMD wget -qO- localhost || exit 1\nONBUILD COPY . /app\nSTOPSIGNAL SIGQUIT\nSHELL ["/bin/sh", "-ec"]\nCMD ["sleep", "60"]\n'}, ['cd app','docker pull -q alpine','docker build -q -t cfg . 2>/dev/null'], "docker history --no-trunc --format '{{.CreatedBy}}' cfg")).toEqual({
      stdout: text(
        'CMD ["sleep" "60"]',
        'SHELL [/bin/sh -ec]',
        'STOPSIGNAL SIGQUIT',
        'HEALTHCHECK {Test:[CMD-SHELL wget -qO- localhost || exit 1] Interval:30s Timeout:3s StartPeriod:0s StartInterval:0s Retries:2}',
        'MAINTAINER Jane <jane@example.com>',
        'CMD ["/bin/sh"]',
        'ADD alpine-minirootfs-3.24.1-x86_64.tar.gz / # buildkit',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it("health-checks a container with the image's HEALTHCHECK", async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nHEALTHCHECK --interval=5s CMD true\nCMD ["sleep", "600"]\n'}, ['cd app','docker pull -q alpine','docker build -q -t hc .','docker run -d --name hc hc','sleep 12'], "docker inspect --format '{{.State.Health.Status}} {{json .Config.Healthcheck}}' hc")).toEqual({
      stdout: 'healthy {"Interval":5000000000,"Test":["CMD-SHELL","true"]}\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('runs ONBUILD triggers first in a child build, then clears them', async () => {
    expect(await run({'base/Dockerfile':'FROM alpine\nONBUILD RUN echo triggered\nONBUILD COPY data.txt /data/\n','child/Dockerfile':'FROM base\nCMD ["cat", "/data/data.txt"]\n','child/data.txt':'child data\n'}, ['docker pull -q alpine','cd base && docker build -q -t base . && cd ../child'], "docker build --progress=plain -t child . 2>&1 | grep -e ONBUILD; docker run --rm child; docker image inspect --format '{{json .Config.OnBuild}}' child")).toEqual({
      stdout: text(
        '#6 [2/3] ONBUILD RUN echo triggered',
        '#7 [3/3] ONBUILD COPY data.txt /data/',
        'child data',
        'null',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('runs CMD (exec form), replaced by run arguments', async () => {
    expect(await run(EP, EP_SETUP, 'docker run --rm ep-a; docker run --rm ep-a echo replaced')).toEqual({
      stdout: text(
        'default cmd',
        'replaced',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('appends CMD or run arguments to an exec-form ENTRYPOINT', async () => {
    expect(await run(EP, EP_SETUP, 'docker run --rm ep-b; docker run --rm ep-b there')).toEqual({
      stdout: text(
        'hello world',
        'hello there',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('ignores CMD and run arguments with a shell-form ENTRYPOINT', async () => {
    expect(await run(EP, EP_SETUP, "docker run --rm ep-c; docker run --rm ep-c extra; docker inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' ep-c")).toEqual({
      stdout: text(
        'shell entrypoint',
        'shell entrypoint',
        '["/bin/sh","-c","echo shell entrypoint"] ["ignored"]',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it("runs a shell-form CMD through /bin/sh -c with the image's ENV", async () => {
    expect(await run(EP, EP_SETUP, "docker run --rm ep-d; docker inspect --format '{{json .Config.Cmd}}' ep-d")).toEqual({
      stdout: text(
        'hi from /root',
        '["/bin/sh","-c","echo $GREETING from $HOME"]',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it("drops the base image's CMD when ENTRYPOINT is set", async () => {
    expect(await run(EP, EP_SETUP, "docker run --rm ep-e; docker run --rm ep-e more; docker inspect --format '{{json .Config.Cmd}}' ep-e")).toEqual({
      stdout: text(
        'only entrypoint',
        'only entrypoint more',
        'null',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('replaces ENTRYPOINT (and its CMD) with --entrypoint', async () => {
    expect(await run(EP, EP_SETUP, 'docker run --rm --entrypoint echo ep-b overridden')).toEqual({
      stdout: 'overridden\n',
      stderr: '',
      exitCode: 0,
    });
  });
});
