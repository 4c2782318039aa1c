import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 9, 15, 12, 0, 0);

async function withNginx() {
  const sim = createSimulator({ seed: 1, clock: () => NOW });
  await sim.run('docker pull -q nginx');
  return sim;
}

const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });
const NAMES = 'docker images -a --format "{{.Repository}}:{{.Tag}} {{.ID}}"';

describe('docker tag', () => {
  it('adds names by reference or ID, silently, defaulting the tag to latest', async () => {
    const sim = await withNginx();
    expect(await sim.run('docker tag nginx myweb')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    await sim.run('docker image tag nginx:latest myweb:v1.0');
    await sim.run('docker tag 4e41a9d5f2f4 localhost:5000/web');
    expect(await sim.run(NAMES)).toEqual({
      stdout: 'myweb:latest 4e41a9d5f2f4\nmyweb:v1.0 4e41a9d5f2f4\nnginx:latest 4e41a9d5f2f4\nlocalhost:5000/web:latest 4e41a9d5f2f4\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('moves a name from another image, which keeps its other names', async () => {
    const sim = await withNginx();
    await sim.run('docker tag nginx myweb');
    await sim.run('docker pull -q httpd');
    await sim.run('docker tag httpd myweb');
    expect((await sim.run(NAMES)).stdout).toBe('nginx:latest 4e41a9d5f2f4\nhttpd:latest 8a6530c2adc6\nmyweb:latest 8a6530c2adc6\n');
  });

  it('leaves an image that loses its only name dangling', async () => {
    const sim = await withNginx();
    await sim.run('docker pull -q httpd');
    await sim.run('docker tag httpd nginx');
    expect((await sim.run(NAMES)).stdout).toBe('<none>:<none> 4e41a9d5f2f4\nhttpd:latest 8a6530c2adc6\nnginx:latest 8a6530c2adc6\n');
  });

  it('fails for a missing source, as the daemon reports it', async () => {
    const sim = await withNginx();
    expect(await sim.run('docker tag nope x')).toEqual(fail('Error response from daemon: No such image: nope:latest\n'));
    expect(await sim.run('docker tag nginx sha256:v1')).toEqual(
      fail('Error response from daemon: refusing to create an ambiguous tag using digest algorithm as name\n'),
    );
  });

  it('rejects invalid references in the client', async () => {
    const sim = await withNginx();
    expect(await sim.run('docker tag nginx Bad')).toEqual(
      fail('error parsing reference: "Bad" is not a valid repository/tag: invalid reference format: repository name (library/Bad) must be lowercase\n'),
    );
    expect(await sim.run('docker tag nginx x@sha256:4e41a9d5f2f4b8035693f6321e7a5c0ad9802e18aec3631d7e02cb1a942c2e3b')).toEqual(
      fail('refusing to create a tag with a digest reference\n'),
    );
  });

  it('rejects an unknown flag (125) and a wrong argument count (1)', async () => {
    const sim = await withNginx();
    expect(await sim.run('docker tag -x a b')).toEqual(
      fail("unknown shorthand flag: 'x' in -x\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n", 125),
    );
    expect(await sim.run('docker image tag nginx a b')).toEqual(
      fail("docker: 'docker image tag' requires 2 arguments\n\nUsage:  docker image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker image tag --help' for more information\n"),
    );
  });
});
