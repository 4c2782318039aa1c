import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

async function setup() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of ['docker pull -q nginx', 'docker pull -q alpine']) expect((await sim.run(line)).exitCode).toBe(0);
  return { sim, now: () => now };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('docker wait', () => {
  it('prints the exit codes of stopped containers at once', async () => {
    const { sim } = await setup();
    await sim.run('docker run --name good alpine true');
    await sim.run('docker run --name bad alpine false');
    await sim.run('docker create --name fresh alpine');
    expect(await sim.run('docker wait good bad fresh')).toEqual(ok('0\n1\n0\n'));
    expect(await sim.run('docker container wait bad')).toEqual(ok('1\n'));
  });

  it('blocks until a running container exits', async () => {
    const { sim } = await setup();
    await sim.run('docker run -d --name nap alpine sleep 5');
    expect(await sim.run('docker wait nap')).toEqual(ok('0\n'));
    expect((await sim.run('docker ps -a --format "{{.Status}}"')).stdout).toBe('Exited (0) Less than a second ago\n');
  });

  it('gives the exit code of a container that is killed while waiting', async () => {
    const { sim } = await setup();
    await sim.run('docker run -d --name nap alpine sleep 30');
    await sim.run('docker kill nap');
    expect(await sim.run('docker wait nap')).toEqual(ok('137\n'));
  });

  it('ends on Ctrl+C with exit 130', async () => {
    const { sim } = await setup();
    await sim.run('docker run -d --name web nginx');
    const run = sim.run('docker wait web');
    await new Promise((r) => setTimeout(r, 0));
    sim.interrupt();
    expect(await run).toEqual({ stdout: '', stderr: '', exitCode: 130 });
  });

  it('reports missing containers after waiting for the others', async () => {
    const { sim } = await setup();
    await sim.run('docker run --name bad alpine false');
    expect(await sim.run('docker wait nope bad gone')).toEqual({
      stdout: '1\n',
      stderr: 'Error response from daemon: No such container: nope\nError response from daemon: No such container: gone\n',
      exitCode: 1,
    });
  });

  it('needs at least one container', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker wait')).toEqual({
      stdout: '',
      stderr: "docker: 'docker wait' requires at least 1 argument\n\nUsage:  docker wait CONTAINER [CONTAINER...]\n\nSee 'docker wait --help' for more information\n",
      exitCode: 1,
    });
    expect((await sim.run('docker wait -x web')).exitCode).toBe(125);
  });
});
