import { describe, expect, it } from 'vitest';
import { fail, ok, withAlpine } from './test-setup.ts';

const WARNING = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';

describe('docker network prune', () => {
  it('removes the custom networks no running container uses', async () => {
    const { sim, network } = await withAlpine();
    await sim.run('docker network create unused');
    await sim.run('docker network create busy');
    await sim.run('docker network create stopped');
    await sim.run('docker run -d --network busy alpine sleep 1000');
    await sim.run('docker create --network stopped alpine sleep 1000');
    expect(await sim.run('docker network prune -f')).toEqual(ok('Deleted Networks:\nstopped\nunused\n\n'));
    expect(network('busy')).toBeDefined();
    expect(await sim.run('docker network prune -f')).toEqual(ok(''));
  });

  it('asks first, and keeps everything without a yes', async () => {
    const { sim, network } = await withAlpine();
    await sim.run('docker network create unused');
    expect(await sim.run('docker network prune < /dev/null')).toEqual(ok(WARNING));
    expect(network('unused')).toBeDefined();
  });

  it('filters by label and until; refuses other filters', async () => {
    const { sim, network, advance } = await withAlpine();
    await sim.run('docker network create --label keep=1 kept');
    advance(3_600_000);
    await sim.run('docker network create fresh');
    expect(await sim.run('docker network prune -f --filter until=30m')).toEqual(ok('Deleted Networks:\nkept\n\n'));
    expect(await sim.run('docker network prune -f --filter label!=keep')).toEqual(ok('Deleted Networks:\nfresh\n\n'));
    expect(network('fresh')).toBeUndefined();
    expect(await sim.run('docker network prune -f --filter driver=bridge')).toEqual(fail("Error response from daemon: invalid filter 'driver'\n"));
  });
});
