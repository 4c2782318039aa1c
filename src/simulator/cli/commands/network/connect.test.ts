import { describe, expect, it } from 'vitest';
import { fail, ok, withAlpine } from './test-setup.ts';

describe('docker network connect', () => {
  it('joins a running container at once: address, aliases, DNS names', async () => {
    const { sim, container, network } = await withAlpine();
    await sim.run('docker network create app');
    await sim.run('docker run -d --name web alpine sleep 1000');
    expect(await sim.run('docker network connect --alias www app web')).toEqual(ok(''));
    const c = container('web');
    expect(c.networks!.app).toMatchObject({
      NetworkID: network('app').id,
      IPAddress: '172.18.0.2',
      Gateway: '172.18.0.1',
      IPPrefixLen: 16,
      Aliases: ['www'],
      DNSNames: ['web', 'www', c.id.slice(0, 12)],
    });
    expect(await sim.run("docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' web")).toEqual(
      ok('app=172.18.0.2 bridge=172.17.0.2 \n'),
    );
  });

  it('refuses a second endpoint with the same name, and a connection to host', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker network create app');
    await sim.run('docker run -d --name web --network app alpine sleep 1000');
    expect(await sim.run('docker network connect app web')).toEqual(fail('Error response from daemon: endpoint with name web already exists in network app\n'));
    expect(await sim.run('docker network connect host web')).toEqual(
      fail('Error response from daemon: cannot connect container to host network - container must be created in host network mode\n'),
    );
    expect(await sim.run('docker network connect --alias x bridge web')).toEqual(
      fail('Error response from daemon: invalid endpoint settings:\nnetwork-scoped aliases are only supported for user-defined networks\n'),
    );
  });

  it('records the network for a stopped container, which joins it when it starts', async () => {
    const { sim, container } = await withAlpine();
    await sim.run('docker network create app');
    await sim.run('docker create --name later alpine sleep 1000');
    expect(await sim.run('docker network connect app later')).toEqual(ok(''));
    expect(container('later').networks!.app).toMatchObject({ NetworkID: '', IPAddress: '', DNSNames: ['later', container('later').id.slice(0, 12)] });
    await sim.run('docker start later');
    expect(container('later').networks!.app.IPAddress).toBe('172.18.0.2');
  });

  it('reports missing networks and containers, and none/host mode containers', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker network create app');
    await sim.run('docker run -d --name web alpine sleep 1000');
    await sim.run('docker run -d --name iso --network none alpine sleep 1000');
    expect(await sim.run('docker network connect nope web')).toEqual(fail('Error response from daemon: network nope not found\n'));
    expect(await sim.run('docker network connect app nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    expect(await sim.run('docker network connect app iso')).toEqual(
      fail('Error response from daemon: container cannot be connected to multiple networks with one of the networks in private (none) mode\n'),
    );
  });

  it('checks --ip as pflag does and needs exactly two arguments', async () => {
    const { sim } = await withAlpine();
    expect(await sim.run('docker network connect --ip x app web')).toEqual(
      fail("invalid argument \"x\" for \"--ip\" flag: invalid string being converted to IP address: x\n\nUsage:  docker network connect [OPTIONS] NETWORK CONTAINER\n\nRun 'docker network connect --help' for more information\n", 125),
    );
    expect(await sim.run('docker network connect app')).toEqual(
      fail("docker: 'docker network connect' requires 2 arguments\n\nUsage:  docker network connect [OPTIONS] NETWORK CONTAINER\n\nRun 'docker network connect --help' for more information\n"),
    );
  });

  it('gives a static address with --ip on a user-defined network', async () => {
    const { sim, container } = await withAlpine();
    await sim.run('docker network create --subnet 10.20.0.0/24 lab');
    await sim.run('docker run -d --name web alpine sleep 1000');
    expect(await sim.run('docker network connect --ip 10.20.0.77 lab web')).toEqual(ok(''));
    expect(container('web').networks!.lab).toMatchObject({ IPAddress: '10.20.0.77', IPAMConfig: { IPv4Address: '10.20.0.77' } });
  });
});
