import { describe, expect, it } from 'vitest';
import { createSimulator } from '../index.ts';
import { rootHelp } from './root.ts';

const now = Date.parse('2026-09-01T10:00:00Z');
const sim = () => createSimulator({ seed: 1, clock: () => now });

const ROOT_HELP = `Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  bake        Build from a file
  pull        Download an image from a registry
  push        Upload an image to a registry
  images      List images
  login       Authenticate to a registry
  logout      Log out from a registry
  search      Search Docker Hub for images
  version     Show the Docker version information
  info        Display system-wide information

Management Commands:
  builder     Manage builds
  buildx*     Docker Buildx
  compose*    Docker Compose
  container   Manage containers
  context     Manage contexts
  image       Manage images
  manifest    Manage Docker image manifests and manifest lists
  network     Manage networks
  plugin      Manage plugins
  system      Manage Docker
  volume      Manage volumes

Swarm Commands:
  swarm       Manage Swarm

Commands:
  attach      Attach local standard input, output, and error streams to a running container
  commit      Create a new image from a container's changes
  cp          Copy files/folders between a container and the local filesystem
  create      Create a new container
  diff        Inspect changes to files or directories on a container's filesystem
  events      Get real time events from the server
  export      Export a container's filesystem as a tar archive
  history     Show the history of an image
  import      Import the contents from a tarball to create a filesystem image
  inspect     Return low-level information on Docker objects
  kill        Kill one or more running containers
  load        Load an image from a tar archive or STDIN
  logs        Fetch the logs of a container
  pause       Pause all processes within one or more containers
  port        List port mappings or a specific mapping for the container
  rename      Rename a container
  restart     Restart one or more containers
  rm          Remove one or more containers
  rmi         Remove one or more images
  save        Save one or more images to a tar archive (streamed to STDOUT by default)
  start       Start one or more stopped containers
  stats       Display a live stream of container(s) resource usage statistics
  stop        Stop one or more running containers
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
  top         Display the running processes of a container
  unpause     Unpause all processes within one or more containers
  update      Update configuration of one or more containers
  wait        Block until one or more containers stop, then print their exit codes

Global Options:
      --config string      Location of client config files (default
                           "/home/learner/.docker")
  -c, --context string     Name of the context to use to connect to the
                           daemon (overrides DOCKER_HOST env var and
                           default context set with "docker context use")
  -D, --debug              Enable debug mode
  -H, --host string        Daemon socket to connect to
  -l, --log-level string   Set the logging level ("debug", "info",
                           "warn", "error", "fatal") (default "info")
      --tls                Use TLS; implied by --tlsverify
      --tlscacert string   Trust certs signed only by this CA (default
                           "/home/learner/.docker/ca.pem")
      --tlscert string     Path to TLS certificate file (default
                           "/home/learner/.docker/cert.pem")
      --tlskey string      Path to TLS key file (default
                           "/home/learner/.docker/key.pem")
      --tlsverify          Use TLS and verify the remote
  -v, --version            Print version information and quit

Run 'docker COMMAND --help' for more information on a command.

For more help on how to use Docker, head to https://docs.docker.com/go/guides/
`;

const SYSTEM_HELP = `Usage:  docker system COMMAND

Manage Docker

Commands:
  df          Show docker disk usage
  events      Get real time events from the server
  info        Display system-wide information
  prune       Remove unused data

Run 'docker system COMMAND --help' for more information on a command.
`;

const err = (stderr: string, exitCode: number) => ({ stdout: '', stderr, exitCode });
const out = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('the root command', () => {
  it('lays out `docker --help` as docker/cli does with the buildx and compose plugins', () => {
    expect(rootHelp()).toBe(ROOT_HELP);
  });

  it('prints the help on stderr for `docker` alone and succeeds', async () => {
    expect(await sim().run('docker')).toEqual(err(ROOT_HELP, 0));
  });

  it('prints the help on stdout for --help, help and --help with an unknown word', async () => {
    const s = sim();
    expect(await s.run('docker --help')).toEqual(out(ROOT_HELP));
    expect(await s.run('docker help')).toEqual(out(ROOT_HELP));
    expect(await s.run('docker --help foo')).toEqual(out(ROOT_HELP));
  });

  it('warns about the deprecated -h shorthand', async () => {
    expect(await sim().run('docker -h')).toEqual({
      stdout: ROOT_HELP,
      stderr: 'Flag shorthand -h has been deprecated, use --help\n',
      exitCode: 0,
    });
  });

  it('draws the closing line in bold on a terminal, plain in the result', async () => {
    const chunks: string[] = [];
    const r = await sim().run('docker --help', { tty: true, onOutput: (t) => chunks.push(t) });
    expect(r).toEqual(out(ROOT_HELP));
    expect(chunks.join('')).toContain('\x1b[1mFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\x1b[0m');
  });

  it('prints the version for -v and --version', async () => {
    const s = sim();
    expect(await s.run('docker --version')).toEqual(out('Docker version 29.7.2, build a7dcaa6\n'));
    expect(await s.run('docker -v')).toEqual(out('Docker version 29.7.2, build a7dcaa6\n'));
    // --version belongs to the root only: with a command it is that command that runs.
    expect(await s.run("docker -v version --format '{{.Client.Version}}'")).toEqual(out('29.7.2\n'));
  });

  it('rejects an unknown command with exit 1', async () => {
    expect(await sim().run('docker foo')).toEqual(
      err("docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n", 1),
    );
  });

  it('rejects unknown global flags with the usage line and exit 125', async () => {
    const usage = "\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n";
    const s = sim();
    expect(await s.run('docker --nope')).toEqual(err(`unknown flag: --nope${usage}`, 125));
    expect(await s.run('docker -x ps')).toEqual(err(`unknown shorthand flag: 'x' in -x${usage}`, 125));
    expect(await s.run('docker -H')).toEqual(err(`flag needs an argument: 'H' in -H${usage}`, 125));
    expect(await s.run('docker -H a -H b ps')).toEqual(
      err(`invalid argument "b" for "-H, --host" flag: specify only one -H${usage}`, 125),
    );
    // After an unknown command word the root parses the rest, flags included.
    expect(await s.run('docker foo --bar')).toEqual(err(`unknown flag: --bar${usage}`, 125));
  });
});

describe('docker help COMMAND', () => {
  it("prints a command's help as --help does", async () => {
    const s = sim();
    const viaFlag = await s.run('docker version --help');
    expect(viaFlag.stdout.startsWith('Usage:  docker version [OPTIONS]\n\nShow the Docker version information\n')).toBe(true);
    expect(await s.run('docker help version')).toEqual(viaFlag);
    expect(await s.run('docker help system df')).toEqual(await s.run('docker system df --help'));
    expect(await s.run('docker help system')).toEqual(out(SYSTEM_HELP));
  });

  it('reports an unknown help topic with exit 1', async () => {
    const s = sim();
    expect(await s.run('docker help foo')).toEqual(err('unknown help topic: foo\n', 1));
    expect(await s.run('docker help system nope')).toEqual(err('unknown help topic: nope\n', 1));
    expect(await s.run('docker help version extra')).toEqual(err('unknown help topic: extra\n', 1));
  });
});

describe('management commands', () => {
  it('print their help on stderr alone and on stdout with --help', async () => {
    const s = sim();
    expect(await s.run('docker system')).toEqual(err(SYSTEM_HELP, 0));
    expect(await s.run('docker system --help')).toEqual(out(SYSTEM_HELP));
    // A --help before the subcommand is the same persistent flag: the subcommand's help.
    expect(await s.run('docker system --help df')).toEqual(await s.run('docker system df --help'));
  });

  it('reject an unknown subcommand with their usage line and exit 1', async () => {
    expect(await sim().run('docker system foo')).toEqual(
      err("docker: unknown command: docker system foo\n\nUsage:  docker system\n\nRun 'docker system --help' for more information\n", 1),
    );
    expect(await sim().run('docker container foo')).toEqual(
      err("docker: unknown command: docker container foo\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n", 1),
    );
  });

  it('reject an unknown flag with exit 125', async () => {
    expect(await sim().run('docker system --nope')).toEqual(
      err("unknown flag: --nope\n\nUsage:  docker system\n\nRun 'docker system --help' for more information\n", 125),
    );
    // Before a subcommand, cobra's Traverse returns pflag's bare error.
    expect(await sim().run('docker system --nope=1 df')).toEqual(err('unknown flag: --nope\n', 1));
  });

  it('list the container and image subcommands the simulator has', async () => {
    const r = await sim().run('docker container --help');
    expect(r.stdout.startsWith('Usage:  docker container COMMAND\n\nManage containers\n\nCommands:\n')).toBe(true);
    expect(r.stdout.endsWith("\n\nRun 'docker container COMMAND --help' for more information on a command.\n")).toBe(true);
    const image = await sim().run('docker image --help');
    expect(image.stdout.startsWith('Usage:  docker image COMMAND\n\nManage images\n\nCommands:\n')).toBe(true);
    expect(await sim().run('docker image')).toEqual(err(image.stdout, 0));
  });
});

describe('argument counts and command flags', () => {
  it('reports a missing argument with exit 1', async () => {
    expect(await sim().run('docker run')).toEqual(
      err(
        "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
        1,
      ),
    );
  });

  it('reports extra arguments to a command that takes none', async () => {
    expect(await sim().run('docker system df extra')).toEqual(
      err("docker: 'docker system df' accepts no arguments\n\nUsage:  docker system df [OPTIONS]\n\nRun 'docker system df --help' for more information\n", 1),
    );
  });

  it("reports an unknown flag with the command's usage line and exit 125", async () => {
    expect(await sim().run('docker version --nope')).toEqual(
      err("unknown flag: --nope\n\nUsage:  docker version [OPTIONS]\n\nRun 'docker version --help' for more information\n", 125),
    );
    // Root flags are not the commands' flags.
    expect(await sim().run('docker version -D')).toEqual(
      err("unknown shorthand flag: 'D' in -D\n\nUsage:  docker version [OPTIONS]\n\nRun 'docker version --help' for more information\n", 125),
    );
  });
});

describe('global options', () => {
  it('accepts -D, -l and the default context and socket', async () => {
    const s = sim();
    for (const line of [
      "docker -D version -f '{{.Server.Version}}'",
      "docker --log-level warn version -f '{{.Server.Version}}'",
      "docker --context default version -f '{{.Server.Version}}'",
      "docker -H unix:///var/run/docker.sock version -f '{{.Server.Version}}'",
    ]) {
      expect(await s.run(line)).toEqual(out('29.7.2\n'));
    }
  });

  it('fails on a bad log level before anything else', async () => {
    expect(await sim().run('docker --log-level loud --help')).toEqual(err('Unable to parse logging level: loud\n', 1));
  });

  it('refuses -H together with --context', async () => {
    expect(await sim().run('docker -H tcp://x:2375 --context default info')).toEqual(
      err('conflicting options: cannot specify both --host and --context\n', 1),
    );
  });

  it('cannot reach a daemon elsewhere', async () => {
    const s = sim();
    expect(await s.run('docker -H tcp://10.0.0.5:2375 system df')).toEqual(
      err('Cannot connect to the Docker daemon at tcp://10.0.0.5:2375. Is the docker daemon running?\n', 1),
    );
    expect(await s.run('docker -H localhost system df')).toEqual(
      err('Cannot connect to the Docker daemon at tcp://localhost:2375. Is the docker daemon running?\n', 1),
    );
    expect(await s.run('docker -H unix:///tmp/d.sock system df')).toEqual(
      err(
        'failed to connect to the docker API at unix:///tmp/d.sock; check if the path is correct and if the daemon is running: dial unix /tmp/d.sock: connect: no such file or directory\n',
        1,
      ),
    );
  });

  it('knows only the default context', async () => {
    expect(await sim().run('docker --context foo system df')).toEqual(
      err(
        'Failed to initialize: unable to resolve docker endpoint: context "foo": context not found: open /home/learner/.docker/contexts/meta/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae/meta.json: no such file or directory\n',
        1,
      ),
    );
  });
});

describe('a client that cannot be set up', () => {
  it('prints nothing but the error, even for version and info', async () => {
    const s = sim();
    const version = await s.run('docker --context lab version');
    expect(version.stdout).toBe('');
    expect(version.exitCode).toBe(1);
    expect(version.stderr.startsWith('Failed to initialize: unable to resolve docker endpoint: context "lab": context not found: open /home/learner/.docker/contexts/meta/')).toBe(true);
    expect(await s.run('docker --context lab info')).toEqual(version);
  });
});
