import { describe, expect, it } from 'vitest';
import { fail, ok, setup } from './test-setup.ts';

const USAGE = 'Usage:  docker volume ls [OPTIONS]';

async function three() {
  const s = setup();
  await s.sim.run('docker volume create --label env=prod vol10');
  await s.sim.run('docker volume create --label env=dev vol2');
  await s.sim.run('docker volume create --label backup data');
  await s.sim.run('docker run -d --name db -v data:/var/lib/data alpine sleep 1000');
  return s;
}

describe('docker volume ls', () => {
  it('prints the DRIVER / VOLUME NAME table in natural name order', async () => {
    const { sim } = await three();
    expect(await sim.run('docker volume ls')).toEqual(ok('DRIVER    VOLUME NAME\nlocal     data\nlocal     vol2\nlocal     vol10\n'));
    expect(await sim.run('docker volume list -q')).toEqual(ok('data\nvol2\nvol10\n'));
  });

  it('prints only the header when there are no volumes', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume ls')).toEqual(ok('DRIVER    VOLUME NAME\n'));
    expect(await sim.run('docker volume ls -q')).toEqual(ok(''));
  });

  it('filters by dangling, name (a pattern), driver and label', async () => {
    const { sim } = await three();
    expect(await sim.run('docker volume ls -q -f dangling=true')).toEqual(ok('vol2\nvol10\n'));
    expect(await sim.run('docker volume ls -q --filter dangling=0')).toEqual(ok('data\n'));
    expect(await sim.run('docker volume ls -q -f name=vol')).toEqual(ok('vol2\nvol10\n'));
    expect(await sim.run('docker volume ls -q -f name=^d')).toEqual(ok('data\n'));
    expect(await sim.run('docker volume ls -q -f driver=local -f label=env')).toEqual(ok('vol2\nvol10\n'));
    expect(await sim.run('docker volume ls -q -f label=env=dev')).toEqual(ok('vol2\n'));
    expect(await sim.run('docker volume ls -q -f driver=nfs')).toEqual(ok(''));
  });

  it('reports bad filters', async () => {
    const { sim } = await three();
    expect(await sim.run('docker volume ls -f color=red')).toEqual(fail("Error response from daemon: invalid filter 'color'\n"));
    expect(await sim.run('docker volume ls -f dangling=maybe')).toEqual(fail("Error response from daemon: invalid filter 'dangling=[maybe]'\n"));
    expect(await sim.run('docker volume ls -f dangling')).toEqual(
      fail(
        `invalid argument "dangling" for "-f, --filter" flag: bad format of filter (expected name=value)\n\n${USAGE}\n\nRun 'docker volume ls --help' for more information\n`,
        125,
      ),
    );
  });

  it('renders --format templates, json and a custom table', async () => {
    const { sim } = await three();
    expect(await sim.run("docker volume ls --format '{{.Name}}: {{.Labels}} {{.Label \"env\"}} {{.Mountpoint}} {{.Scope}} {{.Links}} {{.Size}}'")).toEqual(
      ok(
        'data: backup=  /var/lib/docker/volumes/data/_data local N/A N/A\nvol2: env=dev dev /var/lib/docker/volumes/vol2/_data local N/A N/A\nvol10: env=prod prod /var/lib/docker/volumes/vol10/_data local N/A N/A\n',
      ),
    );
    expect(await sim.run('docker volume ls -f name=vol2 --format json')).toEqual(
      ok(
        '{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"env=dev","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/vol2/_data","Name":"vol2","Scope":"local","Size":"N/A","Status":"N/A"}\n',
      ),
    );
    expect(await sim.run("docker volume ls --format 'table {{.Name}}\\t{{.Mountpoint}}'")).toEqual(
      ok(
        'VOLUME NAME   MOUNTPOINT\ndata          /var/lib/docker/volumes/data/_data\nvol2          /var/lib/docker/volumes/vol2/_data\nvol10         /var/lib/docker/volumes/vol10/_data\n',
      ),
    );
    expect(await sim.run("docker volume ls --format '{{.Nope}}'")).toEqual(
      fail('template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.volumeContext\n'),
    );
  });

  it('--cluster lists no volumes outside a swarm', async () => {
    const { sim } = await three();
    expect(await sim.run('docker volume ls --cluster')).toEqual(ok('VOLUME NAME   GROUP     DRIVER    AVAILABILITY   STATUS\n'));
  });

  it('takes no arguments; unknown flags exit 125', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume ls data')).toEqual(
      fail(`docker: 'docker volume ls' accepts no arguments\n\n${USAGE}\n\nRun 'docker volume ls --help' for more information\n`),
    );
    expect(await sim.run('docker volume ls --all')).toEqual(fail(`unknown flag: --all\n\n${USAGE}\n\nRun 'docker volume ls --help' for more information\n`, 125));
  });
});
