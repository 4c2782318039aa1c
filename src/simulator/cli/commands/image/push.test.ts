import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
const DENIED = 'push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n';
const APP = 'sha256:fd96ce7f584ec4df29485dc3044d156112f9e01a3bb4c11d2649756e4a697430';

/** alpine, and learner/app:v1 committed on it with one new layer (/hello). */
async function withApp() {
  const sim = createSimulator({ seed: 1, clock: () => NOW });
  await sim.run('docker pull -q alpine');
  await sim.run('docker run --name c1 alpine sh -c "echo hi > /hello"');
  await sim.run('docker commit c1 learner/app:v1');
  return sim;
}

async function loggedIn() {
  const sim = await withApp();
  await sim.run('echo secret | docker login -u learner --password-stdin');
  return sim;
}

describe('docker push', () => {
  it('is denied without a login: the layers wait, then containerd’s error on stderr', async () => {
    const sim = await withApp();
    expect(await sim.run('docker push learner/app:v1')).toEqual({
      stdout: 'The push refers to repository [docker.io/learner/app]\ne2de96513ba9: Waiting\n9e37fdec6f50: Waiting\n',
      stderr: DENIED,
      exitCode: 1,
    });
  });

  it('mounts the base layer, uploads the new one and prints the digest line; a second push finds them', async () => {
    const sim = await loggedIn();
    expect(await sim.run('docker push learner/app:v1')).toEqual({
      stdout: `The push refers to repository [docker.io/learner/app]\ne2de96513ba9: Mounted from library/alpine\n9e37fdec6f50: Pushed\nv1: digest: ${APP} size: 374\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(await sim.run('docker image push learner/app:v1')).toEqual({
      stdout: `The push refers to repository [docker.io/learner/app]\ne2de96513ba9: Layer already exists\n9e37fdec6f50: Layer already exists\nv1: digest: ${APP} size: 374\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('pushes every tag with -a, and prints only the reference with -q', async () => {
    const sim = await loggedIn();
    await sim.run('docker tag learner/app:v1 learner/app:v2');
    const lines = (tag: string, status: string) => `e2de96513ba9: ${status}\n9e37fdec6f50: ${status === 'Mounted from library/alpine' ? 'Pushed' : status}\n${tag}: digest: ${APP} size: 374\n`;
    expect((await sim.run('docker push -a learner/app')).stdout).toBe(
      `The push refers to repository [docker.io/learner/app]\n${lines('v1', 'Mounted from library/alpine')}${lines('v2', 'Layer already exists')}`,
    );
    expect(await sim.run('docker push -q learner/app:v2')).toEqual({ stdout: 'docker.io/learner/app:v2\n', stderr: '', exitCode: 0 });
  });

  it("refuses another user's namespace and an official repository", async () => {
    const sim = await loggedIn();
    await sim.run('docker tag learner/app:v1 other/app:v1');
    expect(await sim.run('docker push other/app:v1')).toEqual({
      stdout: 'The push refers to repository [docker.io/other/app]\ne2de96513ba9: Waiting\n9e37fdec6f50: Waiting\n',
      stderr: DENIED,
      exitCode: 1,
    });
    // alpine's index lacks the other platforms: the retry with its one manifest marks them Unavailable.
    expect(await sim.run('docker push alpine')).toEqual({
      stdout: 'Using default tag: latest\nThe push refers to repository [docker.io/library/alpine]\ne2de96513ba9: Unavailable\n',
      stderr: DENIED,
      exitCode: 1,
    });
  });

  it('pushes the single-platform manifest of a pulled image, with the daemon’s note', async () => {
    const sim = await loggedIn();
    await sim.run('docker tag alpine learner/alpine');
    expect(await sim.run('docker push learner/alpine')).toEqual({
      stdout:
        'Using default tag: latest\nThe push refers to repository [docker.io/learner/alpine]\ne2de96513ba9: Mounted from library/alpine\n' +
        'latest: digest: sha256:183a3210c1c6cf5369ca3a04a94d07850b200ceb55040ccc9c3520a1471d4ca7 size: 480\n\n' +
        ' Info -> Not all multiplatform-content is present and only the available single-platform image was pushed\n' +
        '         sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63 -> sha256:183a3210c1c6cf5369ca3a04a94d07850b200ceb55040ccc9c3520a1471d4ca7\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('reports a tag that does not exist locally, and an empty repository with -a', async () => {
    const sim = await loggedIn();
    expect(await sim.run('docker push learner/app')).toEqual({
      stdout: 'Using default tag: latest\nThe push refers to repository [docker.io/learner/app]\n',
      stderr: 'tag does not exist: learner/app:latest\n',
      exitCode: 1,
    });
    expect(await sim.run('docker push -a learner/nothing')).toEqual({
      stdout: 'The push refers to repository [docker.io/learner/nothing]\n',
      stderr: 'An image does not exist locally with the tag: learner/nothing\n',
      exitCode: 1,
    });
  });

  it('--platform pushes that manifest alone, after its note; another platform is not there', async () => {
    const sim = await loggedIn();
    const note =
      '\n Info -> Using --platform pushes only the specified platform manifest of a multi-platform image index.\n         Other components, like attestations, will not be included.\n         To push the complete multi-platform image, remove the --platform flag.\n         \n';
    expect(await sim.run('docker push --platform linux/arm64 learner/app:v1')).toEqual({
      stdout: `${note}The push refers to repository [docker.io/learner/app]\n`,
      stderr: 'image with reference learner/app:v1 was found but does not provide the specified platform (linux/arm64)\n',
      exitCode: 1,
    });
    const r = await sim.run('docker push --platform linux/amd64 learner/app:v1');
    expect(r.stdout).toBe(
      `${note}The push refers to repository [docker.io/learner/app]\ne2de96513ba9: Mounted from library/alpine\n9e37fdec6f50: Pushed\nv1: digest: sha256:d6766364995470fa084c4c664b6a7df016ce5f6e3aef2d81d2ff3e7b274b21e6 size: 668\n`,
    );
    expect(await sim.run('docker push --platform foo learner/app:v1')).toEqual({
      stdout: '',
      stderr: 'Invalid platform foo"foo": unknown operating system or architecture: invalid argument\n',
      exitCode: 1,
    });
  });

  it('fails with the dial error when no registry listens on the host port', async () => {
    const sim = await withApp();
    await sim.run('docker tag learner/app:v1 localhost:5000/app');
    expect(await sim.run('docker push localhost:5000/app')).toEqual({
      stdout: 'Using default tag: latest\nThe push refers to repository [localhost:5000/app]\ne2de96513ba9: Waiting\n9e37fdec6f50: Waiting\n',
      stderr:
        'failed to do request: Head "https://localhost:5000/v2/app/blobs/sha256:2287aa9503fcf7b126d887c3cd2d972912db2e019d66395566cfd864b98a0e4d": dial tcp [::1]:5000: connect: connection refused\n',
      exitCode: 1,
    });
  });

  it('checks its arguments and flags as docker/cli does', async () => {
    const sim = createSimulator({ seed: 1, clock: () => NOW });
    expect(await sim.run('docker push -a learner/app:v1')).toEqual({ stdout: '', stderr: "tag can't be used with --all-tags/-a\n", exitCode: 1 });
    expect(await sim.run('docker push')).toEqual({
      stdout: '',
      stderr: "docker: 'docker push' requires 1 argument\n\nUsage:  docker push [OPTIONS] NAME[:TAG]\n\nRun 'docker push --help' for more information\n",
      exitCode: 1,
    });
    expect(await sim.run('docker push --bogus x')).toEqual({
      stdout: '',
      stderr: "unknown flag: --bogus\n\nUsage:  docker push [OPTIONS] NAME[:TAG]\n\nRun 'docker push --help' for more information\n",
      exitCode: 125,
    });
    expect(await sim.run('docker push UPPER')).toEqual({ stdout: '', stderr: 'invalid reference format: repository name (library/UPPER) must be lowercase\n', exitCode: 1 });
  });
});
