import { describe, expect, it } from 'vitest';
import { fail, ok, withAlpine } from './test-setup.ts';

describe('docker network rm', () => {
  it('removes networks by name or id prefix, printing each argument', async () => {
    const { sim, network } = await withAlpine();
    await sim.run('docker network create n1');
    await sim.run('docker network create n2');
    const prefix = network('n2').id.slice(0, 6);
    expect(await sim.run(`docker network rm n1 ${prefix}`)).toEqual(ok(`n1\n${prefix}\n`));
    expect(network('n1')).toBeUndefined();
    expect(network('n2')).toBeUndefined();
  });

  it('refuses a network with running containers, naming their endpoints', async () => {
    const { sim, container } = await withAlpine();
    await sim.run('docker network create web-net');
    await sim.run('docker run -d --name web --network web-net alpine sleep 1000');
    const ep = container('web').networks!['web-net'].EndpointID.slice(0, 12);
    expect(await sim.run('docker network rm web-net')).toEqual(
      fail(`Error response from daemon: error while removing network: network web-net has active endpoints (name:"web" id:"${ep}")\nexit status 1\n`),
    );
    await sim.run('docker stop -t 0 web');
    expect(await sim.run('docker network rm web-net')).toEqual(ok('web-net\n'));
  });

  it('refuses the predefined networks and reports missing ones, going on with the rest', async () => {
    const { sim } = await withAlpine();
    await sim.run('docker network create n1');
    expect(await sim.run('docker network rm bridge nope n1')).toEqual({
      stdout: 'n1\n',
      stderr: 'Error response from daemon: bridge is a pre-defined network and cannot be removed\nError response from daemon: network nope not found\nexit status 1\n',
      exitCode: 1,
    });
    expect(await sim.run('docker network remove -f nope')).toEqual(ok(''));
  });

  it('needs at least one network', async () => {
    const { sim } = await withAlpine();
    expect(await sim.run('docker network rm')).toEqual(
      fail("docker: 'docker network rm' requires at least 1 argument\n\nUsage:  docker network rm NETWORK [NETWORK...]\n\nSee 'docker network rm --help' for more information\n"),
    );
  });
});
