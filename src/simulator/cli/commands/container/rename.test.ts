import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
}

function setup() {
  const sim = createSimulator({ seed: 8, clock: () => Date.UTC(2026, 2, 2, 9, 0, 0) });
  const names = () =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers).map((c) => c.name).sort();
  const idOf = (name: string) =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers).find((c) => c.name === name)!.id;
  return { sim, names, idOf };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker rename', () => {
  it('renames a container (running or not) silently', async () => {
    const { sim, names } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker create --name idle alpine true');
    expect(await sim.run('docker rename web site')).toEqual(ok(''));
    expect(await sim.run('docker container rename idle /spare')).toEqual(ok(''));
    expect(names()).toEqual(['site', 'spare']);
  });

  it('refuses the same name, a taken name and an invalid name', async () => {
    const { sim, idOf } = setup();
    await sim.run('docker create --name web alpine true');
    await sim.run('docker create --name db alpine true');
    expect(await sim.run('docker rename web web')).toEqual(
      fail('failed to rename container: Error response from daemon: Renaming a container with the same name as its current name\n'),
    );
    expect(await sim.run('docker rename web db')).toEqual(
      fail(
        `failed to rename container: Error response from daemon: Error when allocating new name: Conflict. The container name "/db" is already in use by container "${idOf('db')}". You have to remove (or rename) that container to be able to reuse that name.\n`,
      ),
    );
    expect(await sim.run("docker rename web 'my site'")).toEqual(
      fail(
        'failed to rename container: Error response from daemon: Error when allocating new name: Invalid container name (/my site), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n',
      ),
    );
    expect(await sim.run('docker rename web x')).toEqual(
      fail(
        'failed to rename container: Error response from daemon: Error when allocating new name: Invalid container name (/x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n',
      ),
    );
  });

  it('fails for a missing container and a blank name', async () => {
    const { sim } = setup();
    await sim.run('docker create --name web alpine true');
    expect(await sim.run('docker rename nope site')).toEqual(
      fail('failed to rename container: Error response from daemon: No such container: nope\n'),
    );
    expect(await sim.run("docker rename web ' '")).toEqual(fail('failed to rename container: new name cannot be blank\n'));
  });

  it('needs exactly two arguments', async () => {
    const { sim } = setup();
    expect(await sim.run('docker rename web')).toEqual(
      fail("docker: 'docker rename' requires 2 arguments\n\nUsage:  docker rename CONTAINER NEW_NAME\n\nRun 'docker rename --help' for more information\n"),
    );
    expect(await sim.run('docker rename --force a b')).toEqual(
      fail("unknown flag: --force\n\nUsage:  docker rename CONTAINER NEW_NAME\n\nRun 'docker rename --help' for more information\n", 125),
    );
    expect(await sim.run('docker rename --help')).toEqual(
      ok('Usage:  docker rename CONTAINER NEW_NAME\n\nRename a container\n\nAliases:\n  docker container rename, docker rename\n'),
    );
  });
});
