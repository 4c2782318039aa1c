import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

async function setup() {
  const sim = createSimulator({ seed: 1, clock: () => Date.UTC(2026, 10, 25, 10, 0, 0) });
  expect((await sim.run('docker pull -q alpine')).exitCode).toBe(0);
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('host pipes into a container', () => {
  it('docker run -i reads what is piped in', async () => {
    const sim = await setup();
    expect(await sim.run('echo hi | docker run -i alpine cat')).toEqual(ok('hi\n'));
    expect(await sim.run("echo hi | docker run -i --rm alpine sh -c 'read x; echo got $x'")).toEqual(ok('got hi\n'));
    expect(await sim.run("printf 'a\\nb\\n' | docker run -i --rm alpine wc -l")).toEqual(ok('2\n'));
    // A shell without a command runs its stdin as a script.
    expect(await sim.run('echo ls /etc/alpine-release | docker run -i --rm alpine sh')).toEqual(ok('/etc/alpine-release\n'));
  });

  it('without -i the container has no stdin', async () => {
    const sim = await setup();
    expect(await sim.run('echo hi | docker run alpine cat')).toEqual(ok(''));
    expect(await sim.run("echo hi | docker run --rm alpine sh -c 'read x; echo got $x'")).toEqual(ok('got\n'));
  });

  it('the input is for that run only', async () => {
    const sim = await setup();
    expect(await sim.run('echo once | docker run -i --name c1 alpine cat')).toEqual(ok('once\n'));
    expect(await sim.run('docker start -a c1')).toEqual(ok(''));
  });

  it('docker exec -i reads what is piped in', async () => {
    const sim = await setup();
    await sim.run('docker run -d --name nap alpine sleep 1000');
    await sim.run('echo hello > file');
    expect(await sim.run("cat file | docker exec -i nap sh -c 'cat > /tmp/f'")).toEqual(ok(''));
    expect(await sim.run('docker exec nap cat /tmp/f')).toEqual(ok('hello\n'));
  });

  it('ps run by docker exec lists itself once', async () => {
    const sim = await setup();
    await sim.run('docker run -d --name nap alpine sleep 1000');
    expect(await sim.run('docker exec nap ps')).toEqual(ok('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 1000\n    7 root      0:00 ps\n'));
    expect(await sim.run('docker run --rm alpine ps')).toEqual(ok('PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n'));
  });
});
