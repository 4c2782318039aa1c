import { describe, expect, it } from 'vitest';
import { fail, ok, setup } from './test-setup.ts';

const ANON = 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ';

async function mixed() {
  const s = setup();
  await s.sim.run('docker volume create named');
  await s.sim.run('docker volume create --label keep named2');
  await s.sim.run('docker volume create');
  await s.sim.run('docker create --name box -v /scratch -v used:/used alpine');
  const anonymous = s.volumeNames().filter((n) => /^[0-9a-f]{64}$/.test(n));
  const inBox = Object.values(s.world().containers)[0].mounts!.find((m) => m.Destination === '/scratch')!.Name!;
  const free = anonymous.find((n) => n !== inBox)!;
  return { ...s, free, inBox };
}

describe('docker volume prune', () => {
  it('asks first; no "y" cancels quietly', async () => {
    const { sim, volumeNames } = await mixed();
    const before = volumeNames();
    expect(await sim.run('docker volume prune < /dev/null')).toEqual(ok(ANON));
    expect(await sim.run('docker volume prune -a < /dev/null')).toEqual(
      ok('WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] '),
    );
    expect(volumeNames()).toEqual(before);
  });

  it('removes unused anonymous volumes only, by default', async () => {
    const { sim, volumeNames, free, inBox } = await mixed();
    expect(await sim.run('docker volume prune -f')).toEqual(ok(`Deleted Volumes:\n${free}\n\nTotal reclaimed space: 0B\n`));
    expect(volumeNames().sort()).toEqual([inBox, 'named', 'named2', 'used'].sort());
    expect(await sim.run('docker volume prune -f')).toEqual(ok('Total reclaimed space: 0B\n'));
  });

  it('-a removes named ones too; --filter narrows by label', async () => {
    const { sim, volumeNames, free, inBox } = await mixed();
    expect(await sim.run('docker volume prune -a -f --filter label!=keep')).toEqual(ok(`Deleted Volumes:\n${free}\nnamed\n\nTotal reclaimed space: 0B\n`));
    expect(await sim.run('docker volume prune -f --filter all=true --filter label=keep')).toEqual(ok('Deleted Volumes:\nnamed2\n\nTotal reclaimed space: 0B\n'));
    expect(volumeNames().sort()).toEqual([inBox, 'used'].sort());
  });

  it('counts the space the removed volumes held', async () => {
    const { sim } = setup();
    await sim.run('docker create --name web -v html:/usr/share/nginx/html nginx');
    await sim.run('docker rm web');
    expect(await sim.run('docker volume prune -af')).toEqual(ok('Deleted Volumes:\nhtml\n\nTotal reclaimed space: 1.393kB\n'));
  });

  it('reports conflicting and bad filters', async () => {
    const { sim } = await mixed();
    expect(await sim.run('docker volume prune -a --filter all=1')).toEqual(fail('conflicting options: cannot specify both --all and --filter all=1\n'));
    expect(await sim.run('docker volume prune -f --filter dangling=true')).toEqual(fail("Error response from daemon: invalid filter 'dangling'\n"));
    expect(await sim.run('docker volume prune -f --filter all=maybe')).toEqual(
      fail('Error response from daemon: invalid filter \'all\': strconv.ParseBool: parsing "maybe": invalid syntax\n'),
    );
  });

  it('takes no arguments; unknown flags exit 125', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume prune x')).toEqual(
      fail("docker: 'docker volume prune' accepts no arguments\n\nUsage:  docker volume prune [OPTIONS]\n\nRun 'docker volume prune --help' for more information\n"),
    );
    expect(await sim.run('docker volume prune -q')).toEqual(
      fail("unknown shorthand flag: 'q' in -q\n\nUsage:  docker volume prune [OPTIONS]\n\nRun 'docker volume prune --help' for more information\n", 125),
    );
  });
});
