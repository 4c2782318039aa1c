import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

function setup() {
  const sim = createSimulator({ seed: 4, clock: () => Date.UTC(2026, 2, 2, 9, 0, 0) });
  const idOf = (name: string) =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, { id: string; name: string }> } }).world.containers).find(
      (c) => c.name === name,
    )!.id;
  return { sim, idOf };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

const HELP = `Usage:  docker container update [OPTIONS] CONTAINER [CONTAINER...]

Update configuration of one or more containers

Aliases:
  docker container update, docker update

Options:
      --blkio-weight uint16        Block IO (relative weight), between 10
                                   and 1000, or 0 to disable (default 0)
      --cpu-period int             Limit CPU CFS (Completely Fair
                                   Scheduler) period
      --cpu-quota int              Limit CPU CFS (Completely Fair
                                   Scheduler) quota
      --cpu-rt-period int          Limit the CPU real-time period in
                                   microseconds
      --cpu-rt-runtime int         Limit the CPU real-time runtime in
                                   microseconds
  -c, --cpu-shares int             CPU shares (relative weight)
      --cpus decimal               Number of CPUs
      --cpuset-cpus string         CPUs in which to allow execution (0-3, 0,1)
      --cpuset-mems string         MEMs in which to allow execution (0-3, 0,1)
  -m, --memory bytes               Memory limit
      --memory-reservation bytes   Memory soft limit
      --memory-swap bytes          Swap limit equal to memory plus swap:
                                   -1 to enable unlimited swap
      --pids-limit int             Tune container pids limit (set -1 for
                                   unlimited)
      --restart string             Restart policy to apply when a
                                   container exits
`;

describe('docker update', () => {
  it('changes limits and the restart policy, printing each container it updated', async () => {
    const { sim, idOf } = setup();
    await sim.run('docker run -d --name web -m 256m nginx');
    await sim.run('docker create --name idle alpine true');
    expect(await sim.run('docker update --restart unless-stopped --cpus 1.5 -m 512m web')).toEqual(ok('web\n'));
    expect(await sim.run("docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.RestartPolicy.Name}}' web")).toEqual(
      ok('536870912 536870912 1500000000 unless-stopped\n'),
    );
    expect(await sim.run('docker container update --pids-limit 50 -c 512 idle')).toEqual(ok('idle\n'));
    expect(await sim.run("docker inspect -f '{{.HostConfig.PidsLimit}} {{.HostConfig.CpuShares}}' idle")).toEqual(ok('50 512\n'));
    expect(idOf('idle')).toHaveLength(64);
  });

  it('shows the new memory limit in docker stats', async () => {
    const { sim } = setup();
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker update -m 300m --memory-swap 600m web');
    expect(await sim.run("docker stats --no-stream --format '{{.Name}} {{.MemUsage}} {{.MemPerc}}'")).toEqual(ok('web 10.23MiB / 300MiB 3.41%\n'));
  });

  it('refuses a memory limit above the swap limit already set (none for a container run without -m)', async () => {
    const { sim, idOf } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker update -m 300m web')).toEqual(
      fail(
        `Error response from daemon: Cannot update container ${idOf('web')}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time\n`,
      ),
    );
  });

  it('reports conflicts with the CPU settings and with --rm', async () => {
    const { sim, idOf } = setup();
    await sim.run('docker run -d --name web --cpus 1 nginx');
    await sim.run('docker run -d --rm --name tmp nginx');
    expect(await sim.run('docker update --cpu-period 100000 web')).toEqual(
      fail(`Error response from daemon: Cannot update container ${idOf('web')}: Conflicting options: CPU Period cannot be updated as NanoCPUs has already been set\n`),
    );
    expect(await sim.run('docker update --restart always tmp')).toEqual(
      fail(`Error response from daemon: Cannot update container ${idOf('tmp')}: Restart policy cannot be updated because AutoRemove is enabled for the container\n`),
    );
  });

  it('checks the settings before it looks for the container, and goes on after a missing one', async () => {
    const { sim } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker update -m 1m nope')).toEqual(fail('Error response from daemon: Minimum memory limit allowed is 6MB\n'));
    expect(await sim.run('docker update --cpus 3 web')).toEqual(
      fail('Error response from daemon: range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available\n'),
    );
    expect(await sim.run('docker update --restart bogus web')).toEqual(
      fail("Error response from daemon: invalid restart policy: unknown policy 'bogus'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n"),
    );
    expect(await sim.run('docker update --restart always nope web')).toEqual({
      stdout: 'web\n',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
  });

  it('fails on the client without flags, with a bad value or restart syntax, and without a container', async () => {
    const { sim } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker update web')).toEqual(fail('you must provide one or more flags when using this command\n'));
    expect(await sim.run('docker update --restart :3 web')).toEqual(fail('invalid restart policy format: no policy provided before colon\n'));
    expect(await sim.run('docker update -m lots web')).toEqual(
      fail(
        `invalid argument "lots" for "-m, --memory" flag: invalid size: 'lots'\n\nUsage:  docker update [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker update --help' for more information\n`,
        125,
      ),
    );
    expect(await sim.run('docker update --cpus many web')).toEqual(
      fail(
        `invalid argument "many" for "--cpus" flag: failed to parse many as a rational number\n\nUsage:  docker update [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker update --help' for more information\n`,
        125,
      ),
    );
    expect(await sim.run('docker update -x web')).toEqual(
      fail("unknown shorthand flag: 'x' in -x\n\nUsage:  docker update [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker update --help' for more information\n", 125),
    );
    expect(await sim.run('docker update')).toEqual(
      fail("docker: 'docker update' requires at least 1 argument\n\nUsage:  docker update [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker update --help' for more information\n"),
    );
  });

  it('prints its help', async () => {
    const { sim } = setup();
    expect(await sim.run('docker container update --help')).toEqual(ok(HELP));
  });
});
