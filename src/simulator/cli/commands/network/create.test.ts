import { describe, expect, it } from 'vitest';
import { fail, ok, setup } from './test-setup.ts';

const usage = (msg: string) =>
  fail(`${msg}\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n`, 125);

describe('docker network create', () => {
  it('prints the new id and takes the next default subnet, gateway .1', async () => {
    const { sim, network } = setup();
    const r = await sim.run('docker network create mynet');
    const n = network('mynet');
    expect(r).toEqual(ok(`${n.id}\n`));
    expect(n.id).toMatch(/^[0-9a-f]{64}$/);
    expect(n).toMatchObject({ driver: 'bridge', scope: 'local', subnet: '172.18.0.0/16', gateway: '172.18.0.1', internal: false });
    await sim.run('docker network create second');
    expect(network('second')).toMatchObject({ subnet: '172.19.0.0/16', gateway: '172.19.0.1' });
    await sim.run('docker network rm mynet');
    await sim.run('docker network create third');
    expect(network('third').subnet).toBe('172.18.0.0/16');
  });

  it('takes --subnet, --gateway, --ip-range, --internal, --label and -o as given', async () => {
    const { sim, network } = setup();
    const r = await sim.run('docker network create -d bridge --subnet 10.5.0.0/16 --gateway 10.5.0.254 --ip-range 10.5.1.0/24 --internal --label env=dev -o com.docker.network.bridge.name=br-x lab');
    expect(r.exitCode).toBe(0);
    expect(network('lab')).toMatchObject({
      subnet: '10.5.0.0/16',
      gateway: '10.5.0.254',
      ipRange: '10.5.1.0/24',
      internal: true,
      labels: { env: 'dev' },
      options: { 'com.docker.network.bridge.name': 'br-x' },
    });
  });

  it('refuses a name in use, a predefined name, overlapping subnets and bad IPAM', async () => {
    const { sim } = setup();
    await sim.run('docker network create --subnet 10.5.0.0/16 mynet');
    expect(await sim.run('docker network create mynet')).toEqual(fail('Error response from daemon: network with name mynet already exists\n'));
    expect(await sim.run('docker network create bridge')).toEqual(fail('Error response from daemon: operation is not permitted on predefined bridge network \n'));
    expect(await sim.run('docker network create --subnet 10.5.3.0/24 other')).toEqual(
      fail('Error response from daemon: invalid pool request: Pool overlaps with other one on this address space\n'),
    );
    expect(await sim.run('docker network create --subnet 10.6.0.1/16 x1')).toEqual(
      fail('Error response from daemon: invalid network config:\ninvalid subnet 10.6.0.1/16: it should be 10.6.0.0/16\n'),
    );
    expect(await sim.run('docker network create --subnet 10.6.0.0/16 --gateway 10.7.0.1 x2')).toEqual(fail('no matching subnet for gateway 10.7.0.1\n'));
    expect(await sim.run('docker network create --gateway 10.7.0.1 x3')).toEqual(fail('every ip-range or gateway must have a corresponding subnet\n'));
    expect(await sim.run('docker network create --subnet nope x4')).toEqual(fail('netip.ParsePrefix("nope"): no \'/\'\n'));
    expect(await sim.run('docker network create --subnet 10.8.0.0/16 --subnet 10.8.1.0/24 x5')).toEqual(fail('multiple overlapping subnet configuration is not supported\n'));
  });

  it('reports drivers it cannot use as the daemon does', async () => {
    const { sim } = setup();
    expect(await sim.run('docker network create -d overlay ov')).toEqual(
      fail('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n'),
    );
    expect(await sim.run('docker network create -d foo x')).toEqual(fail('Error response from daemon: plugin "foo" not found\n'));
    expect(await sim.run('docker network create -d host h2')).toEqual(fail('Error response from daemon: only one instance of "host" network is allowed\n'));
  });

  it('rejects flag values pflag cannot parse (125) and a wrong argument count (1)', async () => {
    const { sim } = setup();
    expect(await sim.run('docker network create --gateway x n')).toEqual(usage('invalid argument "x" for "--gateway" flag: invalid string being converted to IP address: x'));
    expect(await sim.run('docker network create --ip-range 10.0.0.0 n')).toEqual(
      usage('invalid argument "10.0.0.0" for "--ip-range" flag: invalid string being converted to CIDR: 10.0.0.0'),
    );
    expect(await sim.run('docker network create --label =x n')).toEqual(usage('invalid argument "=x" for "--label" flag: invalid label \'=x\': empty name'));
    expect(await sim.run('docker network create --nope n')).toEqual(usage('unknown flag: --nope'));
    expect(await sim.run('docker network create')).toEqual(
      fail("docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n"),
    );
  });
});
