import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

function setup() {
  return createSimulator({ seed: 4, clock: () => Date.UTC(2026, 2, 2, 9, 0, 0) });
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const runFail = (message: string) => ({ stdout: '', stderr: `docker: ${message}\n\nRun 'docker run --help' for more information\n`, exitCode: 125 });
const flagFail = (message: string) => ({
  stdout: '',
  stderr: `${message}\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n`,
  exitCode: 125,
});

describe('docker run resource limits', () => {
  // NanoCpus is not a Go field name (NanoCPUs is): the template runs on the raw JSON, where an
  // unset PidsLimit is a JSON null, which prints <no value>.
  it('records -m, --cpus, --pids-limit and -c in HostConfig (MemorySwap defaults to twice -m)', async () => {
    const sim = setup();
    await sim.run('docker pull -q nginx');
    expect((await sim.run('docker run -d --name web -m 512m --cpus 1.5 --pids-limit 100 -c 512 --cpuset-cpus 0,1 nginx')).exitCode).toBe(0);
    const f = '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}} {{.HostConfig.CpuShares}} {{.HostConfig.CpusetCpus}}';
    expect(await sim.run(`docker inspect -f '${f}' web`)).toEqual(ok('536870912 1073741824 1500000000 100 512 0,1\n'));
    await sim.run('docker create --name plain nginx');
    expect(await sim.run(`docker inspect -f '${f}' plain`)).toEqual(ok('0 0 0 <no value> 0 \n'));
  });

  it('shows the memory limit in docker stats', async () => {
    const sim = setup();
    await sim.run('docker run -d --name web -m 256m nginx');
    expect(await sim.run("docker stats --no-stream --format '{{.MemUsage}} {{.MemPerc}}' web")).toEqual(ok('10.23MiB / 256MiB 4.00%\n'));
  });

  it("rejects values the flags' types cannot parse", async () => {
    const sim = setup();
    expect(await sim.run('docker run -m abc nginx')).toEqual(flagFail(`invalid argument "abc" for "-m, --memory" flag: invalid size: 'abc'`));
    expect(await sim.run('docker run --memory 5q nginx')).toEqual(flagFail(`invalid argument "5q" for "-m, --memory" flag: invalid suffix: 'q'`));
    expect(await sim.run('docker run --cpus one nginx')).toEqual(flagFail('invalid argument "one" for "--cpus" flag: failed to parse one as a rational number'));
    expect(await sim.run('docker run --cpus 0.0000000001 nginx')).toEqual(flagFail('invalid argument "0.0000000001" for "--cpus" flag: value is too precise'));
  });

  it("fails with the daemon's checks before pulling the image", async () => {
    const sim = setup();
    expect(await sim.run('docker run -m 4m nginx')).toEqual(runFail('Error response from daemon: Minimum memory limit allowed is 6MB'));
    expect(await sim.run('docker run --cpus 4 nginx')).toEqual(
      runFail('Error response from daemon: range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available'),
    );
    expect(await sim.run('docker run --memory-swap 1g nginx')).toEqual(
      runFail('Error response from daemon: You should always set the Memory limit when using Memoryswap limit, see usage'),
    );
    expect(await sim.run('docker run -m 1g --memory-swap 512m nginx')).toEqual(
      runFail('Error response from daemon: Minimum memoryswap limit should be larger than memory limit, see usage'),
    );
    expect(await sim.run('docker run --cpus 1 --cpu-quota 50000 nginx')).toEqual(
      runFail('Error response from daemon: Conflicting options: Nano CPUs and CPU Quota cannot both be set'),
    );
    expect(await sim.run('docker run --cpuset-cpus 0-3 nginx')).toEqual(
      runFail('Error response from daemon: Requested CPUs are not available - requested 0-3, available: 0-1'),
    );
    expect(await sim.run('docker create -m 1m nginx')).toEqual({ stdout: '', stderr: 'Error response from daemon: Minimum memory limit allowed is 6MB\n', exitCode: 1 });
    expect(await sim.run('docker images -q')).toEqual(ok(''));
  });
});
