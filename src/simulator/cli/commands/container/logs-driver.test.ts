import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

function setup() {
  return createSimulator({ seed: 6, clock: () => Date.UTC(2026, 2, 2, 9, 0, 0) });
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('logging drivers (--log-driver, --log-opt) and docker logs', () => {
  it('keeps the driver and its options in HostConfig.LogConfig (keys sorted)', async () => {
    const sim = setup();
    await sim.run('docker pull -q busybox');
    await sim.run('docker run --name plain busybox true');
    await sim.run('docker run --name capped --log-opt max-size=10m --log-opt max-file=3 busybox true');
    await sim.run('docker run --name quiet --log-driver none busybox true');
    expect(await sim.run("docker inspect -f '{{json .HostConfig.LogConfig}}' plain capped quiet")).toEqual(
      ok('{"Type":"json-file","Config":{}}\n{"Type":"json-file","Config":{"max-file":"3","max-size":"10m"}}\n{"Type":"none","Config":{}}\n'),
    );
  });

  it('cannot read the logs of a container that logs to "none", though an attached run still prints', async () => {
    const sim = setup();
    expect(await sim.run('docker run -q --name quiet --log-driver none busybox echo hi')).toEqual(ok('hi\n'));
    expect(await sim.run('docker logs quiet')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: configured logging driver does not support reading\n',
      exitCode: 1,
    });
  });

  it('prefixes --details lines with the labels and env variables the options select', async () => {
    const sim = setup();
    await sim.run('docker run -q --name tagged -l app=web -l tier=front -e MODE=a%b --log-opt labels=app,tier --log-opt env=MODE busybox echo hi');
    expect(await sim.run('docker logs --details tagged')).toEqual(ok('MODE=a%25b,app=web,tier=front hi\n'));
    await sim.run('docker run -q --name bare busybox echo hi');
    expect(await sim.run('docker logs --details bare')).toEqual(ok(' hi\n'));
  });

  it("rejects options for none on the client, and unknown drivers or options on the daemon", async () => {
    const sim = setup();
    expect(await sim.run('docker run --log-driver none --log-opt max-size=1m busybox')).toEqual({
      stdout: '',
      stderr: "docker: invalid logging opts for driver none\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
    await sim.run('docker pull -q busybox');
    expect(await sim.run('docker run --log-driver foo busybox')).toEqual({
      stdout: '',
      stderr: "docker: Error response from daemon: logger: no log driver named 'foo' is registered\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
    expect(await sim.run('docker create --log-opt foo=bar busybox')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: unknown log opt 'foo' for json-file log driver\n",
      exitCode: 1,
    });
    expect(await sim.run('docker ps -aq')).toEqual(ok(''));
  });
});
