import { describe, expect, it } from 'vitest';
import { fail, ok, setup } from './test-setup.ts';

describe('docker volume inspect', () => {
  it('prints the volume as the daemon returns it', async () => {
    const { sim } = setup();
    await sim.run('docker volume create myvolume');
    expect(await sim.run('docker volume inspect myvolume')).toEqual(
      ok(`[
    {
        "CreatedAt": "2026-11-25T10:00:00Z",
        "Driver": "local",
        "Labels": {},
        "Mountpoint": "/var/lib/docker/volumes/myvolume/_data",
        "Name": "myvolume",
        "Options": {},
        "Scope": "local"
    }
]
`),
    );
  });

  it('shows null labels and options for a volume `docker run -v` created, sorted maps otherwise', async () => {
    const s = setup();
    await s.sim.run('docker volume create --label z=1 --label a=2 -o type=tmpfs -o device=tmpfs tmp');
    await s.sim.run('docker run -v data:/data alpine true');
    expect(await s.sim.run('docker volume inspect --format json tmp')).toEqual(
      ok(
        '[{"CreatedAt":"2026-11-25T10:00:00Z","Driver":"local","Labels":{"a":"2","z":"1"},"Mountpoint":"/var/lib/docker/volumes/tmp/_data","Name":"tmp","Options":{"device":"tmpfs","type":"tmpfs"},"Scope":"local"}]\n',
      ),
    );
    expect(await s.sim.run("docker volume inspect -f '{{json .Labels}} {{json .Options}} {{.Scope}}' data")).toEqual(ok('null null local\n'));
  });

  it('renders a template per volume', async () => {
    const { sim } = setup();
    await sim.run('docker volume create --label app=web v1');
    expect(await sim.run("docker volume inspect --format '{{ .Mountpoint }}' v1")).toEqual(ok('/var/lib/docker/volumes/v1/_data\n'));
    expect(await sim.run("docker volume inspect -f '{{.Name}} {{.Labels}} {{index .Labels \"app\"}} {{json .Options}}' v1")).toEqual(
      ok('v1 map[app:web] web {}\n'),
    );
  });

  it('reports a missing volume after the others, exit 1', async () => {
    const { sim } = setup();
    await sim.run('docker volume create v1');
    expect(await sim.run("docker volume inspect -f '{{.Name}}' v1 nope")).toEqual({
      stdout: 'v1\n',
      stderr: 'Error response from daemon: get nope: no such volume\n',
      exitCode: 1,
    });
    expect(await sim.run('docker volume inspect nope')).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: get nope: no such volume\n', exitCode: 1 });
    expect(await sim.run("docker volume inspect ' '")).toEqual({ stdout: '[]\n', stderr: 'invalid volume name or ID: value is empty\n', exitCode: 1 });
  });

  it('docker inspect finds volumes too', async () => {
    const { sim } = setup();
    await sim.run('docker volume create v1');
    expect(await sim.run("docker inspect -f '{{.Mountpoint}}' v1")).toEqual(ok('/var/lib/docker/volumes/v1/_data\n'));
    expect(await sim.run("docker inspect --type volume -f '{{.Driver}}' v1")).toEqual(ok('local\n'));
  });

  it('needs a volume; unknown flags exit 125', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume inspect')).toEqual(
      fail(
        "docker: 'docker volume inspect' requires at least 1 argument\n\nUsage:  docker volume inspect [OPTIONS] VOLUME [VOLUME...]\n\nSee 'docker volume inspect --help' for more information\n",
      ),
    );
    expect(await sim.run('docker volume inspect -s v1')).toEqual(
      fail("unknown shorthand flag: 's' in -s\n\nUsage:  docker volume inspect [OPTIONS] VOLUME [VOLUME...]\n\nRun 'docker volume inspect --help' for more information\n", 125),
    );
  });
});
