// docker build's TTY view through the public API: the final frame of buildx's tty printer on a
// terminal (the result keeps the plain text), cached steps, a failed step with its logs, warnings,
// NO_COLOR, --progress=plain on a terminal and --progress=tty without one.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

/** Lines, each ended by a newline. */
const text = (...lines: string[]): string => lines.map((l) => `${l}\n`).join('');
/** Lines joined by newlines (a TTY frame: the last part has none). */
const joined = (...parts: string[]): string => parts.join('\n');

async function run(files: Record<string, string>, setup: string[], command: string, tty = false) {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now, files });
  for (const s of setup) {
    await sim.run(s);
    now += 1000;
  }
  let shown = '';
  const r = await sim.run(command, { tty, onOutput: (t) => (shown += t) });
  return { ...r, shown };
}

const HELLO = {
  'app/Dockerfile': 'FROM alpine\nWORKDIR /app\nCOPY hello.sh .\nRUN echo building\nCMD ["sh", "hello.sh"]\n',
  'app/hello.sh': 'echo Hello from my image\n'
};
const FAIL = {
  'app/Dockerfile': 'FROM alpine\nRUN echo compiling && exit 3\nCOPY hello.sh .\n',
  'app/hello.sh': 'echo hi\n'
};
const WARN = {
  'app/Dockerfile': 'FROM alpine\nMAINTAINER me@example.com\nCMD echo hi\n'
};

describe('docker build on a TTY', () => {
  it('draws the final frame: header, steps, statuses and times', async () => {
    expect(await run(HELLO, ['cd app'], 'docker build -t hello .', true)).toEqual({
      stdout: '',
      stderr: text(
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 82B done',
        '#1 DONE 0.0s',
        '',
        '#2 [internal] load metadata for docker.io/library/alpine:latest',
        '#2 DONE 0.6s',
        '',
        '#3 [internal] load .dockerignore',
        '#3 transferring context: 2B done',
        '#3 DONE 0.0s',
        '',
        '#4 [1/4] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
        '#4 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
        '#4 sha256:e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5 3.85MB / 3.85MB 0.2s done',
        '#4 extracting sha256:e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5 0.1s done',
        '#4 DONE 0.7s',
        '',
        '#5 [internal] load build context',
        '#5 transferring context: 107B done',
        '#5 DONE 0.0s',
        '',
        '#6 [2/4] WORKDIR /app',
        '#6 DONE 0.0s',
        '',
        '#7 [3/4] COPY hello.sh .',
        '#7 DONE 0.0s',
        '',
        '#8 [4/4] RUN echo building',
        '#8 0.138 building',
        '#8 DONE 0.2s',
        '',
        '#9 exporting to image',
        '#9 exporting layers 0.1s done',
        '#9 exporting manifest sha256:73adc9af670b625aa963e627ea926fc057aa6f1ea0f8d6c5f37c2a0a3ff680a5 done',
        '#9 exporting config sha256:73b1aa69798c5c4b1fdc4364de8798bd2136a05693329dab47f668f6c816d2cf done',
        '#9 exporting attestation manifest sha256:0582f995da20bb3c6b966d76ba83904bba62cca5c974cc0b6c6b67a88d7d59ea done',
        '#9 exporting manifest list sha256:49002290d5c9b897cdd9fdf4319c7a22fd538b7f9fbba6f5e05a144bf516caf6 done',
        '#9 naming to docker.io/library/hello:latest done',
        '#9 unpacking to docker.io/library/hello:latest 0.1s done',
        '#9 DONE 0.2s',
      ),
      exitCode: 0,
      shown: joined(
        '\u001b[1A\u001b[1B\u001b[0G\u001b[?25l[+] Building 1.7s (9/9) FINISHED                                 docker:default',
        '\u001b[34m => [internal] load build definition from Dockerfile                       0.0s',
        '\u001b[0m\u001b[34m => => transferring dockerfile: 82B                                        0.0s',
        '\u001b[0m\u001b[34m => [internal] load metadata for docker.io/library/alpine:latest           0.6s',
        '\u001b[0m\u001b[34m => [internal] load .dockerignore                                          0.0s',
        '\u001b[0m\u001b[34m => => transferring context: 2B                                            0.0s',
        '\u001b[0m\u001b[34m => [1/4] FROM docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.7s',
        '\u001b[0m\u001b[34m => => resolve docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.0s',
        '\u001b[0m\u001b[34m => => sha256:e2de96513ba9eb53b431787ec8a65cdde380ac4772a 3.85MB / 3.85MB  0.2s',
        '\u001b[0m\u001b[34m => => extracting sha256:e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4  0.1s',
        '\u001b[0m\u001b[34m => [internal] load build context                                          0.0s',
        '\u001b[0m\u001b[34m => => transferring context: 107B                                          0.0s',
        '\u001b[0m\u001b[34m => [2/4] WORKDIR /app                                                     0.0s',
        '\u001b[0m\u001b[34m => [3/4] COPY hello.sh .                                                  0.0s',
        '\u001b[0m\u001b[34m => [4/4] RUN echo building                                                0.2s',
        '\u001b[0m\u001b[34m => exporting to image                                                     0.2s',
        '\u001b[0m\u001b[34m => => exporting layers                                                    0.1s',
        '\u001b[0m\u001b[34m => => exporting manifest sha256:73adc9af670b625aa963e627ea926fc057aa6f1e  0.0s',
        '\u001b[0m\u001b[34m => => exporting config sha256:73b1aa69798c5c4b1fdc4364de8798bd2136a05693  0.0s',
        '\u001b[0m\u001b[34m => => exporting attestation manifest sha256:0582f995da20bb3c6b966d76ba83  0.0s',
        '\u001b[0m\u001b[34m => => exporting manifest list sha256:49002290d5c9b897cdd9fdf4319c7a22fd5  0.0s',
        '\u001b[0m\u001b[34m => => naming to docker.io/library/hello:latest                            0.0s',
        '\u001b[0m\u001b[34m => => unpacking to docker.io/library/hello:latest                         0.1s',
        '\u001b[0m\u001b[?25h',
      ),
    });
  });

  it('shows cached steps on a rebuild', async () => {
    const { shown, exitCode } = await run(HELLO, ['cd app','docker build -q -t hello .'], 'docker build -t hello .', true);
    expect({ shown, exitCode }).toEqual({
      exitCode: 0,
      shown: joined(
        '\u001b[1A\u001b[1B\u001b[0G\u001b[?25l[+] Building 0.3s (9/9) FINISHED                                 docker:default',
        '\u001b[34m => [internal] load build definition from Dockerfile                       0.0s',
        '\u001b[0m\u001b[34m => => transferring dockerfile: 82B                                        0.0s',
        '\u001b[0m\u001b[34m => [internal] load metadata for docker.io/library/alpine:latest           0.3s',
        '\u001b[0m\u001b[34m => [internal] load .dockerignore                                          0.0s',
        '\u001b[0m\u001b[34m => => transferring context: 2B                                            0.0s',
        '\u001b[0m\u001b[34m => [1/4] FROM docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.0s',
        '\u001b[0m\u001b[34m => => resolve docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.0s',
        '\u001b[0m\u001b[34m => [internal] load build context                                          0.0s',
        '\u001b[0m\u001b[34m => => transferring context: 107B                                          0.0s',
        '\u001b[0m\u001b[34m => CACHED [2/4] WORKDIR /app                                              0.0s',
        '\u001b[0m\u001b[34m => CACHED [3/4] COPY hello.sh .                                           0.0s',
        '\u001b[0m\u001b[34m => CACHED [4/4] RUN echo building                                         0.0s',
        '\u001b[0m\u001b[34m => exporting to image                                                     0.0s',
        '\u001b[0m\u001b[34m => => exporting layers                                                    0.0s',
        '\u001b[0m\u001b[34m => => exporting manifest sha256:73adc9af670b625aa963e627ea926fc057aa6f1e  0.0s',
        '\u001b[0m\u001b[34m => => exporting config sha256:73b1aa69798c5c4b1fdc4364de8798bd2136a05693  0.0s',
        '\u001b[0m\u001b[34m => => exporting attestation manifest sha256:0582f995da20bb3c6b966d76ba83  0.0s',
        '\u001b[0m\u001b[34m => => exporting manifest list sha256:49002290d5c9b897cdd9fdf4319c7a22fd5  0.0s',
        '\u001b[0m\u001b[34m => => naming to docker.io/library/hello:latest                            0.0s',
        '\u001b[0m\u001b[34m => => unpacking to docker.io/library/hello:latest                         0.0s',
        '\u001b[0m\u001b[?25h',
      ),
    });
  });

  it('shows a failed step in red, its logs and the error', async () => {
    const { shown, exitCode } = await run(FAIL, ['cd app','docker pull -q alpine'], 'docker build -t fail .', true);
    expect({ shown, exitCode }).toEqual({
      exitCode: 1,
      shown: joined(
        '\u001b[1A\u001b[1B\u001b[0G\u001b[?25l[+] Building 0.4s (6/7)                                          docker:default',
        '\u001b[34m => [internal] load build definition from Dockerfile                       0.0s',
        '\u001b[0m\u001b[34m => => transferring dockerfile: 57B                                        0.0s',
        '\u001b[0m\u001b[34m => [internal] load metadata for docker.io/library/alpine:latest           0.3s',
        '\u001b[0m\u001b[34m => [internal] load .dockerignore                                          0.0s',
        '\u001b[0m\u001b[34m => => transferring context: 2B                                            0.0s',
        '\u001b[0m\u001b[34m => [1/3] FROM docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.0s',
        '\u001b[0m\u001b[34m => => resolve docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.0s',
        '\u001b[0m\u001b[34m => [internal] load build context                                          0.0s',
        '\u001b[0m\u001b[34m => => transferring context: 65B                                           0.0s',
        '\u001b[0m\u001b[31m => ERROR [2/3] RUN echo compiling && exit 3                               0.1s',
        '\u001b[0m\u001b[?25h------',
        ' > [2/3] RUN echo compiling && exit 3:',
        '0.108 compiling',
        '------',
        'Dockerfile:2',
        '--------------------',
        '   1 |     FROM alpine',
        '   2 | >>> RUN echo compiling && exit 3',
        '   3 |     COPY hello.sh .',
        '   4 |     ',
        '--------------------',
        'ERROR: failed to build: failed to solve: process "/bin/sh -c echo compiling && exit 3" did not complete successfully: exit code: 3',
        '',
      ),
    });
  });

  it('lists lint warnings as jobs and after the display', async () => {
    const { shown, exitCode } = await run(WARN, ['cd app','docker pull -q alpine'], 'docker build -t warn .', true);
    expect({ shown, exitCode }).toEqual({
      exitCode: 0,
      shown: joined(
        '\u001b[1A\u001b[1B\u001b[0G\u001b[?25l[+] Building 0.3s (5/5) FINISHED                                 docker:default',
        '\u001b[34m => [internal] load build definition from Dockerfile                       0.0s',
        '\u001b[0m\u001b[34m => => transferring dockerfile: 50B                                        0.0s',
        '\u001b[0m\u001b[33m => WARN: MaintainerDeprecated: Maintainer instruction is deprecated in f  0.0s',
        '\u001b[0m\u001b[33m => WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prev  0.0s',
        '\u001b[0m\u001b[34m => [internal] load metadata for docker.io/library/alpine:latest           0.3s',
        '\u001b[0m\u001b[34m => [internal] load .dockerignore                                          0.0s',
        '\u001b[0m\u001b[34m => => transferring context: 2B                                            0.0s',
        '\u001b[0m\u001b[34m => [1/1] FROM docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.0s',
        '\u001b[0m\u001b[34m => => resolve docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.0s',
        '\u001b[0m\u001b[34m => exporting to image                                                     0.0s',
        '\u001b[0m\u001b[34m => => exporting layers                                                    0.0s',
        '\u001b[0m\u001b[34m => => exporting manifest sha256:44fb16b24c134d174d9721df7f59ad3a88f6d8e3  0.0s',
        '\u001b[0m\u001b[34m => => exporting config sha256:31c8276aa09b185e70141f2fc968563485459efe77  0.0s',
        '\u001b[0m\u001b[34m => => exporting attestation manifest sha256:aeb034b1cf1cf5edc5f6eb1bb902  0.0s',
        '\u001b[0m\u001b[34m => => exporting manifest list sha256:3685879a27b6df25191539fd0e035d5cb36  0.0s',
        '\u001b[0m\u001b[34m => => naming to docker.io/library/warn:latest                             0.0s',
        '\u001b[0m\u001b[34m => => unpacking to docker.io/library/warn:latest                          0.0s',
        '\u001b[0m\u001b[?25h',
        ' \u001b[33m2 warnings found (use docker --debug to expand):',
        '\u001b[0m - MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
        ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)',
        '',
      ),
    });
  });

  it('draws no colours with NO_COLOR', async () => {
    const { shown, exitCode } = await run(WARN, ['cd app','docker pull -q alpine'], 'NO_COLOR=1 docker build -t warn .', true);
    expect({ shown, exitCode }).toEqual({
      exitCode: 0,
      shown: joined(
        '\u001b[1A\u001b[1B\u001b[0G\u001b[?25l[+] Building 0.3s (5/5) FINISHED                                 docker:default',
        ' => [internal] load build definition from Dockerfile                       0.0s',
        ' => => transferring dockerfile: 50B                                        0.0s',
        ' => WARN: MaintainerDeprecated: Maintainer instruction is deprecated in f  0.0s',
        ' => WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prev  0.0s',
        ' => [internal] load metadata for docker.io/library/alpine:latest           0.3s',
        ' => [internal] load .dockerignore                                          0.0s',
        ' => => transferring context: 2B                                            0.0s',
        ' => [1/1] FROM docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.0s',
        ' => => resolve docker.io/library/alpine:latest@sha256:894cc588e6210181816  0.0s',
        ' => exporting to image                                                     0.0s',
        ' => => exporting layers                                                    0.0s',
        ' => => exporting manifest sha256:44fb16b24c134d174d9721df7f59ad3a88f6d8e3  0.0s',
        ' => => exporting config sha256:31c8276aa09b185e70141f2fc968563485459efe77  0.0s',
        ' => => exporting attestation manifest sha256:aeb034b1cf1cf5edc5f6eb1bb902  0.0s',
        ' => => exporting manifest list sha256:3685879a27b6df25191539fd0e035d5cb36  0.0s',
        ' => => naming to docker.io/library/warn:latest                             0.0s',
        ' => => unpacking to docker.io/library/warn:latest                          0.0s',
        '\u001b[?25h',
        ' \u001b[33m2 warnings found (use docker --debug to expand):',
        '\u001b[0m - MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
        ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)',
        '',
      ),
    });
  });

  it('prints plain progress with --progress=plain on a terminal', async () => {
    const { shown, exitCode } = await run(WARN, ['cd app','docker pull -q alpine'], 'docker build --progress=plain -t warn .', true);
    expect({ shown, exitCode }).toEqual({
      exitCode: 0,
      shown: joined(
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 50B done',
        '#1 WARN: MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
        '#1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)',
        '#1 DONE 0.0s',
        '',
        '#2 [internal] load metadata for docker.io/library/alpine:latest',
        '#2 DONE 0.3s',
        '',
        '#3 [internal] load .dockerignore',
        '#3 transferring context: 2B done',
        '#3 DONE 0.0s',
        '',
        '#4 [1/1] FROM docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63',
        '#4 resolve docker.io/library/alpine:latest@sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 done',
        '#4 DONE 0.0s',
        '',
        '#5 exporting to image',
        '#5 exporting layers done',
        '#5 exporting manifest sha256:44fb16b24c134d174d9721df7f59ad3a88f6d8e3fba11a90ba43af77398a6e89 done',
        '#5 exporting config sha256:31c8276aa09b185e70141f2fc968563485459efe77251bd3a03bd9a47a635939 done',
        '#5 exporting attestation manifest sha256:aeb034b1cf1cf5edc5f6eb1bb90266480b52e6e142b670172e3c6b7dffa047f8 done',
        '#5 exporting manifest list sha256:3685879a27b6df25191539fd0e035d5cb366c1861544389656400714386d6460 done',
        '#5 naming to docker.io/library/warn:latest done',
        '#5 unpacking to docker.io/library/warn:latest done',
        '#5 DONE 0.0s',
        '',
        ' \u001b[33m2 warnings found (use docker --debug to expand):',
        '\u001b[0m - MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
        ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)',
        '',
      ),
    });
  });

  it('refuses --progress=tty without a terminal', async () => {
    const { stdout, stderr, exitCode } = await run(WARN, ['cd app'], 'docker build --progress=tty -t warn .');
    expect({ stdout, stderr, exitCode }).toEqual({
      stdout: '',
      stderr: 'ERROR: failed to get console: provided file is not a console\n',
      exitCode: 1,
    });
  });
});
