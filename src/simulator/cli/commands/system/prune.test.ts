import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const now = Date.parse('2026-10-01T12:00:00Z');

/** Two stopped containers, a running one, and nginx:alpine left dangling by a re-tag. */
async function world() {
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of [
    'docker pull -q alpine',
    'docker pull -q hello-world',
    'docker pull -q nginx:alpine',
    'docker run hello-world',
    'docker run --name keep -d alpine sleep 1000',
    'docker create --name fresh alpine',
    'docker tag hello-world nginx:alpine',
  ]) {
    await sim.run(line);
  }
  return sim;
}

const WARNING = `WARNING! This will remove:
  - all stopped containers
  - all networks not used by at least one container
  - all dangling images
  - unused build cache

Are you sure you want to continue? [y/N] `;

describe('docker system prune', () => {
  it('asks first; with nothing on stdin it cancels quietly and removes nothing', async () => {
    const sim = await world();
    expect(await sim.run('docker system prune < /dev/null')).toEqual({ stdout: WARNING, stderr: '', exitCode: 0 });
    expect((await sim.run('docker ps -aq')).stdout.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('lists what -a, --volumes and --filter change in the warning', async () => {
    const sim = await world();
    expect(await sim.run('docker system prune -a --volumes --filter label=env=dev --filter until=24h')).toEqual({
      stdout: '',
      stderr: 'ERROR: The "until" filter is not supported with "--volumes"\n',
      exitCode: 1,
    });
    expect(await sim.run('docker system prune -a --volumes --filter label=env=dev < /dev/null')).toEqual({
      stdout: `WARNING! This will remove:
  - all stopped containers
  - all networks not used by at least one container
  - all anonymous volumes not used by at least one container
  - all images without at least one container associated to them
  - all build cache

  Items to be pruned will be filtered with:
  - label=env=dev

Are you sure you want to continue? [y/N] `,
      stderr: '',
      exitCode: 0,
    });
  });

  it('removes stopped containers and dangling images with -f', async () => {
    const sim = await world();
    expect(await sim.run('docker system prune -f')).toEqual({
      stdout: `Deleted Containers:
a73f075f86ea530179d7df2593ee1b350662899ac740c24f9167da9b50a68a24
ae993a0ba8c8cfde067b807c493bb1f0322189b0237d84e727cd2022d02e66f3

Deleted Images:
untagged: sha256:69c15e2b78b2ea9423242706c80a73ce5ac2e8cc8f7a9f1fc234b601f8b808c0
deleted: sha256:69c15e2b78b2ea9423242706c80a73ce5ac2e8cc8f7a9f1fc234b601f8b808c0
deleted: sha256:436a82783efe3c2590a358115e6a78890d05d558ccc370110cfc59833eb08175
deleted: sha256:cad4582217d211e19aa84d8586b51e77fb7e93abcd20203e16e4edfcf8a6d668

Total reclaimed space: 79.11MB
`,
      stderr: '',
      exitCode: 0,
    });
    // -a then removes every image no container uses; the running container keeps alpine.
    expect(await sim.run('docker system prune -af')).toEqual({
      stdout: `Deleted Images:
untagged: hello-world:latest
untagged: nginx:alpine
deleted: sha256:b070dc4fc442d7f9216f6a49deec2c028e54bf7ce01c7f5217c5165997bc5c2a
deleted: sha256:601b0a5c881fe8c34f0194c5d0d478a6b5f7f9367a02eb6e210ccb5defaea052
deleted: sha256:b8eb5137c7b13951be21f2c654d929e40e59420faae57376d39c360d54b17c26

Total reclaimed space: 47.26kB
`,
      stderr: '',
      exitCode: 0,
    });
    expect(await sim.run('docker system prune -f')).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', exitCode: 0 });
    expect((await sim.run("docker ps -a --format '{{.Names}}'")).stdout).toBe('keep\n');
  });

  it('passes the daemon its filter errors', async () => {
    const sim = await world();
    expect(await sim.run('docker system prune -f --filter nope=1')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'nope'\n",
      exitCode: 1,
    });
  });

  it('rejects a malformed filter and unknown flags with exit 125, arguments with exit 1', async () => {
    const sim = await world();
    const usage = "\n\nUsage:  docker system prune [OPTIONS]\n\nRun 'docker system prune --help' for more information\n";
    expect(await sim.run('docker system prune --filter nope')).toEqual({
      stdout: '',
      stderr: `invalid argument "nope" for "--filter" flag: bad format of filter (expected name=value)${usage}`,
      exitCode: 125,
    });
    expect(await sim.run('docker system prune --images')).toEqual({ stdout: '', stderr: `unknown flag: --images${usage}`, exitCode: 125 });
    expect(await sim.run('docker system prune all')).toEqual({
      stdout: '',
      stderr: "docker: 'docker system prune' accepts no arguments\n\nUsage:  docker system prune [OPTIONS]\n\nRun 'docker system prune --help' for more information\n",
      exitCode: 1,
    });
  });
});
