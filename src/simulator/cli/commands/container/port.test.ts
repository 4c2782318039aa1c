import { describe, expect, it } from 'vitest';
import { fail, ok, withAlpine } from '../network/test-setup.ts';

describe('docker port', () => {
  it('lists every published port with its host addresses, in natural order', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker run -d --name web -p 8080:80 -p 127.0.0.1:9000:90/udp -p [::1]:7070:70 alpine sleep 1000');
    const all = '70/tcp -> [::1]:7070\n80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n90/udp -> 127.0.0.1:9000\n';
    expect(await sim.run('docker port web')).toEqual(ok(all));
    expect(await sim.run('docker container port web')).toEqual(ok(all));
  });

  it('shows one private port, tcp unless a protocol is given', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker run -d --name web -p 8080:80 -p 127.0.0.1:9000:90/udp alpine sleep 1000');
    expect(await sim.run('docker port web 80/tcp')).toEqual(ok('0.0.0.0:8080\n[::]:8080\n'));
    expect(await sim.run('docker port web 80')).toEqual(ok('0.0.0.0:8080\n[::]:8080\n'));
    expect(await sim.run('docker port web 90/udp')).toEqual(ok('127.0.0.1:9000\n'));
    expect(await sim.run('docker port web 90')).toEqual(fail("no public port '90' published for web\n"));
    expect(await sim.run('docker port web 81/tcp')).toEqual(fail("no public port '81/tcp' published for web\n"));
    expect(await sim.run('docker port web http')).toEqual(fail("invalid port 'http': invalid syntax\n"));
  });

  it('shows random ports from the ephemeral range for -P and bare -p, new ones after a restart', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker run -d --name one -P --expose 80 alpine sleep 1000');
    await sim.run('docker run -d --name two -p 80 alpine sleep 1000');
    expect(await sim.run('docker port one')).toEqual(ok('80/tcp -> 0.0.0.0:32768\n80/tcp -> [::]:32768\n'));
    expect(await sim.run('docker port two 80')).toEqual(ok('0.0.0.0:32769\n[::]:32769\n'));
    await sim.run('docker restart -t 0 one');
    expect(await sim.run('docker port one 80')).toEqual(ok('0.0.0.0:32770\n[::]:32770\n'));
  });

  it('prints nothing for a stopped container or one without published ports', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker run -d --name web -p 8080:80 alpine sleep 1000');
    await sim.run('docker create --name idle alpine');
    await sim.run('docker stop -t 0 web');
    expect(await sim.run('docker port web')).toEqual(ok(''));
    expect(await sim.run('docker port idle')).toEqual(ok(''));
  });

  it('reports a missing container and a wrong argument count', async () => {
    const { sim } = await withAlpine();
    expect(await sim.run('docker port nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    expect(await sim.run('docker port')).toEqual(
      fail("docker: 'docker port' requires at least 1 and at most 2 arguments\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nRun 'docker port --help' for more information\n"),
    );
    expect(await sim.run('docker port --x web')).toEqual(
      fail("unknown flag: --x\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nRun 'docker port --help' for more information\n", 125),
    );
  });
});
