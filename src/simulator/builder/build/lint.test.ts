// BuildKit's Dockerfile checks during docker build: the warnings on the first vertex and the
// summary buildx prints after the build (expanded with docker --debug), the `# check=` directive
// (skip=..., error=true), and dispatch errors found before any step runs.
import { describe, expect, it } from 'vitest';
import { runBuild as run, text } from './test-build.ts';

describe('docker build lint warnings', () => {
  it('warns about MAINTAINER', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nMAINTAINER me@example.com\nCMD ["true"]\n'}, ['cd app','docker pull -q alpine'], 'docker build -q -t m . >/dev/null; docker build -t m . 2>&1 >/dev/null | tail -3')).toEqual({
      stdout: text(
        '',
        ' 1 warning found (use docker --debug to expand):',
        ' - MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('expands warnings with docker --debug', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nMAINTAINER me@example.com\nCMD ["true"]\n'}, ['cd app','docker pull -q alpine','docker build -q -t m .'], 'docker --debug build -t m . 2>&1 | tail -14')).toEqual({
      stdout: text(
        '',
        '',
        ' 1 warning found:',
        ' - MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
        'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
        'More info: https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/',
        'Dockerfile:2',
        '--------------------',
        '   1 |     FROM alpine',
        '   2 | >>> MAINTAINER me@example.com',
        '   3 |     CMD ["true"]',
        '   4 |     ',
        '--------------------',
        '',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('checks casing, stage names, legacy ENV, secrets, relative WORKDIR and undefined variables', async () => {
    expect(await run({'app/Dockerfile':'from alpine as Builder\nENV API_KEY abc\nWORKDIR app\nRUN echo ok\nCOPY $SRC_DIR/x.txt /x.txt\nEXPOSE 80/TCP\nCMD echo one\nCMD echo two\n','app/x.txt':'x\n'}, ['cd app','docker pull -q alpine'], 'docker build -t l . 2>&1 | tail -12')).toEqual({
      stdout: text(
        '',
        ' 10 warnings found (use docker --debug to expand):',
        " - StageNameCasing: Stage name 'Builder' should be lowercase (line 1)",
        " - ConsistentInstructionCasing: Command 'from' should match the case of the command majority (uppercase) (line 1)",
        ' - LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 2)',
        ' - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "API_KEY") (line 2)',
        ' - WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 3)',
        " - UndefinedVar: Usage of undefined variable '$SRC_DIR' (line 5)",
        " - ExposeProtoCasing: Defined protocol '80/TCP' in EXPOSE instruction should be lowercase (line 6)",
        ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 7)',
        ' - MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage because only the last one will be used (line 7)',
        ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 8)',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('suggests a declared variable for an undefined one', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nARG VERSION=1\nENV APP_VERSION=$VERSON\n'}, ['cd app','docker pull -q alpine'], 'docker build -t v . 2>&1 | tail -2')).toEqual({
      stdout: text(
        ' 1 warning found (use docker --debug to expand):',
        " - UndefinedVar: Usage of undefined variable '$VERSON' (did you mean $VERSION?) (line 3)",
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('warns about undeclared ARGs in FROM and empty default base names', async () => {
    expect(await run({'app/Dockerfile':'ARG TAG\nFROM alpine:${TAG:-latest}\nFROM alpine AS other\nFROM $BASE_IMAGE\n'}, ['cd app','docker pull -q alpine'], 'docker build --target other -t f . 2>&1 | tail -3')).toEqual({
      stdout: text(
        ' 2 warnings found (use docker --debug to expand):',
        ' - InvalidDefaultArgInFrom: Default value for ARG $BASE_IMAGE results in empty or invalid base image name (line 4)',
        " - UndefinedArgInFrom: FROM argument 'BASE_IMAGE' is not declared (line 4)",
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('skips rules listed in the check directive', async () => {
    expect(await run({'app/Dockerfile':'# check=skip=JSONArgsRecommended,MaintainerDeprecated\nFROM alpine\nMAINTAINER me\nCMD echo hi\n'}, ['cd app','docker pull -q alpine'], 'docker build --progress=plain -t s . 2>&1 | head -7')).toEqual({
      stdout: text(
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 92B done',
        '#1 DONE 0.0s',
        '',
        '#2 [internal] load metadata for docker.io/library/alpine:latest',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('fails the build with check=error=true', async () => {
    expect(await run({'app/Dockerfile':'# check=error=true\nFROM alpine\nCMD echo hi\n'}, ['cd app','docker pull -q alpine'], 'docker build -t e .')).toEqual({
      stdout: '',
      stderr: text(
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 43B done',
        '#1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)',
        '#1 DONE 0.0s',
        '',
        '#2 [internal] load metadata for docker.io/library/alpine:latest',
        '#2 DONE 0.3s',
        '',
        '#3 [internal] load .dockerignore',
        '#3 transferring context: 2B done',
        '#3 DONE 0.0s',
        'ERROR: failed to build: failed to solve: lint violation found for rules: JSONArgsRecommended',
      ),
      exitCode: 1,
    });
  });

  it('stops at a dispatch error before any step runs', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nRUN echo step one\nSTOPSIGNAL SIGNOPE\n'}, ['cd app','docker pull -q alpine'], 'docker build -t d .')).toEqual({
      stdout: '',
      stderr: text(
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 49B done',
        '#1 DONE 0.0s',
        '',
        '#2 [internal] load metadata for docker.io/library/alpine:latest',
        '#2 DONE 0.3s',
        '',
        '#3 [internal] load .dockerignore',
        '#3 transferring context: 2B done',
        '#3 DONE 0.0s',
        'Dockerfile:3',
        '--------------------',
        '   1 |     FROM alpine',
        '   2 |     RUN echo step one',
        '   3 | >>> STOPSIGNAL SIGNOPE',
        '   4 |     ',
        '--------------------',
        'ERROR: failed to build: failed to solve: invalid signal: SIGNOPE',
      ),
      exitCode: 1,
    });
  });
});
