import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

function setup() {
  return createSimulator({ seed: 2, clock: () => Date.UTC(2026, 8, 25, 9, 0, 0) });
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker export', () => {
  it("writes the container's filesystem to a file (the image's unpacked files and the writable layer)", async () => {
    const sim = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker export -o web.tar web')).toEqual(ok(''));
    expect(await sim.run('ls -l web.tar')).toEqual(ok('-rw------- 1 learner learner 168562688 Sep 25 09:00 web.tar\n'));
    await sim.run('docker stop web');
    expect(await sim.run('docker container export web > again.tar')).toEqual(ok(''));
  });

  it('refuses the terminal; its archive is no image archive for docker load', async () => {
    const sim = setup();
    await sim.run('docker create --name box busybox');
    expect(await sim.run('docker export box')).toEqual(fail('cowardly refusing to save to a terminal. Use the -o flag or redirect\n'));
    await sim.run('docker export box > box.tar');
    expect(await sim.run('docker load -i box.tar')).toEqual(fail('Error response from daemon: unrecognized image format\n'));
  });

  it('fails for a missing container, a bad destination and a wrong argument count', async () => {
    const sim = setup();
    expect(await sim.run('docker export -o x.tar nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    expect(await sim.run('docker export -o /nodir/x.tar nope')).toEqual(
      fail('failed to export container: invalid output path: stat /nodir: no such file or directory\n'),
    );
    expect(await sim.run('docker export')).toEqual(
      fail("docker: 'docker export' requires 1 argument\n\nUsage:  docker export [OPTIONS] CONTAINER\n\nRun 'docker export --help' for more information\n"),
    );
    expect(await sim.run('docker container export --help')).toEqual(
      ok(
        "Usage:  docker container export [OPTIONS] CONTAINER\n\nExport a container's filesystem as a tar archive\n\nAliases:\n  docker container export, docker export\n\nOptions:\n  -o, --output string   Write to a file, instead of STDOUT\n",
      ),
    );
  });
});
