import { describe, expect, it } from 'vitest';
import { fail, ok, setup } from './test-setup.ts';

describe('docker volume rm', () => {
  it('removes each volume, printing its name', async () => {
    const { sim, volumeNames } = setup();
    await sim.run('docker volume create v1');
    await sim.run('docker volume create v2');
    expect(await sim.run('docker volume rm v1 v2')).toEqual(ok('v1\nv2\n'));
    expect(volumeNames()).toEqual([]);
  });

  it('refuses a volume a container uses, even with -f, naming the container', async () => {
    const { sim, world, volumeNames } = setup();
    await sim.run('docker create --name keeper -v data:/data alpine');
    const id = Object.values(world().containers)[0].id;
    const inUse = `Error response from daemon: remove data: volume is in use - [${id}]\n`;
    expect(await sim.run('docker volume rm data')).toEqual(fail(inUse));
    expect(await sim.run('docker volume rm -f data')).toEqual(fail(inUse));
    expect(volumeNames()).toEqual(['data']);
    await sim.run('docker rm keeper');
    expect(await sim.run('docker volume remove data')).toEqual(ok('data\n'));
  });

  it('lists every container that uses the volume', async () => {
    const { sim, world } = setup();
    await sim.run('docker create --name c1 -v shared:/data alpine');
    await sim.run('docker create --name c2 --mount source=shared,target=/srv alpine');
    const [a, b] = Object.values(world().containers).map((c) => c.id);
    expect(await sim.run('docker volume rm shared')).toEqual(fail(`Error response from daemon: remove shared: volume is in use - [${a}, ${b}]\n`));
  });

  it('reports a missing volume unless -f, and goes on with the others', async () => {
    const { sim } = setup();
    await sim.run('docker volume create v1');
    expect(await sim.run('docker volume rm nope v1 gone')).toEqual({
      stdout: 'v1\n',
      stderr: 'Error response from daemon: get nope: no such volume\nError response from daemon: get gone: no such volume\n',
      exitCode: 1,
    });
    expect(await sim.run('docker volume rm -f nope')).toEqual(ok('nope\n'));
    expect(await sim.run("docker volume rm ''")).toEqual(fail('invalid volume name or ID: value is empty\n'));
  });

  it('needs a volume; unknown flags exit 125', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume rm')).toEqual(
      fail("docker: 'docker volume rm' requires at least 1 argument\n\nUsage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]\n\nSee 'docker volume rm --help' for more information\n"),
    );
    expect(await sim.run('docker volume rm -v x')).toEqual(
      fail("unknown shorthand flag: 'v' in -v\n\nUsage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]\n\nRun 'docker volume rm --help' for more information\n", 125),
    );
  });

  it('prints its help with the long description', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume rm --help')).toEqual(
      ok(`Usage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]

Remove one or more volumes. You cannot remove a volume that is in use by a container.

Aliases:
  docker volume rm, docker volume remove

Options:
  -f, --force   Force the removal of one or more volumes
`),
    );
  });
});
