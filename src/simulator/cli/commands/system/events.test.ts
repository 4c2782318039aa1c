import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

function setup() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now });
  const advance = async (ms: number) => {
    now += ms;
    await sim.run('');
  };
  return { sim, advance };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker events', () => {
  it("lists a container's life with its network events, oldest first", async () => {
    const { sim, advance } = setup();
    await sim.run('docker pull -q busybox');
    const id = (await sim.run('docker run -d --name nap busybox sleep 300')).stdout.trim();
    await advance(3000);
    await sim.run('docker stop -t 1 nap');
    await sim.run('docker rm nap');
    const net = '308eb0d7515a87cec877fbe388dfa407c82c7fa6ae5e1489d7b0482fad3ea16d';
    const c = (action: string, at: string, extra = '') => `2026-03-02T09:00:${at}Z container ${action} ${id} (${extra}image=busybox, name=nap${action === 'kill' ? ', signal=15' : ''})\n`;
    expect(await sim.run('docker events --since 1h --until 2026-03-02T09:01:00Z')).toEqual(
      ok(
        '2026-03-02T09:00:00.487000000Z image pull busybox:latest (name=busybox)\n' +
          c('create', '00.487000000') +
          `2026-03-02T09:00:00.487000000Z network connect ${net} (container=${id}, name=bridge, type=bridge)\n` +
          c('start', '00.487000000') +
          c('kill', '03.487000000') +
          c('kill', '04.487000000').replace('signal=15', 'signal=9') +
          `2026-03-02T09:00:04.487000000Z network disconnect ${net} (container=${id}, name=bridge, type=bridge)\n` +
          c('die', '04.487000000', 'execDuration=4, exitCode=137, ') +
          c('stop', '04.487000000') +
          c('destroy', '04.487000000'),
      ),
    );
  });

  it('filters by type, event, container and image, and formats with a template or json', async () => {
    const { sim } = setup();
    await sim.run('docker pull -q nginx');
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker tag nginx nginx:v2');
    await sim.run('docker volume create data');
    const f = "--format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'";
    expect(await sim.run(`docker events --since 1h --until 2026-03-02T09:01:00Z ${f} --filter type=container`)).toEqual(ok('container create web\ncontainer start web\n'));
    expect(await sim.run(`docker system events --since 1h --until 2026-03-02T09:01:00Z ${f} -f event=create`)).toEqual(
      ok('container create web\nvolume create <no value>\n'),
    );
    expect(await sim.run(`docker events --since 1h --until 2026-03-02T09:01:00Z ${f} --filter image=nginx`)).toEqual(
      ok('image pull nginx\ncontainer create web\ncontainer start web\nimage tag nginx:v2\n'),
    );
    expect(await sim.run('docker events --since 1h --until 2026-03-02T09:01:00Z --format json --filter type=volume')).toEqual(
      ok('{"Type":"volume","Action":"create","Actor":{"ID":"data","Attributes":{"driver":"local"}},"scope":"local","time":1772442005,"timeNano":1772442005516000000}\n'),
    );
  });

  it('waits for new events until --until, printing them as they happen', async () => {
    const { sim } = setup();
    await sim.run('docker pull -q busybox');
    await sim.run('docker run -d --name nap busybox sleep 2');
    expect(await sim.run("docker events --filter event=die --until 2026-03-02T09:00:30Z --format '{{.Action}} {{.Actor.Attributes.exitCode}}'")).toEqual(
      ok('die 0\n'),
    );
    expect(await sim.run('date -u +%T')).toEqual(ok('09:00:30\n'));
  });

  it('with --until alone shows the buffered events up to it; with neither, only new ones until Ctrl+C', async () => {
    const { sim } = setup();
    await sim.run('docker volume create data');
    expect(await sim.run('docker events --until 0s')).toEqual(ok('2026-03-02T09:00:00.000000000Z volume create data (driver=local)\n'));
    const live = sim.run('docker events');
    await new Promise((r) => setTimeout(r, 20));
    sim.interrupt();
    expect(await live).toEqual({ stdout: '', stderr: '', exitCode: 130 });
  });

  it('reports bad times, a reversed window and a bad template', async () => {
    const { sim } = setup();
    expect(await sim.run('docker events --since bogus')).toEqual(fail('failed to parse value as time or duration: "bogus"\n'));
    expect(await sim.run('docker events --since 0s --until 1h')).toEqual(
      fail('Error response from daemon: `since` time (1772442000) cannot be after `until` time (1772438400)\n'),
    );
    expect(await sim.run("docker events --format '{{.Foo}}'")).toEqual(
      fail('Error parsing format: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type events.Message\n', 64),
    );
    expect(await sim.run('docker events x')).toEqual(
      fail("docker: 'docker events' accepts no arguments\n\nUsage:  docker events [OPTIONS]\n\nRun 'docker events --help' for more information\n"),
    );
  });
});
