import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });

describe('docker logout', () => {
  it('removes Docker Hub credentials from the config file; pushes are then denied', async () => {
    const sim = createSimulator({ seed: 1, clock: () => NOW });
    await sim.run('echo secret | docker login -u learner --password-stdin');
    expect(await sim.run('docker logout')).toEqual(ok('Removing login credentials for https://index.docker.io/v1/\n'));
    expect((await sim.run('cat ~/.docker/config.json')).stdout).toBe('{\n\t"auths": {}\n}');
    await sim.run('docker pull -q alpine');
    await sim.run('docker tag alpine learner/alpine');
    expect((await sim.run('docker push learner/alpine')).stderr).toBe(
      'push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n',
    );
  });

  it('says the same when nothing was stored (Docker 20.10 dropped "Not logged in to"), and writes no file', async () => {
    const sim = createSimulator({ seed: 1, clock: () => NOW });
    expect(await sim.run('docker logout')).toEqual(ok('Removing login credentials for https://index.docker.io/v1/\n'));
    expect(await sim.run('ls -A')).toEqual(ok(''));
  });

  it('removes another registry by its host name, including keys written with a scheme', async () => {
    const sim = createSimulator({ seed: 1, clock: () => NOW });
    await sim.run('mkdir .docker');
    await sim.run(`echo '{"auths":{"https://localhost:5000":{"auth":"Ym9iOnB3"},"https://index.docker.io/v1/":{"auth":"bGVhcm5lcjpzZWNyZXQ="}}}' > .docker/config.json`);
    expect(await sim.run('docker logout http://localhost:5000/v2/')).toEqual(ok('Removing login credentials for localhost:5000\n'));
    expect((await sim.run('cat .docker/config.json')).stdout).toBe('{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "bGVhcm5lcjpzZWNyZXQ="\n\t\t}\n\t}\n}');
  });

  it('warns when DOCKER_AUTH_CONFIG is set, and takes at most one server', async () => {
    const sim = createSimulator({ seed: 1, clock: () => NOW });
    expect(await sim.run('DOCKER_AUTH_CONFIG=x docker logout')).toEqual(
      ok(
        'Removing login credentials for https://index.docker.io/v1/\n',
        '\n Warn -> DOCKER_AUTH_CONFIG is set and takes precedence.\n         Unset DOCKER_AUTH_CONFIG to restore the CLI auth behaviour.\n         \n',
      ),
    );
    expect(await sim.run('docker logout a b')).toEqual({
      stdout: '',
      stderr: "docker: 'docker logout' requires at most 1 argument\n\nUsage:  docker logout [SERVER]\n\nRun 'docker logout --help' for more information\n",
      exitCode: 1,
    });
    expect((await sim.run('docker logout -x')).exitCode).toBe(125);
  });
});
