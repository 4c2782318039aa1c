import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const HELP = `Usage:  docker compose [OPTIONS] COMMAND

Define and run multi-container applications with Docker

Options:
      --all-resources              Include all resources, even those not
                                   used by services
      --ansi string                Control when to print ANSI control
                                   characters ("never"|"always"|"auto")
                                   (default "auto")
      --compatibility              Run compose in backward compatibility mode
      --dry-run                    Execute command in dry run mode
      --env-file stringArray       Specify an alternate environment file
  -f, --file stringArray           Compose configuration files
      --parallel int               Control max parallelism, -1 for
                                   unlimited (default -1)
      --profile stringArray        Specify a profile to enable
      --progress string            Set type of progress output (auto,
                                   tty, plain, json, quiet)
      --project-directory string   Specify an alternate working directory
                                   (default: the path of the, first
                                   specified, Compose file)
  -p, --project-name string        Project name

Management Commands:
  bridge      Convert compose files into another model

Commands:
  attach      Attach local standard input, output, and error streams to a service's running container
  build       Build or rebuild services
  commit      Create a new image from a service container's changes
  config      Parse, resolve and render compose file in canonical format
  cp          Copy files/folders between a service container and the local filesystem
  create      Creates containers for a service
  down        Stop and remove containers, networks
  events      Receive real time events from containers
  exec        Execute a command in a running container
  export      Export a service container's filesystem as a tar archive
  images      List images used by the created containers
  kill        Force stop service containers
  logs        View output from containers
  ls          List running compose projects
  pause       Pause services
  port        Print the public port for a port binding
  ps          List containers
  publish     Publish compose application
  pull        Pull service images
  push        Push service images
  restart     Restart service containers
  rm          Removes stopped service containers
  run         Run a one-off command on a service
  scale       Scale services 
  start       Start services
  stats       Display a live stream of container(s) resource usage statistics
  stop        Stop services
  top         Display the running processes
  unpause     Unpause services
  up          Create and start containers
  version     Show the Docker Compose version information
  volumes     List volumes
  wait        Block until containers of all (or specified) services stop.
  watch       Watch build context for service and rebuild/refresh containers when files are updated

Run 'docker compose COMMAND --help' for more information on a command.
`;

describe('docker compose', () => {
  it('prints its own help with --help, alone and through docker help', async () => {
    const sim = createSimulator({ seed: 1 });
    expect(await sim.run('docker compose --help')).toEqual({ stdout: HELP, stderr: '', exitCode: 0 });
    expect(await sim.run('docker compose')).toEqual({ stdout: HELP, stderr: '', exitCode: 0 });
    expect(await sim.run('docker help compose')).toEqual({ stdout: HELP, stderr: '', exitCode: 0 });
  });

  it('prints the help, then fails, for an unknown subcommand', async () => {
    const sim = createSimulator({ seed: 1 });
    expect(await sim.run('docker compose foo')).toEqual({ stdout: HELP, stderr: 'unknown docker command: "compose foo"\n', exitCode: 1 });
  });

  it('parses its own flags before the subcommand; an unknown one is a flag error of compose', async () => {
    const sim = createSimulator({ seed: 1 });
    expect(await sim.run('docker compose -f missing.yaml -p demo --progress plain down')).toEqual({
      stdout: '',
      stderr: 'open /home/learner/missing.yaml: no such file or directory\n',
      exitCode: 1,
    });
    expect(await sim.run('docker compose --foo up')).toEqual({
      stdout: '',
      stderr: 'unknown flag: --foo\n',
      exitCode: 1,
    });
    // compose's FlagErrorFunc (StatusError{1, message}) holds for the root alone and every subcommand.
    expect(await sim.run('docker compose --foo')).toEqual({ stdout: '', stderr: 'unknown flag: --foo\n', exitCode: 1 });
    expect(await sim.run('docker compose -p')).toEqual({ stdout: '', stderr: 'flag needs an argument: \'p\' in -p\n', exitCode: 1 });
    expect(await sim.run('docker compose logs --tail')).toEqual({ stdout: '', stderr: 'flag needs an argument: --tail\n', exitCode: 1 });
    expect(await sim.run('docker compose --parallel x up')).toEqual({
      stdout: '',
      stderr: 'invalid argument "x" for "--parallel" flag: strconv.ParseInt: parsing "x": invalid syntax\n',
      exitCode: 1,
    });
  });

  it('lists --dry-run (persistent) in each subcommand\'s help', async () => {
    const sim = createSimulator({ seed: 1 });
    const r = await sim.run('docker compose down --help');
    expect(r.stdout).toBe(`Usage:  docker compose down [OPTIONS] [SERVICES]

Stop and remove containers, networks

Options:
      --dry-run          Execute command in dry run mode
      --remove-orphans   Remove containers for services not defined in
                         the Compose file
      --rmi string       Remove images used by services. "local" remove
                         only images that don't have a custom tag
                         ("local"|"all")
  -t, --timeout int      Specify a shutdown timeout in seconds
  -v, --volumes          Remove named volumes declared in the "volumes"
                         section of the Compose file and anonymous
                         volumes attached to containers
`);
  });
});
