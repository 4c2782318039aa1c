import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  hostConfig: { AutoRemove: boolean; RestartPolicy: { Name: string; MaximumRetryCount: number } };
  state: { status: string; exitCode: number; error: string };
}

function setup() {
  const sim = createSimulator({ seed: 1, clock: () => Date.UTC(2026, 0, 1) });
  const all = () => Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers);
  const byName = (name: string) => all().find((c) => c.name === name);
  return { sim, all, byName };
}

/** A simulator that has already pulled alpine and nginx (pull output is asserted elsewhere). */
async function pulled() {
  const s = setup();
  await s.sim.run('docker create --name warm1 alpine');
  await s.sim.run('docker create --name warm2 nginx');
  await s.sim.run('docker rm warm1 warm2');
  return s;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });
const help = (message: string) => `docker: ${message}\n\nRun 'docker run --help' for more information\n`;
const USAGE = "\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n";
const OCI =
  'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init';

const HELLO = [
  '',
  'Hello from Docker!',
  'This message shows that your installation appears to be working correctly.',
  '',
  'To generate this message, Docker took the following steps:',
  ' 1. The Docker client contacted the Docker daemon.',
  ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
  '    (amd64)',
  ' 3. The Docker daemon created a new container from that image which runs the',
  '    executable that produces the output you are currently reading.',
  ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
  '    to your terminal.',
  '',
  'To try something more ambitious, you can run an Ubuntu container with:',
  ' $ docker run -it ubuntu bash',
  '',
  'Share images, automate workflows, and more with a free Docker ID:',
  ' https://hub.docker.com/',
  '',
  'For more examples and ideas, visit:',
  ' https://docs.docker.com/get-started/',
  '',
  '',
].join('\n');

const RUN_HELP = [
  'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  '',
  'Create and run a new container from an image',
  '',
  'Aliases:',
  '  docker container run, docker run',
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
  '  -d, --detach                           Run container in background and',
  '                                         print container ID',
  '      --detach-keys string               Override the key sequence for',
  '                                         detaching a container',
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
  '      --pull string                      Pull image before running',
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
  '      --sig-proxy                        Proxy received signals to the',
  '                                         process (default true)',
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

describe('docker run', () => {
  it('pulls hello-world when missing (progress on stderr) and prints its message', async () => {
    const { sim, byName, all } = setup();
    expect(await sim.run('docker run hello-world')).toEqual({
      stdout: HELLO,
      stderr: [
        "Unable to find image 'hello-world:latest' locally",
        'latest: Pulling from library/hello-world',
        'bf7d80e658d4: Pulling fs layer',
        'bf7d80e658d4: Download complete',
        '2b016f60a5c6: Download complete',
        'c851194bf7b6: Download complete',
        'bf7d80e658d4: Pull complete',
        'Digest: sha256:b070dc4fc442d7f9216f6a49deec2c028e54bf7ce01c7f5217c5165997bc5c2a',
        'Status: Downloaded newer image for hello-world:latest',
        '',
      ].join('\n'),
      exitCode: 0,
    });
    expect(all()).toHaveLength(1);
    expect(all()[0].state).toMatchObject({ status: 'exited', exitCode: 0 });
    // the second time the image is there: no pull
    expect(await sim.run('docker run --name again hello-world')).toEqual(ok(HELLO));
    expect(byName('again')!.state.status).toBe('exited');
  });

  it('runs a command after the image, and ends with its exit code', async () => {
    const { sim } = await pulled();
    expect(await sim.run('docker run alpine echo hi')).toEqual(ok('hi\n'));
    expect(await sim.run('docker container run alpine false')).toEqual(fail('', 1));
    expect(await sim.run('docker run alpine sh -c false')).toEqual(fail('', 1));
  });

  it('fails with 127 when the command does not exist, leaving the container created', async () => {
    const { sim, byName } = await pulled();
    expect(await sim.run('docker run --name bad alpine nope')).toEqual(
      fail(help(`${OCI}: exec: "nope": executable file not found in $PATH`), 127),
    );
    expect(byName('bad')!.state).toMatchObject({ status: 'created', exitCode: 127 });
    expect(await sim.run('docker run alpine /bin/nope')).toEqual(
      fail(help(`${OCI}: exec: "/bin/nope": stat /bin/nope: no such file or directory`), 127),
    );
  });

  it('-d prints the new container\'s id and leaves it running', async () => {
    const { sim, byName } = await pulled();
    const r = await sim.run('docker run -d --name web nginx');
    const c = byName('web')!;
    expect(r).toEqual(ok(`${c.id}\n`));
    expect(c.id).toMatch(/^[0-9a-f]{64}$/);
    expect(c.state.status).toBe('running');
  });

  it('refuses a name in use (125) without creating anything', async () => {
    const { sim, byName, all } = await pulled();
    await sim.run('docker run -d --name web nginx');
    const id = byName('web')!.id;
    expect(await sim.run('docker run --name web alpine true')).toEqual(
      fail(
        help(
          `Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
        ),
        125,
      ),
    );
    expect(all()).toHaveLength(1);
    expect(await sim.run('docker run --name x alpine true')).toEqual(
      fail(help('Error response from daemon: Invalid container name (x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed'), 125),
    );
  });

  it('--rm removes the container when it exits, and when it cannot start', async () => {
    const { sim, all } = await pulled();
    expect(await sim.run('docker run --rm alpine echo bye')).toEqual(ok('bye\n'));
    expect(await sim.run('docker run --rm alpine nope')).toEqual(
      fail(help(`${OCI}: exec: "nope": executable file not found in $PATH`), 127),
    );
    expect(all()).toHaveLength(0);
  });

  it('checks --restart as the client (syntax) and the daemon (policy) do, before pulling', async () => {
    const { sim, all } = setup();
    expect(await sim.run('docker run --restart on-failure:x busybox')).toEqual(
      fail(help('invalid restart policy format: maximum retry count must be an integer'), 125),
    );
    expect(await sim.run('docker run --restart :3 busybox')).toEqual(
      fail(help('invalid restart policy format: no policy provided before colon'), 125),
    );
    expect(await sim.run('docker run --rm --restart always busybox')).toEqual(
      fail(help('conflicting options: cannot specify both --restart and --rm'), 125),
    );
    expect(await sim.run('docker run --restart sometimes busybox')).toEqual(
      fail(
        help(
          "Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
        ),
        125,
      ),
    );
    expect(await sim.run('docker run --restart always:3 busybox')).toEqual(
      fail(help("Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'"), 125),
    );
    expect(await sim.run('docker run --restart on-failure:-1 busybox')).toEqual(
      fail(help('Error response from daemon: invalid restart policy: maximum retry count cannot be negative'), 125),
    );
    expect(all()).toHaveLength(0);
  });

  it('records a valid restart policy', async () => {
    const { sim, byName } = await pulled();
    await sim.run('docker run -d --restart on-failure:5 --name web nginx');
    await sim.run('docker run -d --rm --restart no --name tmp nginx');
    expect(byName('web')!.hostConfig.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 5 });
    expect(byName('tmp')!.hostConfig).toMatchObject({ AutoRemove: true, RestartPolicy: { Name: 'no', MaximumRetryCount: 0 } });
  });

  it('reports other settings the daemon refuses, and a missing image', async () => {
    const { sim } = await pulled();
    expect(await sim.run('docker run -w app alpine pwd')).toEqual(
      fail(help("Error response from daemon: the working directory 'app' is invalid, it needs to be an absolute path"), 125),
    );
    expect(await sim.run('docker run --stop-signal FOO alpine true')).toEqual(
      fail(help('Error response from daemon: invalid signal: FOO'), 125),
    );
    expect(await sim.run('docker run nope')).toEqual(
      fail(
        "Unable to find image 'nope:latest' locally\n" +
          help("Error response from daemon: pull access denied for nope, repository does not exist or may require 'docker login'"),
        125,
      ),
    );
    expect(await sim.run('docker run Nginx')).toEqual(
      fail(help('invalid reference format: repository name (library/Nginx) must be lowercase'), 125),
    );
    expect(await sim.run('docker run --pull=sometimes alpine')).toEqual(
      fail(help('invalid pull option: \'sometimes\': must be one of "always", "missing" or "never"'), 125),
    );
    expect(await sim.run('docker run --pull=never busybox')).toEqual(
      fail(help('Error response from daemon: No such image: busybox:latest'), 125),
    );
  });

  it('reports flag errors with the usage line (125) and a missing image argument (1)', async () => {
    const { sim } = setup();
    expect(await sim.run('docker run')).toEqual(
      fail(
        "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
      ),
    );
    expect(await sim.run('docker run --nope alpine')).toEqual(fail(`unknown flag: --nope${USAGE}`, 125));
    expect(await sim.run('docker run -a stdall alpine')).toEqual(
      fail(`invalid argument "stdall" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR${USAGE}`, 125),
    );
    expect(await sim.run('docker run -e =x alpine')).toEqual(
      fail(`invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x${USAGE}`, 125),
    );
    expect(await sim.run('docker run -d -a stdout alpine')).toEqual(fail('conflicting options: cannot specify both --attach and --detach\n'));
    expect(await sim.run('docker run --cpu-count 2 alpine')).toEqual(
      fail('"--cpu-count" is only supported on a Docker daemon running on windows, but the Docker daemon is running on linux\n'),
    );
  });

  it('an attached run ends at the first exit, even when the restart policy brings it back', async () => {
    const { sim, byName } = await pulled();
    expect(await sim.run('docker run --restart always --name flaky alpine false')).toEqual(fail('', 1));
    expect(byName('flaky')).toMatchObject({ state: { status: 'restarting', exitCode: 1 } });
  });

  it('takes everything after the image as the command, flags included', async () => {
    const { sim } = await pulled();
    expect(await sim.run('docker run alpine echo -d --rm')).toEqual(ok('-d --rm\n'));
  });

  it('prints its help with every run/create option', async () => {
    const { sim } = setup();
    expect(await sim.run('docker run --help')).toEqual(ok(RUN_HELP));
    const long = await sim.run('docker container run --help');
    expect(long.stdout.split('\n')[0]).toBe('Usage:  docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]');
    expect(long.stdout.split('\n').slice(1)).toEqual(RUN_HELP.split('\n').slice(1));
  });
});
