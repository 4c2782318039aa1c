import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
const MANIFEST = 'sha256:183a3210c1c6cf5369ca3a04a94d07850b200ceb55040ccc9c3520a1471d4ca7';

async function pushedAlpine() {
  const sim = createSimulator({ seed: 1, clock: () => NOW });
  for (const c of ['docker pull -q alpine', 'docker tag alpine learner/alp:1', 'docker tag alpine learner/alp:2', 'echo s | docker login -u learner --password-stdin', 'docker push -q -a learner/alp']) {
    await sim.run(c);
  }
  await sim.run('docker rmi learner/alp:1 learner/alp:2');
  return sim;
}

describe('pulling what was pushed', () => {
  it('brings back every tag of a pushed Hub repository with -a, as the pushed manifest', async () => {
    const sim = await pushedAlpine();
    const r = await sim.run('docker pull -a learner/alp');
    expect(r.stdout).toBe(
      `1: Pulling from learner/alp\ne2de96513ba9: Pulling fs layer\ne2de96513ba9: Already exists\ne2de96513ba9: Pull complete\nDigest: ${MANIFEST}\nStatus: Downloaded newer image for learner/alp:1\n` +
        `2: Pulling from learner/alp\nDigest: ${MANIFEST}\nStatus: Downloaded newer image for learner/alp:2\ndocker.io/learner/alp\n`,
    );
    expect((await sim.run('docker image inspect -f "{{.Id}}" learner/alp:2')).stdout).toBe(`${MANIFEST}\n`);
  });

  it('says not found for a tag the repository lacks, and runs an image it pulls on demand', async () => {
    const sim = await pushedAlpine();
    expect(await sim.run('docker pull learner/alp:3')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: failed to resolve reference "docker.io/learner/alp:3": docker.io/learner/alp:3: not found\n',
      exitCode: 1,
    });
    const r = await sim.run('docker run --rm learner/alp:1 cat /etc/alpine-release');
    expect(r.stdout).toBe('3.24.1\n');
    expect(r.stderr.split('\n')[0]).toBe("Unable to find image 'learner/alp:1' locally");
  });

  it('still reports the catalog errors for repositories nobody pushed', async () => {
    const sim = await pushedAlpine();
    expect((await sim.run('docker pull learner/nothing')).stderr).toBe(
      "Error response from daemon: pull access denied for learner/nothing, repository does not exist or may require 'docker login'\n",
    );
    expect((await sim.run('docker pull nginx:nope')).stderr).toBe(
      'Error response from daemon: failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found\n',
    );
  });
});
