import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  state: { status: string; exitCode: number };
}

function setup() {
  const sim = createSimulator({ seed: 6, clock: () => Date.UTC(2026, 2, 2, 9, 0, 0) });
  const byName = (name: string) =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers).find((c) => c.name === name);
  return { sim, byName };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker rm', () => {
  it('removes stopped and created containers, printing each argument', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run --name done alpine true');
    await sim.run('docker create --name idle alpine true');
    const id = byName('idle')!.id;
    expect(await sim.run(`docker rm done ${id.slice(0, 5)}`)).toEqual(ok(`done\n${id.slice(0, 5)}\n`));
    expect(byName('done')).toBeUndefined();
    expect(byName('idle')).toBeUndefined();
  });

  it('refuses a running container without -f', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker rm web')).toEqual(
      fail('Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n'),
    );
    expect(byName('web')!.state.status).toBe('running');
  });

  it('-f kills a running container (SIGKILL) and removes it', async () => {
    const { sim, byName } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker rm -f web')).toEqual(ok('web\n'));
    expect(byName('web')).toBeUndefined();
  });

  it('-f skips a missing container silently', async () => {
    const { sim } = setup();
    expect(await sim.run('docker rm -f missing')).toEqual(ok(''));
  });

  it('goes on after a failure and reports every error at the end', async () => {
    const { sim } = setup();
    await sim.run('docker create --name one alpine true');
    await sim.run('docker create --name two alpine true');
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker rm one missing web two')).toEqual({
      stdout: 'one\ntwo\n',
      stderr:
        'Error response from daemon: No such container: missing\nError response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    });
  });

  it('names a restarting container\'s state in the error', async () => {
    const { sim } = setup();
    await sim.run('docker run -d --restart always --name flaky alpine false');
    expect(await sim.run('docker rm flaky')).toEqual(
      fail('Error response from daemon: cannot remove container "flaky": container is restarting: stop the container before removing or force remove\n'),
    );
    expect(await sim.run('docker rm --force flaky')).toEqual(ok('flaky\n'));
  });

  it('trims slashes, and rejects an empty name', async () => {
    const { sim } = setup();
    await sim.run('docker create --name idle alpine true');
    expect(await sim.run('docker container remove /idle')).toEqual(ok('/idle\n'));
    expect(await sim.run('docker rm /')).toEqual(fail('container name cannot be empty\n'));
  });

  it('-l refuses to remove a container\'s own name as a link', async () => {
    const { sim } = setup();
    await sim.run('docker create --name idle alpine true');
    expect(await sim.run('docker rm -l idle')).toEqual(
      fail('Error response from daemon: Conflict, cannot remove the default link name of the container\n'),
    );
  });

  it('rejects an unknown flag and a missing argument', async () => {
    const { sim } = setup();
    expect(await sim.run('docker rm --all')).toEqual(
      fail("unknown flag: --all\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker rm --help' for more information\n", 125),
    );
    expect(await sim.run('docker container rm')).toEqual(
      fail(
        "docker: 'docker container rm' requires at least 1 argument\n\nUsage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker container rm --help' for more information\n",
      ),
    );
  });

  it('prints its help', async () => {
    const { sim } = setup();
    expect(await sim.run('docker container remove --help')).toEqual(
      ok(
        [
          'Usage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]',
          '',
          'Remove one or more containers',
          '',
          'Aliases:',
          '  docker container rm, docker container remove, docker rm',
          '',
          'Options:',
          '  -f, --force     Force the removal of a running container (uses SIGKILL)',
          '  -l, --link      Remove the specified link',
          '  -v, --volumes   Remove anonymous volumes associated with the container',
          '',
        ].join('\n'),
      ),
    );
  });
});
