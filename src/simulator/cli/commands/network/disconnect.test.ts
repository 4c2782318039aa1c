import { describe, expect, it } from 'vitest';
import { fail, ok, withAlpine } from './test-setup.ts';

describe('docker network disconnect', () => {
  it('takes a running container off a network, freeing its address', async () => {
    const { sim, container } = await withAlpine();
    await sim.run('docker network create app');
    await sim.run('docker run -d --name one --network app alpine sleep 1000');
    expect(await sim.run('docker network disconnect app one')).toEqual(ok(''));
    expect(container('one').networks).toEqual({});
    await sim.run('docker run -d --name two --network app alpine sleep 1000');
    expect(container('two').networks!.app.IPAddress).toBe('172.18.0.2');
  });

  it('drops the published ports with the network that carried them', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker run -d --name web -p 8080:80 alpine sleep 1000');
    expect((await sim.run('docker ps --format "{{.Ports}}"')).stdout).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n');
    await sim.run('docker network disconnect bridge web');
    expect(await sim.run('docker ps --format "{{.Ports}}"')).toEqual(ok('80/tcp\n'));
  });

  it('reports a container that is not connected, running or not', async () => {
    const { sim, container } = await withAlpine();
    await sim.run('docker network create app');
    await sim.run('docker run -d --name up alpine sleep 1000');
    await sim.run('docker create --name down alpine sleep 1000');
    expect(await sim.run('docker network disconnect app up')).toEqual(
      fail(`Error response from daemon: container ${container('up').id} is not connected to network app\n`),
    );
    expect(await sim.run('docker network disconnect app down')).toEqual(
      fail(`Error response from daemon: container ${container('down').id} is not connected to the network app\n`),
    );
    expect(await sim.run('docker network disconnect bridge down')).toEqual(ok(''));
    expect(container('down').networks).toEqual({});
  });

  it('refuses the host network of a host-mode container; reports missing objects', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker run -d --name hostly --network host alpine sleep 1000');
    expect(await sim.run('docker network disconnect host hostly')).toEqual(
      fail('Error response from daemon: cannot disconnect container from host network - container was created in host network mode\n'),
    );
    expect(await sim.run('docker network disconnect nope hostly')).toEqual(fail('Error response from daemon: network nope not found\n'));
    expect(await sim.run('docker network disconnect bridge nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    expect(await sim.run('docker network disconnect -x bridge hostly')).toEqual(
      fail("unknown shorthand flag: 'x' in -x\n\nUsage:  docker network disconnect [OPTIONS] NETWORK CONTAINER\n\nRun 'docker network disconnect --help' for more information\n", 125),
    );
  });
});
