import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

const WEB = 'ae993a0ba8c8cfde067b807c493bb1f0322189b0237d84e727cd2022d02e66f3';
const NGINX = 'sha256:4e41a9d5f2f4b8035693f6321e7a5c0ad9802e18aec3631d7e02cb1a942c2e3b';
const TYPES = '"config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"';

async function setup() {
  const sim = createSimulator({ seed: 1, clock: () => Date.UTC(2026, 2, 2, 9, 0, 0) });
  for (const line of ['docker pull -q nginx', 'docker run -d --name web nginx']) expect((await sim.run(line)).exitCode).toBe(0);
  return sim;
}

const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });
const fail = (stderr: string, exitCode = 1, stdout = '') => ({ stdout, stderr, exitCode });

describe('docker inspect', () => {
  it('finds containers first, then images', async () => {
    const sim = await setup();
    expect(await sim.run('docker inspect -f "{{.Name}}" web')).toEqual(ok('/web\n'));
    expect(await sim.run('docker inspect -f "{{.Id}} {{.Os}}" nginx')).toEqual(ok(`${NGINX} linux\n`));
    expect(await sim.run('docker inspect -f "{{.ID}}" nginx web')).toEqual(ok(`${NGINX}\n${WEB}\n`));
    const [doc] = JSON.parse((await sim.run('docker inspect web')).stdout);
    expect(doc.Name).toBe('/web');
  });

  it('--type limits the kinds tried and reports that kind\'s error', async () => {
    const sim = await setup();
    expect(await sim.run('docker inspect --type image -f "{{.Id}}" nginx')).toEqual(ok(`${NGINX}\n`));
    expect(await sim.run('docker inspect --type container nginx')).toEqual(fail('Error response from daemon: No such container: nginx\n', 1, '[]\n'));
    expect(await sim.run('docker inspect --type foo web')).toEqual(fail(`unknown type: "foo": must be one of ${TYPES}\n`));
    expect(await sim.run('docker inspect --type= web')).toEqual(fail(`type is empty: must be one of ${TYPES}\n`));
  });

  it('reports an object nothing matches', async () => {
    const sim = await setup();
    expect(await sim.run('docker inspect missing')).toEqual(fail('error: no such object: missing\n', 1, '[]\n'));
    expect(await sim.run('docker inspect -f "{{.Name}}" missing')).toEqual(fail('error: no such object: missing\n', 1, '\n'));
    expect(await sim.run('docker inspect -f "{{.Name}}" web missing Bad')).toEqual(
      fail('error: no such object: missing\nerror: no such object: Bad\n', 1, '/web\n'),
    );
  });

  it('-s sizes containers and warns for other objects', async () => {
    const sim = await setup();
    expect(await sim.run('docker inspect -s -f "{{.SizeRootFs}}" web')).toEqual(ok('163652087\n'));
    expect(await sim.run('docker inspect -s -f "{{.Id}}" nginx')).toEqual(ok(`${NGINX}\n`, 'WARNING: --size ignored for image\n'));
  });

  it('exits 64 on a template that does not parse, and 125 on an unknown flag', async () => {
    const sim = await setup();
    expect(await sim.run('docker inspect -f "{{.Name" web')).toEqual(fail('template parsing error: template: :1: unclosed action\n', 64));
    expect(await sim.run('docker inspect --bogus web')).toEqual(
      fail("unknown flag: --bogus\n\nUsage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]\n\nRun 'docker inspect --help' for more information\n", 125),
    );
    expect(await sim.run('docker inspect')).toEqual(
      fail("docker: 'docker inspect' requires at least 1 argument\n\nUsage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]\n\nSee 'docker inspect --help' for more information\n"),
    );
  });
});
