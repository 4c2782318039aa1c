import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  path: string;
  args: string[];
  config: { Cmd: string[] | null; Entrypoint: string[] | null; Env: string[]; WorkingDir: string; Labels: Record<string, string> };
  state: { status: string; exitCode: number; startedAt: number };
}

function setup() {
  const sim = createSimulator({ seed: 2, clock: () => Date.UTC(2026, 0, 1) });
  const all = () => Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers);
  const byName = (name: string) => all().find((c) => c.name === name);
  return { sim, all, byName };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

const CREATE_HELP = [
  'Usage:  docker create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  '',
  'Create a new container',
  '',
  'Aliases:',
  '  docker container create, docker create',
  '',
  'Options:',
  '      --add-host list                    Add a custom host-to-IP mapping',
  '                                         (host:ip)',
  '      --annotation map                   Add an annotation to the',
  '                                         container (passed through to the',
  '                                         OCI runtime) (default map[])',
  '  -a, --attach list                      Attach to STDIN, STDOUT or STDERR',
  '      --blkio-weight uint16              Block IO (relative weight),',
  '                                         between 10 and 1000, or 0 to',
  '                                         disable (default 0)',
  '      --blkio-weight-device list         Block IO weight (relative device',
  '                                         weight) (default [])',
  '      --cap-add list                     Add Linux capabilities',
  '      --cap-drop list                    Drop Linux capabilities',
  '      --cgroup-parent string             Optional parent cgroup for the',
  '                                         container',
  '      --cgroupns string                  Cgroup namespace to use',
  '                                         (host|private)',
  "                                         'host':    Run the container in",
  "                                         the Docker host's cgroup",
  '                                         namespace',
  "                                         'private': Run the container in",
  '                                         its own private cgroup namespace',
  "                                         '':        Use the cgroup",
  '                                         namespace as configured by the',
  '                                                    default-cgroupns-mode',
  '                                         option on the daemon (default)',
  '      --cidfile string                   Write the container ID to the file',
  '      --cpu-period int                   Limit CPU CFS (Completely Fair',
  '                                         Scheduler) period',
  '      --cpu-quota int                    Limit CPU CFS (Completely Fair',
  '                                         Scheduler) quota',
  '      --cpu-rt-period int                Limit CPU real-time period in',
  '                                         microseconds',
  '      --cpu-rt-runtime int               Limit CPU real-time runtime in',
  '                                         microseconds',
  '  -c, --cpu-shares int                   CPU shares (relative weight)',
  '      --cpus decimal                     Number of CPUs',
  '      --cpuset-cpus string               CPUs in which to allow execution',
  '                                         (0-3, 0,1)',
  '      --cpuset-mems string               MEMs in which to allow execution',
  '                                         (0-3, 0,1)',
  '      --device list                      Add a host device to the container',
  '      --device-cgroup-rule list          Add a rule to the cgroup allowed',
  '                                         devices list',
  '      --device-read-bps list             Limit read rate (bytes per',
  '                                         second) from a device (default [])',
  '      --device-read-iops list            Limit read rate (IO per second)',
  '                                         from a device (default [])',
  '      --device-write-bps list            Limit write rate (bytes per',
  '                                         second) to a device (default [])',
  '      --device-write-iops list           Limit write rate (IO per second)',
  '                                         to a device (default [])',
  '      --dns list                         Set custom DNS servers',
  '      --dns-option list                  Set DNS options',
  '      --dns-search list                  Set custom DNS search domains',
  '      --domainname string                Container NIS domain name',
  '      --entrypoint string                Overwrite the default ENTRYPOINT',
  '                                         of the image',
  '  -e, --env list                         Set environment variables',
  '      --env-file list                    Read in a file of environment',
  '                                         variables',
  '      --expose list                      Expose a port or a range of ports',
  '      --gpus gpu-request                 GPU devices to add to the',
  "                                         container ('all' to pass all GPUs)",
  '      --group-add list                   Add additional groups to join',
  '      --health-cmd string                Command to run to check health',
  '      --health-interval duration         Time between running the check',
  '                                         (ms|s|m|h) (default 0s)',
  '      --health-retries int               Consecutive failures needed to',
  '                                         report unhealthy',
  '      --health-start-interval duration   Time between running the check',
  '                                         during the start period',
  '                                         (ms|s|m|h) (default 0s)',
  '      --health-start-period duration     Start period for the container',
  '                                         to initialize before starting',
  '                                         health-retries countdown',
  '                                         (ms|s|m|h) (default 0s)',
  '      --health-timeout duration          Maximum time to allow one check',
  '                                         to run (ms|s|m|h) (default 0s)',
  '      --help                             Print usage',
  '  -h, --hostname string                  Container host name',
  '      --init                             Run an init inside the container',
  '                                         that forwards signals and reaps',
  '                                         processes',
  '  -i, --interactive                      Keep STDIN open even if not attached',
  '      --ip ip                            IPv4 address (e.g., 172.30.100.104)',
  '      --ip6 ip                           IPv6 address (e.g., 2001:db8::33)',
  '      --ipc string                       IPC mode to use',
  '      --isolation string                 Container isolation technology',
  '  -l, --label list                       Set meta data on a container',
  '      --label-file list                  Read in a line delimited file of',
  '                                         labels',
  '      --link list                        Add link to another container',
  '      --link-local-ip list               Container IPv4/IPv6 link-local',
  '                                         addresses',
  '      --log-driver string                Logging driver for the container',
  '      --log-opt list                     Log driver options',
  '      --mac-address string               Container MAC address (e.g.,',
  '                                         92:d0:c6:0a:29:33)',
  '  -m, --memory bytes                     Memory limit',
  '      --memory-reservation bytes         Memory soft limit',
  '      --memory-swap bytes                Swap limit equal to memory plus',
  "                                         swap: '-1' to enable unlimited swap",
  '      --memory-swappiness int            Tune container memory swappiness',
  '                                         (0 to 100) (default -1)',
  '      --mount mount                      Attach a filesystem mount to the',
  '                                         container',
  '      --name string                      Assign a name to the container',
  '      --network network                  Connect a container to a network',
  '      --network-alias list               Add network-scoped alias for the',
  '                                         container',
  '      --no-healthcheck                   Disable any container-specified',
  '                                         HEALTHCHECK',
  '      --oom-kill-disable                 Disable OOM Killer',
  "      --oom-score-adj int                Tune host's OOM preferences",
  '                                         (-1000 to 1000)',
  '      --pid string                       PID namespace to use',
  '      --pids-limit int                   Tune container pids limit (set',
  '                                         -1 for unlimited)',
  '      --platform string                  Set platform if server is',
  '                                         multi-platform capable',
  '      --privileged                       Give extended privileges to this',
  '                                         container',
  "  -p, --publish list                     Publish a container's port(s) to",
  '                                         the host',
  '  -P, --publish-all                      Publish all exposed ports to',
  '                                         random ports',
  '      --pull string                      Pull image before creating',
  '                                         ("always", "missing", "never")',
  '                                         (default "missing")',
  '  -q, --quiet                            Suppress the pull output',
  "      --read-only                        Mount the container's root",
  '                                         filesystem as read only',
  '      --restart string                   Restart policy to apply when a',
  '                                         container exits (default "no")',
  '      --rm                               Automatically remove the',
  '                                         container and its associated',
  '                                         anonymous volumes when it exits',
  '      --runtime string                   Runtime to use for this container',
  '      --security-opt list                Security Options',
  '      --shm-size bytes                   Size of /dev/shm',
  '      --stop-signal string               Signal to stop the container',
  '      --stop-timeout int                 Timeout (in seconds) to stop a',
  '                                         container',
  '      --storage-opt list                 Storage driver options for the',
  '                                         container',
  '      --sysctl map                       Sysctl options (default map[])',
  '      --tmpfs list                       Mount a tmpfs directory',
  '  -t, --tty                              Allocate a pseudo-TTY',
  '      --ulimit ulimit                    Ulimit options (default [])',
  '      --use-api-socket                   Bind mount Docker API socket and',
  '                                         required auth',
  '  -u, --user string                      Username or UID (format:',
  '                                         <name|uid>[:<group|gid>])',
  '      --userns string                    User namespace to use',
  '      --uts string                       UTS namespace to use',
  '  -v, --volume list                      Bind mount a volume',
  '      --volume-driver string             Optional volume driver for the',
  '                                         container',
  '      --volumes-from list                Mount volumes from the specified',
  '                                         container(s)',
  '  -w, --workdir string                   Working directory inside the',
  '                                         container',
  '',
].join('\n');

describe('docker create', () => {
  it('pulls a missing image, creates the container without starting it and prints its id', async () => {
    const { sim, byName } = setup();
    const r = await sim.run('docker create --name web nginx');
    const c = byName('web')!;
    expect(r.stdout).toBe(`${c.id}\n`);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual(["Unable to find image 'nginx:latest' locally", 'latest: Pulling from library/nginx']);
    expect(r.stderr.endsWith('Status: Downloaded newer image for nginx:latest\n')).toBe(true);
    expect(r.exitCode).toBe(0);
    expect(c.state).toMatchObject({ status: 'created', exitCode: 0, startedAt: 0 });
    expect(await sim.run('docker start web')).toEqual(ok('web\n'));
  });

  it('-q keeps the pull quiet; the command replaces CMD, --entrypoint replaces both', async () => {
    const { sim, byName } = setup();
    const r = await sim.run('docker create -q --name one alpine echo hi');
    expect(r).toEqual(ok(`${byName('one')!.id}\n`));
    await sim.run('docker container create --name two --entrypoint /bin/echo alpine');
    await sim.run('docker create --name three -e A=1 -l tier=web -w /srv alpine');
    expect(byName('one')!.config).toMatchObject({ Cmd: ['echo', 'hi'], Entrypoint: null });
    expect(byName('two')!.config).toMatchObject({ Cmd: null, Entrypoint: ['/bin/echo'] });
    expect(byName('three')!.config).toMatchObject({ Cmd: ['/bin/sh'], WorkingDir: '/srv', Labels: { tier: 'web' } });
    expect(byName('three')!.config.Env).toContain('A=1');
  });

  it('prints daemon errors as they are (exit 1), without run\'s "docker:" and help', async () => {
    const { sim, byName } = setup();
    await sim.run('docker create -q --name web alpine');
    const id = byName('web')!.id;
    expect(await sim.run('docker create --name web alpine')).toEqual(
      fail(
        `Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\n`,
      ),
    );
    expect(await sim.run('docker create --restart sometimes alpine')).toEqual(
      fail(
        "Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n",
      ),
    );
    expect(await sim.run('docker create nope')).toEqual(
      fail(
        "Unable to find image 'nope:latest' locally\nError response from daemon: pull access denied for nope, repository does not exist or may require 'docker login'\n",
      ),
    );
    expect(await sim.run('docker create Nginx')).toEqual(fail('invalid reference format: repository name (library/Nginx) must be lowercase\n'));
  });

  it('reports client-side option errors as run does (125)', async () => {
    const { sim } = setup();
    expect(await sim.run('docker create --rm --restart always alpine')).toEqual(
      fail("docker: conflicting options: cannot specify both --restart and --rm\n\nRun 'docker create --help' for more information\n", 125),
    );
    expect(await sim.run('docker create --env-file missing.env alpine')).toEqual(
      fail("docker: --env-file: open missing.env: no such file or directory\n\nRun 'docker create --help' for more information\n", 125),
    );
    expect(await sim.run('docker create --memory-swappiness 101 alpine')).toEqual(
      fail("docker: invalid value: 101. Valid memory swappiness range is 0-100\n\nRun 'docker create --help' for more information\n", 125),
    );
  });

  it('rejects an unknown flag (125) and a missing image argument (1)', async () => {
    const { sim } = setup();
    expect(await sim.run('docker create')).toEqual(
      fail(
        "docker: 'docker create' requires at least 1 argument\n\nUsage:  docker create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker create --help' for more information\n",
      ),
    );
    expect(await sim.run('docker create --detach alpine')).toEqual(
      fail("unknown flag: --detach\n\nUsage:  docker create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker create --help' for more information\n", 125),
    );
  });

  it('prints its help with every option', async () => {
    const { sim } = setup();
    expect(await sim.run('docker create --help')).toEqual(ok(CREATE_HELP));
  });
});
