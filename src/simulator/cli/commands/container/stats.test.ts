import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

async function setup() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of ['docker pull -q nginx', 'docker pull -q alpine', 'docker run -d --name web nginx', 'docker run -d --name nap alpine sleep 100']) {
    expect((await sim.run(line)).exitCode).toBe(0);
  }
  now += 60_000;
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

const TABLE =
  'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O       BLOCK I/O     PIDS\n' +
  'f6d20faefe23   nap       0.00%     944.9KiB / 7.752GiB   0.01%     981B / 126B   0B / 0B       1\n' +
  'ae993a0ba8c8   web       0.02%     10.09MiB / 7.752GiB   0.13%     952B / 126B   0B / 12.3kB   3\n';

describe('docker stats', () => {
  it('--no-stream prints one table of the running containers', async () => {
    const sim = await setup();
    expect(await sim.run('docker stats --no-stream')).toEqual(ok(TABLE));
  });

  it('-a includes stopped containers with zeros; named containers are shown as given', async () => {
    const sim = await setup();
    await sim.run('docker run --name done alpine true');
    expect((await sim.run('docker stats --no-stream -a')).stdout.split('\n')[1]).toBe(
      'c4c948fb2062   done      0.00%     0B / 0B               0.00%     0B / 0B       0B / 0B       0',
    );
    expect(await sim.run('docker container stats --no-stream --no-trunc --format "{{.Container}} {{.ID}} {{.PIDs}}" nap done')).toEqual(
      ok('nap f6d20faefe23ac0ddf83bd7652b215a875b2ae1bedbf6cf4d40f7547febb4950 1\ndone c4c948fb2062bfcba73f075f86ea530179d7df2593ee1b350662899ac740c24f 0\n'),
    );
  });

  it('renders --format templates and json', async () => {
    const sim = await setup();
    expect(await sim.run('docker stats --no-stream --format "table {{.Name}}\\t{{.MemPerc}}"')).toEqual(ok('NAME      MEM %\nnap       0.01%\nweb       0.13%\n'));
    expect(await sim.run('docker stats --no-stream --format json web')).toEqual(
      ok('{"BlockIO":"0B / 12.3kB","CPUPerc":"0.02%","Container":"web","ID":"ae993a0ba8c8","MemPerc":"0.13%","MemUsage":"10.09MiB / 7.752GiB","Name":"web","NetIO":"952B / 126B","PIDs":"3"}\n'),
    );
  });

  it('prints nothing at all when no container runs', async () => {
    const sim = createSimulator({ seed: 1, clock: () => 0 });
    expect(await sim.run('docker stats --no-stream')).toEqual(ok(''));
  });

  it('reports every missing container before printing anything', async () => {
    const sim = await setup();
    expect(await sim.run('docker stats --no-stream web nope gone')).toEqual(
      fail('Error response from daemon: No such container: nope\nError response from daemon: No such container: gone\n'),
    );
  });

  it('streams frames drawn in place until Ctrl+C', async () => {
    const sim = await setup();
    let frames = 0;
    const r = await sim.run('docker stats web', {
      onOutput: () => {
        frames += 1;
        if (frames === 2) sim.interrupt();
      },
    });
    const head = '\x1b[HCONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O       BLOCK I/O     PIDS\x1b[K\n';
    expect(r).toEqual({
      stdout:
        `${head}ae993a0ba8c8   web       0.02%     10.09MiB / 7.752GiB   0.13%     952B / 126B   0B / 12.3kB   3\x1b[K\n\x1b[K\n\x1b[J` +
        `${head}ae993a0ba8c8   web       0.01%     9.981MiB / 7.752GiB   0.13%     952B / 126B   0B / 12.3kB   3\x1b[K\n\x1b[K\n\x1b[J`,
      stderr: '',
      exitCode: 130,
    });
  });

  it('reports a removed container', async () => {
    const sim = await setup();
    await sim.run('docker run -d --name short alpine sleep 1');
    await sim.run('docker rm -f short');
    expect(await sim.run('docker stats --no-stream short')).toEqual(fail('Error response from daemon: No such container: short\n'));
  });

  it('rejects unknown flags', async () => {
    const sim = await setup();
    expect(await sim.run('docker stats --bogus')).toEqual(
      fail("unknown flag: --bogus\n\nUsage:  docker stats [OPTIONS] [CONTAINER...]\n\nRun 'docker stats --help' for more information\n", 125),
    );
  });
});
