import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 9, 15, 12, 0, 0);
const NGINX = 'sha256:4e41a9d5f2f4b8035693f6321e7a5c0ad9802e18aec3631d7e02cb1a942c2e3b';

/** nginx left dangling: its name moved to httpd's image. */
async function withDangling() {
  const sim = createSimulator({ seed: 1, clock: () => NOW });
  await sim.run('docker pull -q nginx');
  await sim.run('docker pull -q httpd');
  await sim.run('docker tag httpd nginx');
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('docker image prune', () => {
  it('asks first; without an answer nothing is removed and it exits 0', async () => {
    const sim = await withDangling();
    expect(await sim.run('docker image prune < /dev/null')).toEqual(ok('WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] '));
    expect(await sim.run('docker image prune -a < /dev/null')).toEqual(
      ok('WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] '),
    );
    expect((await sim.run('docker images -a -q')).stdout).toBe('4e41a9d5f2f4\n8a6530c2adc6\n8a6530c2adc6\n');
  });

  it('-f removes dangling images: the dangling name, then the index and manifests', async () => {
    const sim = await withDangling();
    expect(await sim.run('docker image prune -f')).toEqual(
      ok(
        'Deleted Images:\n' +
          `untagged: ${NGINX}\n` +
          `deleted: ${NGINX}\n` +
          'deleted: sha256:9fa6623bd383818544c45740fd62366eb844a3ba661fb7d21210bc2790d084e9\n' +
          'deleted: sha256:bc9284fd4a99923d0e823fc38aba2440a9e2d0089beb1c29d82fa8012d398385\n' +
          '\nTotal reclaimed space: 118.8MB\n',
      ),
    );
    expect(await sim.run('docker image prune -f')).toEqual(ok('Total reclaimed space: 0B\n'));
  });

  it('-a removes every name no container was created from', async () => {
    const sim = await withDangling();
    await sim.run('docker pull -q alpine');
    await sim.run('docker create --name web nginx');
    expect(await sim.run('docker image prune -a -f')).toEqual(
      ok(
        'Deleted Images:\n' +
          'untagged: alpine:latest\n' +
          'deleted: sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63\n' +
          'deleted: sha256:183a3210c1c6cf5369ca3a04a94d07850b200ceb55040ccc9c3520a1471d4ca7\n' +
          'deleted: sha256:5e123fb704edf8c559c1ab3fe219b8d0159647133b5af35e1a9a75d5014dd17e\n' +
          'untagged: httpd:latest\n' +
          `untagged: ${NGINX}\n` +
          `deleted: ${NGINX}\n` +
          'deleted: sha256:9fa6623bd383818544c45740fd62366eb844a3ba661fb7d21210bc2790d084e9\n' +
          'deleted: sha256:bc9284fd4a99923d0e823fc38aba2440a9e2d0089beb1c29d82fa8012d398385\n' +
          '\nTotal reclaimed space: 131MB\n',
      ),
    );
    expect(await sim.run('docker images -a --format "{{.Repository}}:{{.Tag}}"')).toEqual(ok('nginx:latest\n'));
  });

  it('reports bad filters and arguments', async () => {
    const sim = await withDangling();
    expect(await sim.run('docker image prune -f --filter foo=bar')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'foo'\n", exitCode: 1 });
    expect(await sim.run('docker image prune -f --filter bad')).toEqual({
      stdout: '',
      stderr: 'invalid argument "bad" for "--filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker image prune [OPTIONS]\n\nRun \'docker image prune --help\' for more information\n',
      exitCode: 125,
    });
    expect(await sim.run('docker image prune x')).toEqual({
      stdout: '',
      stderr: "docker: 'docker image prune' accepts no arguments\n\nUsage:  docker image prune [OPTIONS]\n\nRun 'docker image prune --help' for more information\n",
      exitCode: 1,
    });
  });

  it('rejects an unknown flag (125)', async () => {
    const sim = await withDangling();
    expect(await sim.run('docker image prune --bogus')).toEqual({
      stdout: '',
      stderr: "unknown flag: --bogus\n\nUsage:  docker image prune [OPTIONS]\n\nRun 'docker image prune --help' for more information\n",
      exitCode: 125,
    });
  });
});
