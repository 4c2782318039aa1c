// RUN in docker build: heredocs (a body run by the shell, a #! script mounted at /dev/pipes, several
// documents handed back to the shell), --mount=type=cache (kept between builds), secret (a file or
// an environment variable, from --secret), bind (the context) and tmpfs, none of them left in the
// layer; --secret's parse and file errors, and a required secret that was not given.
import { describe, expect, it } from 'vitest';
import { runBuild as run, text } from './test-build.ts';

describe('docker build RUN', () => {
  it('runs a heredoc body through the shell and names the step after its first line', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nRUN <<EOF\necho one\necho two > /two.txt\nEOF\nRUN cat /two.txt\n'}, ['cd app','docker pull -q alpine'], "docker build --progress=plain -t h . 2>&1 | grep -e '^#[56] '")).toEqual({
      stdout: text(
        '#5 [2/3] RUN <<EOF (echo one...)',
        '#5 0.108 one',
        '#5 DONE 0.1s',
        '#6 [3/3] RUN cat /two.txt',
        '#6 0.138 two',
        '#6 DONE 0.2s',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('mounts a heredoc with a #! line at /dev/pipes and runs it', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nRUN <<EOT\n#!/bin/sh\necho "running $0"\nEOT\n'}, ['cd app','docker pull -q alpine'], "docker build --progress=plain -t h . 2>&1 | grep -e '^#5 '")).toEqual({
      stdout: text(
        '#5 [2/2] RUN <<EOT (#!/bin/sh...)',
        '#5 0.108 running /dev/pipes/EOT',
        '#5 DONE 0.1s',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('hands heredocs after the command back to the shell', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nRUN cat <<EOF > /greeting.txt\nhello from $HOME\nEOF\nCMD ["cat", "/greeting.txt"]\n'}, ['cd app','docker pull -q alpine','docker build -q -t h .'], "docker run --rm h; docker history --no-trunc --format '{{.CreatedBy}}' h | head -3")).toEqual({
      stdout: text(
        'hello from /root',
        'CMD ["cat" "/greeting.txt"]',
        'RUN /bin/sh -c cat <<EOF > /greeting.txt',
        'hello from $HOME',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('keeps a cache mount between builds, out of the image', async () => {
    expect(await run({'app/Dockerfile':"FROM alpine\nRUN --mount=type=cache,target=/root/.cache sh -c 'echo run >> /root/.cache/runs; wc -l < /root/.cache/runs'\n"}, ['cd app','docker pull -q alpine','docker build -q -t c .'], "docker build --no-cache --progress=plain -t c . 2>&1 | grep -e '^#5 0'; docker run --rm c ls -a /root")).toEqual({
      stdout: text(
        '#5 0.153 2',
        '.',
        '..',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('gives a secret as a file and as an environment variable', async () => {
    expect(await run({'app/Dockerfile':"FROM alpine\nRUN --mount=type=secret,id=token cat /run/secrets/token\nRUN --mount=type=secret,id=token,env=TOKEN sh -c 'echo \"token=$TOKEN\"'\n",'app/token.txt':'s3cret'}, ['cd app','docker pull -q alpine'], "docker build --secret id=token,src=token.txt --progress=plain -t s . 2>&1 | grep -e '^#[56] 0'; docker run --rm s ls /run")).toEqual({
      stdout: text(
        '#5 0.108 s3cret',
        '#6 0.138 token=s3cret',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('fails on a required secret that was not given', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nRUN --mount=type=secret,id=token,required cat /run/secrets/token\n'}, ['cd app','docker pull -q alpine'], 'docker build -t s . 2>&1 | tail -8')).toEqual({
      stdout: text(
        '------',
        'Dockerfile:2',
        '--------------------',
        '   1 |     FROM alpine',
        '   2 | >>> RUN --mount=type=secret,id=token,required cat /run/secrets/token',
        '   3 |     ',
        '--------------------',
        'ERROR: failed to build: failed to solve: secret token: not found',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('skips an optional secret that was not given', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\nRUN --mount=type=secret,id=token ls /run/secrets 2>&1 || echo none\n'}, ['cd app','docker pull -q alpine'], "docker build --progress=plain -t s . 2>&1 | grep -e '^#5 0'")).toEqual({
      stdout: text(
        '#5 0.108 ls: /run/secrets: No such file or directory',
        '#5 0.108 none',
      ),
      stderr: '',
      exitCode: 0,
    });
  });

  it('reports a missing --secret file', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\n'}, ['cd app'], 'docker build --secret id=token,src=nope.txt .')).toEqual({
      stdout: '',
      stderr: 'ERROR: failed to build: failed to stat nope.txt: stat nope.txt: no such file or directory\n',
      exitCode: 1,
    });
  });

  it('reports a malformed --secret', async () => {
    expect(await run({'app/Dockerfile':'FROM alpine\n'}, ['cd app'], 'docker build --secret id=token,srcfile .')).toEqual({
      stdout: '',
      stderr: "ERROR: invalid field 'srcfile' must be a key=value pair\n",
      exitCode: 1,
    });
  });

  it('bind-mounts the context and mounts a tmpfs for the step only', async () => {
    expect(await run({'app/Dockerfile':"FROM alpine\nRUN --mount=type=bind,target=/src --mount=type=tmpfs,target=/scratch sh -c 'ls /src; touch /scratch/x; ls /scratch'\n",'app/notes.txt':'n\n'}, ['cd app','docker pull -q alpine'], "docker build --progress=plain -t b . 2>&1 | grep -e '^#6 0'; docker run --rm b ls /src /scratch")).toEqual({
      stdout: text(
        '#6 0.108 Dockerfile',
        '#6 0.108 notes.txt',
        '#6 0.108 x',
      ),
      stderr: text(
        'ls: /src: No such file or directory',
        'ls: /scratch: No such file or directory',
      ),
      exitCode: 1,
    });
  });
});
