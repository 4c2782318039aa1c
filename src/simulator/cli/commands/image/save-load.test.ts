import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

function setup() {
  return createSimulator({ seed: 2, clock: () => Date.UTC(2026, 8, 25, 9, 0, 0) });
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });
const NGINX = 'sha256:4e41a9d5f2f4b8035693f6321e7a5c0ad9802e18aec3631d7e02cb1a942c2e3b';
const ALPINE = 'sha256:5eed6b2b3650b5e20fa6cf29f3f739d554eedbb8784c37cdb9fe3371e5e36643';

describe('docker save and docker load', () => {
  it('saves every tag of a repository to a file and loads them back after rmi', async () => {
    const sim = setup();
    await sim.run('docker pull -q nginx');
    await sim.run('docker tag nginx nginx:v2');
    expect(await sim.run('docker save -o nginx.tar nginx')).toEqual(ok(''));
    expect(await sim.run('ls -l nginx.tar')).toEqual(ok('-rw------- 1 learner learner 63178240 Sep 25 09:00 nginx.tar\n'));
    await sim.run('docker rmi nginx nginx:v2');
    expect(await sim.run('docker load -i nginx.tar')).toEqual(ok('Loaded image: nginx:latest\nLoaded image: nginx:v2\n'));
    expect(await sim.run("docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'")).toEqual(ok('nginx:latest 4e41a9d5f2f4\nnginx:v2 4e41a9d5f2f4\n'));
    expect(await sim.run('docker run --rm nginx ls /usr/share/nginx/html')).toEqual(ok('50x.html\nindex.html\n'));
  });

  it('streams through a redirect or a pipe, but not to the terminal', async () => {
    const sim = setup();
    await sim.run('docker pull -q alpine:3.20');
    expect(await sim.run('docker save alpine:3.20')).toEqual(fail('cowardly refusing to save to a terminal. Use the -o flag or redirect\n'));
    expect(await sim.run('docker image save alpine:3.20 > alpine.tar')).toEqual(ok(''));
    await sim.run('docker rmi alpine:3.20');
    expect(await sim.run('docker load < alpine.tar')).toEqual(ok('Loaded image: alpine:3.20\n'));
    expect(await sim.run('docker save alpine:3.20 | docker load')).toEqual(ok('Loaded image: alpine:3.20\n'));
  });

  it('saves an image named by ID without a name: it loads as a dangling image', async () => {
    const sim = setup();
    await sim.run('docker pull -q alpine:3.20');
    await sim.run('docker save -o a.tar 5eed6b2b');
    await sim.run('docker rmi alpine:3.20');
    expect(await sim.run('docker load -i a.tar')).toEqual(ok(`Loaded image ID: ${ALPINE}\n`));
    expect(await sim.run("docker images -a --format '{{.Repository}}:{{.Tag}} {{.ID}}'")).toEqual(ok('<none>:<none> 5eed6b2b3650\n'));
  });

  it("reports the daemon's error for a missing image, and leaves the empty file -o named", async () => {
    const sim = setup();
    expect(await sim.run('docker save -o out.tar nope')).toEqual(fail('Error response from daemon: No such image: nope:latest\n'));
    expect(await sim.run('docker save -o out.tar nope:1.0')).toEqual(fail('Error response from daemon: No such image: nope:1.0\n'));
    expect(await sim.run('ls -l out.tar')).toEqual(ok('-rw------- 1 learner learner 0 Sep 25 09:00 out.tar\n'));
    expect(await sim.run('docker load -i out.tar')).toEqual(fail('Error response from daemon: unrecognized image format\n'));
    expect(NGINX).toHaveLength(71);
  });

  it('checks the destination and the source on the client', async () => {
    const sim = setup();
    await sim.run('docker pull -q alpine:3.20');
    expect(await sim.run('docker save -o /nodir/x.tar alpine:3.20')).toEqual(
      fail('failed to save image: invalid output path: stat /nodir: no such file or directory\n'),
    );
    expect(await sim.run('docker save -o /tmp alpine:3.20')).toEqual(fail('failed to save image: cannot write to a directory\n'));
    expect(await sim.run('docker load')).toEqual(fail('requested load from stdin, but stdin is empty\n'));
    expect(await sim.run('docker load -i missing.tar')).toEqual(fail('open missing.tar: no such file or directory\n'));
    await sim.run('echo hello > notes.txt');
    expect(await sim.run('docker load -i notes.txt')).toEqual(fail('Error response from daemon: unexpected EOF\n'));
    expect(await sim.run('docker save --platform linux/amd64/v2/x -o x.tar alpine:3.20')).toEqual(
      fail('invalid platform: "linux/amd64/v2/x": cannot parse platform specifier: invalid argument\n'),
    );
  });

  it('rejects wrong argument counts and prints its help', async () => {
    const sim = setup();
    expect(await sim.run('docker save')).toEqual(
      fail("docker: 'docker save' requires at least 1 argument\n\nUsage:  docker save [OPTIONS] IMAGE [IMAGE...]\n\nSee 'docker save --help' for more information\n"),
    );
    expect(await sim.run('docker load x')).toEqual(
      fail("docker: 'docker load' accepts no arguments\n\nUsage:  docker load [OPTIONS]\n\nRun 'docker load --help' for more information\n"),
    );
    expect(await sim.run('docker image load --help')).toEqual(
      ok(`Usage:  docker image load [OPTIONS]

Load an image from a tar archive or STDIN

Aliases:
  docker image load, docker load

Options:
  -i, --input string       Read from tar archive file, instead of STDIN
      --platform strings   Load only the given platform(s). Formatted as
                           a comma-separated list of
                           "os[/arch[/variant]]" (e.g.,
                           "linux/amd64,linux/arm64/v8").
  -q, --quiet              Suppress the load output
`),
    );
    expect(await sim.run('docker image save --help')).toEqual(
      ok(`Usage:  docker image save [OPTIONS] IMAGE [IMAGE...]

Save one or more images to a tar archive (streamed to STDOUT by default)

Aliases:
  docker image save, docker save

Options:
  -o, --output string      Write to a file, instead of STDOUT
      --platform strings   Save only the given platform(s). Formatted as
                           a comma-separated list of
                           "os[/arch[/variant]]" (e.g.,
                           "linux/amd64,linux/arm64/v8")
`),
    );
  });
});
