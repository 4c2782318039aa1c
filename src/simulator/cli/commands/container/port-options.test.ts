import { describe, expect, it } from 'vitest';
import { fail, ok, withAlpine } from '../network/test-setup.ts';

const help = (msg: string, verb = 'run') => `docker: ${msg}\n\nRun 'docker ${verb} --help' for more information\n`;
const ports = async (sim: { run(l: string): Promise<{ stdout: string }> }, name: string) =>
  (await sim.run(`docker ps -a --filter name=^${name}$ --format "{{.Ports}}"`)).stdout;

describe('-p, -P and --expose', () => {
  it('shows each form in the PORTS column as docker ps does', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker run -d --name plain -p 8080:80 alpine sleep 1000');
    await sim.run('docker run -d --name local -p 127.0.0.1:8081:80 alpine sleep 1000');
    await sim.run('docker run -d --name v6 -p [::1]:8082:80 alpine sleep 1000');
    await sim.run('docker run -d --name udp -p 5353:53/udp alpine sleep 1000');
    await sim.run('docker run -d --name same -p 9000-9002:9000-9002 alpine sleep 1000');
    await sim.run('docker run -d --name shift -p 7000-7001:80-81 alpine sleep 1000');
    await sim.run('docker run -d --name expo --expose 3000-3002 --expose 4000/udp alpine sleep 1000');
    expect(await ports(sim, 'plain')).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n');
    expect(await ports(sim, 'local')).toBe('127.0.0.1:8081->80/tcp\n');
    expect(await ports(sim, 'v6')).toBe('[::1]:8082->80/tcp\n');
    expect(await ports(sim, 'udp')).toBe('0.0.0.0:5353->53/udp, [::]:5353->53/udp\n');
    expect(await ports(sim, 'same')).toBe('0.0.0.0:9000-9002->9000-9002/tcp, [::]:9000-9002->9000-9002/tcp\n');
    expect(await ports(sim, 'shift')).toBe('0.0.0.0:7000->80/tcp, [::]:7000->80/tcp, 0.0.0.0:7001->81/tcp, [::]:7001->81/tcp\n');
    expect(await ports(sim, 'expo')).toBe('3000-3002/tcp, 4000/udp\n');
  });

  it('records the bindings as given and the exposed ports merged with the image', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker pull -q nginx');
    await sim.run('docker create --name web -p 8080:80 -p 127.0.0.1::443 -P --expose 9000 nginx');
    expect(await sim.run("docker inspect -f '{{json .HostConfig.PortBindings}} {{.HostConfig.PublishAllPorts}} {{json .Config.ExposedPorts}}' web")).toEqual(
      ok('{"443/tcp":[{"HostIp":"127.0.0.1","HostPort":""}],"80/tcp":[{"HostIp":"","HostPort":"8080"}]} true {"443/tcp":{},"80/tcp":{},"9000/tcp":{}}\n'),
    );
    expect(await sim.run("docker inspect -f '{{json .NetworkSettings.Ports}}' web")).toEqual(ok('{}\n'));
    await sim.run('docker start web');
    expect(await sim.run("docker inspect -f '{{json .NetworkSettings.Ports}}' web")).toEqual(
      ok('{"443/tcp":[{"HostIp":"127.0.0.1","HostPort":"32768"}],"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}],"9000/tcp":[{"HostIp":"0.0.0.0","HostPort":"32769"},{"HostIp":"::","HostPort":"32769"}]}\n'),
    );
  });

  it('refuses a host port a running container holds, leaving the new one created', async () => {
    const { sim, container } = await withAlpine();
    await sim.run('docker run -d --name web -p 8080:80 alpine sleep 1000');
    const r = await sim.run('docker run -d --name web2 -p 8080:80 alpine sleep 1000');
    const c = container('web2');
    const ep = 'failed to set up container networking: driver failed programming external connectivity on endpoint web2';
    const message = (id: string) => `Error response from daemon: ${ep} (${id}): Bind for 0.0.0.0:8080 failed: port is already allocated`;
    const endpoint = /\(([0-9a-f]{64})\)/.exec(r.stderr)?.[1] ?? '';
    expect(r).toEqual({ stdout: `${c.id}\n`, stderr: help(message(endpoint)), exitCode: 125 });
    expect(c.state).toMatchObject({ status: 'created', exitCode: 128, error: message(endpoint).replace('Error response from daemon: ', '') });
    expect(await sim.run('docker run -d -p 127.0.0.1:8080:80 alpine sleep 1')).toMatchObject({ exitCode: 125 });
    await sim.run('docker stop -t 0 web');
    expect(await sim.run('docker start web2')).toEqual(ok('web2\n'));
    expect(await ports(sim, 'web2')).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n');
  });

  it('checks a specific address against the wildcard one, and the other way round', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker run -d --name lo -p 127.0.0.1:8080:80 alpine sleep 1000');
    const r = await sim.run('docker run --rm -p 8080:80 alpine true');
    expect(r.stderr).toMatch(/: Bind for 127\.0\.0\.1:8080 failed: port is already allocated\n/);
    expect(await sim.run('docker run -d --name other -p 127.0.0.2:8080:80 alpine sleep 1000')).toMatchObject({ exitCode: 0 });
    expect(await sim.run('docker run -d --name udp -p 8080:80/udp alpine sleep 1000')).toMatchObject({ exitCode: 0 });
  });

  it('frees ports when a container stops, and only running containers hold them', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker create --name idle -p 8080:80 alpine sleep 1000');
    expect(await sim.run('docker run -d --name live -p 8080:80 alpine sleep 1000')).toMatchObject({ exitCode: 0 });
    expect(await sim.run('docker start idle')).toMatchObject({ exitCode: 1 });
    await sim.run('docker rm -f live');
    expect(await sim.run('docker start idle')).toEqual(ok('idle\n'));
  });

  it('reports a start that fails as docker start does', async () => {
    const { sim, container } = await withAlpine();
    await sim.run('docker run -d --name web -p 8080:80 alpine sleep 1000');
    await sim.run('docker create --name late -p 8080:80 alpine sleep 1000');
    const r = await sim.run('docker start late');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Error response from daemon: ${container('late').state.error}\nfailed to start containers: late\n`);
  });

  it('rejects bad specs as docker/cli does (125)', async () => {
    const { sim } = await withAlpine();
    const cases: [string, string][] = [
      ['-p abc', 'invalid containerPort: abc'],
      ['-p 8080:abc', 'invalid containerPort: abc'],
      ['-p 99999:80', 'invalid hostPort: 99999'],
      ['-p 80/xyz', 'invalid proto: xyz'],
      ['-p 1.2.3:80:80', 'invalid IP address: 1.2.3'],
      ['-p 8000-8001:80-82', 'invalid ranges specified for container and host Ports: 80-82 and 8000-8001'],
      ['-p 8080:', 'no port specified: 8080:<empty>'],
      ['--expose abc', 'invalid range format for --expose: invalid start port \'abc\': invalid syntax'],
      ['--expose 90-80', 'invalid range format for --expose: invalid port range: 90-80'],
      ['--expose 70000', "invalid range format for --expose: invalid start port '70000': value out of range"],
      ['-p published=8080,target', "invalid publish opts format (should be name=value but got 'target')"],
    ];
    for (const [flag, message] of cases) expect(await sim.run(`docker run ${flag} alpine`)).toEqual(fail(help(message), 125));
    expect(await sim.run('docker create -p abc alpine')).toEqual(fail(help('invalid containerPort: abc', 'create'), 125));
  });

  it('takes the long published=,target= form', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker run -d --name web -p published=8080,target=80,protocol=udp alpine sleep 1000');
    expect(await ports(sim, 'web')).toBe('0.0.0.0:8080->80/udp, [::]:8080->80/udp\n');
  });
});

describe('--network, --network-alias, --ip', () => {
  it('warns that host mode discards published ports, and publishes none', async () => {
    const { sim, container } = await withAlpine();
    const r = await sim.run('docker run -d --name hostly -p 8080:80 --network host alpine sleep 1000');
    expect(r).toEqual({ stdout: `${container('hostly').id}\n`, stderr: 'WARNING: Published ports are discarded when using host network mode\n', exitCode: 0 });
    expect(await ports(sim, 'hostly')).toBe('\n');
    expect(container('hostly').config.Hostname).toBe('dockyard');
  });

  it('refuses what the client refuses', async () => {
    const { sim } = await withAlpine();
    expect(await sim.run('docker run --network-alias web alpine')).toEqual(fail(help('network-scoped aliases are only supported for user-defined networks'), 125));
    expect(await sim.run('docker run --network host --network mynet alpine')).toEqual(
      fail(help('conflicting options: cannot attach both user-defined and non-user-defined network-modes'), 125),
    );
    expect(await sim.run('docker run --network a1 --network a1 alpine')).toEqual(fail(help('network "a1" is specified multiple times'), 125));
    expect(await sim.run('docker run --network foo=bar alpine')).toEqual(
      fail("invalid argument \"foo=bar\" for \"--network\" flag: invalid field key foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n", 125),
    );
    expect(await sim.run('docker run --ip nope alpine')).toEqual(
      fail("invalid argument \"nope\" for \"--ip\" flag: invalid string being converted to IP address: nope\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n", 125),
    );
  });

  it('refuses what the daemon refuses', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker network create --subnet 10.10.0.0/24 lab');
    expect(await sim.run('docker run --ip 172.17.0.9 alpine')).toEqual(
      fail(help('Error response from daemon: invalid config for network default: invalid endpoint settings:\nuser-specified IP address is supported on user-defined networks only'), 125),
    );
    expect(await sim.run('docker run --network lab --ip 10.20.0.5 alpine')).toEqual(
      fail(help('Error response from daemon: invalid config for network lab: invalid endpoint settings:\nno configured subnet contains IP address 10.20.0.5'), 125),
    );
    expect(await sim.run('docker create --network container:x -p 80:80 alpine')).toEqual(
      fail('Error response from daemon: conflicting options: port publishing and the container type network mode\n'),
    );
  });

  it('fails to start on a network that does not exist, leaving the container created', async () => {
    const { sim, container } = await withAlpine();
    const r = await sim.run('docker run -d --name lost --network nope alpine sleep 1');
    expect(r).toEqual({ stdout: `${container('lost').id}\n`, stderr: help('Error response from daemon: failed to set up container networking: network nope not found'), exitCode: 125 });
    expect(container('lost').state.status).toBe('created');
  });

  it('gives static addresses, and refuses one in use', async () => {
    const { sim, container } = await withAlpine();
    await sim.run('docker network create --subnet 10.10.0.0/24 lab');
    await sim.run('docker run -d --name one --network lab --ip 10.10.0.50 --network-alias db alpine sleep 1000');
    expect(container('one').networks!.lab).toMatchObject({ IPAddress: '10.10.0.50', Aliases: ['db'], IPAMConfig: { IPv4Address: '10.10.0.50' } });
    const r = await sim.run('docker run -d --name two --network lab --ip 10.10.0.50 alpine sleep 1000');
    expect(r.stderr).toBe(help('Error response from daemon: failed to set up container networking: Address already in use'));
  });
});
