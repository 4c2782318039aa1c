import { describe, expect, it } from 'vitest';
import { fail, ok, setup } from './test-setup.ts';

const USAGE = 'Usage:  docker volume create [OPTIONS] [VOLUME]';

describe('docker volume create', () => {
  it('creates a named volume and prints its name', async () => {
    const { sim, volume } = setup();
    expect(await sim.run('docker volume create data')).toEqual(ok('data\n'));
    expect(volume('data')).toMatchObject({ name: 'data', driver: 'local', labels: {}, options: {}, anonymous: false });
  });

  it('without a name makes an anonymous volume with a 64-hex name', async () => {
    const { sim, volumeNames, volume } = setup();
    const r = await sim.run('docker volume create');
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const name = volumeNames()[0];
    expect(r.stdout).toBe(`${name}\n`);
    expect(volume(name)).toMatchObject({ anonymous: true, labels: { 'com.docker.volume.anonymous': '' } });
  });

  it('returns an existing volume unchanged (labels are not updated)', async () => {
    const { sim, volume } = setup();
    await sim.run('docker volume create --label a=1 data');
    expect(await sim.run('docker volume create --label b=2 data')).toEqual(ok('data\n'));
    expect(volume('data')!.labels).toEqual({ a: '1' });
  });

  it('takes labels, driver options and the hidden --name', async () => {
    const { sim, volume } = setup();
    expect(await sim.run('docker volume create -d local --label tier=db -l=x -o type=tmpfs -o device=tmpfs -o o=size=100m --name cache')).toEqual(
      fail(`unknown shorthand flag: 'l' in -l=x\n\n${USAGE}\n\nRun 'docker volume create --help' for more information\n`, 125),
    );
    expect(await sim.run('docker volume create -d local --label tier=db --label solo -o type=tmpfs -o device=tmpfs -o o=size=100m --name cache')).toEqual(ok('cache\n'));
    expect(volume('cache')).toMatchObject({ labels: { tier: 'db', solo: '' }, options: { type: 'tmpfs', device: 'tmpfs', o: 'size=100m' } });
  });

  it('rejects a name given twice', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume create --name a b')).toEqual(
      fail('conflicting options: cannot specify a volume-name through both --name and as a positional arg\n'),
    );
  });

  it("reports the local driver's name rules", async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume create x')).toEqual(
      fail('Error response from daemon: create x: volume name is too short, names should be at least two alphanumeric characters\n'),
    );
    expect(await sim.run('docker volume create my/vol')).toEqual(
      fail(
        'Error response from daemon: create my/vol: "my/vol" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n',
      ),
    );
  });

  it('reports bad driver options and an unknown driver', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume create -o size=1g -o color=red v1')).toEqual(fail('Error response from daemon: create v1: invalid option: "color"\n'));
    expect(await sim.run('docker volume create -o device=/dev/sda1 v1')).toEqual(fail('Error response from daemon: create v1: missing required option: "type"\n'));
    expect(await sim.run('docker volume create -d rexray v1')).toEqual(
      fail('Error response from daemon: create v1: error looking up volume plugin rexray: plugin "rexray" not found\n'),
    );
  });

  it('rejects a bad label as a flag error', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume create --label =x v1')).toEqual(
      fail(`invalid argument "=x" for "--label" flag: invalid label '=x': empty name\n\n${USAGE}\n\nRun 'docker volume create --help' for more information\n`, 125),
    );
  });

  it('cluster volume options need a swarm manager', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume create --group g v1')).toEqual(
      fail('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n'),
    );
  });

  it('prints its help without the swarm-only flags', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume create --help')).toEqual(
      ok(`${USAGE}

Create a volume

Options:
  -d, --driver string   Specify volume driver name (default "local")
      --label list      Set metadata for a volume
  -o, --opt map         Set driver specific options (default map[])
`),
    );
  });

  it('takes at most one name; unknown flags exit 125', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume create a b')).toEqual(
      fail(`docker: 'docker volume create' requires at most 1 argument\n\n${USAGE}\n\nRun 'docker volume create --help' for more information\n`),
    );
    expect(await sim.run('docker volume create --nope')).toEqual(
      fail(`unknown flag: --nope\n\n${USAGE}\n\nRun 'docker volume create --help' for more information\n`, 125),
    );
  });
});
