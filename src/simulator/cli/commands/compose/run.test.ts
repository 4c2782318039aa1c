import { describe, expect, it } from 'vitest';
import { fail, flagError, lines, ok, setup, type Setup } from './test-setup.ts';

const runName = (s: Setup, service: string) =>
  Object.values(s.world().containers).find((c) => c.name.startsWith(`app-${service}-run-`))?.name ?? '';

describe('docker compose run', () => {
  it('starts the dependencies, runs a one-off container attached; --rm removes it after', async () => {
    const s = await setup();
    const r = await s.run('docker compose run --rm web echo hello');
    expect(r).toEqual(ok('hello\n', lines(
      ' Network app_default Creating ', ' Network app_default Created ', ' Volume app_data Creating ', ' Volume app_data Created ',
      ' Container app-cache-1 Creating ', ' Container app-cache-1 Created ', ' Container app-cache-1 Starting ', ' Container app-cache-1 Started ',
      ' Container app-web-run-be500ba0c4c9 Creating ', ' Container app-web-run-be500ba0c4c9 Created ',
    )));
    expect(await s.run("docker ps -a --format '{{.Names}} {{.Status}}'")).toEqual(ok('app-cache-1 Up 1 second\n'));
  });

  it('a running dependency is reported Running; the exit status is compose\'s, with an empty error line', async () => {
    const s = await setup({ up: true });
    const r = await s.run("docker compose run web sh -c 'exit 2'");
    const name = runName(s, 'web');
    expect(name).toMatch(/^app-web-run-[0-9a-f]{12}$/);
    expect(r).toEqual(fail(`${lines(' Container app-cache-1 Running ', ` Container ${name} Creating `, ` Container ${name} Created `)}\n`, 2));
    expect(await s.run(`docker inspect -f '{{.State.Status}} {{index .Config.Labels "com.docker.compose.oneoff"}}' ${name}`)).toEqual(ok('exited True\n'));
  });

  it('-d prints the container ID; --name, -e, labels, no restart policy, only its own name as alias', async () => {
    const s = await setup({ up: true });
    const r = await s.run("docker compose run -d --name oneoff -e X=1 -l team=ops cache sh -c 'sleep 60'");
    const id = Object.values(s.world().containers).find((c) => c.name === 'oneoff')?.id;
    expect(r).toEqual(ok(`${id}\n`, lines(' Container oneoff Creating ', ' Container oneoff Created ')));
    const fmt = '{{.State.Status}} {{.HostConfig.RestartPolicy.Name}} {{json .NetworkSettings.Networks.app_default.Aliases}} {{index .Config.Labels "team"}}';
    expect(await s.run(`docker inspect -f '${fmt}' oneoff`)).toEqual(ok('running no ["oneoff"] ops\n'));
    expect(await s.run('docker compose exec oneoff ls')).toEqual(fail('service "oneoff" is not running\n'));
    expect(await s.run("docker compose exec cache sh -c 'echo ok'")).toEqual(ok('ok\n'));
  });

  it('--entrypoint replaces the entrypoint and clears the command; --no-deps starts nothing else', async () => {
    const s = await setup();
    expect(await s.run("docker compose run --rm --no-deps --entrypoint 'echo' web from entry")).toEqual(ok('from entry\n', lines(
      // The volume of the (unstarted) dependency is still the project's: compose creates it.
      ' Network app_default Creating ', ' Network app_default Created ', ' Volume app_data Creating ', ' Volume app_data Created ',
      ' Container app-web-run-1ac7259cf6d2 Creating ', ' Container app-web-run-1ac7259cf6d2 Created ',
    )));
    expect(await s.run('docker ps -aq')).toEqual(ok(''));
  });

  it('publishes only --publish ports unless --service-ports', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose run -d --name p1 -p 9090:80 web');
    expect(await s.run("docker port p1")).toEqual(ok('80/tcp -> 0.0.0.0:9090\n80/tcp -> [::]:9090\n'));
    await s.run('docker compose stop web');
    await s.run('docker compose run -d --name p2 --service-ports web');
    expect(await s.run("docker port p2")).toEqual(ok('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n'));
  });

  it('on a terminal, a shell takes the terminal; its exit ends the run', async () => {
    const s = await setup({ up: true });
    expect((await s.sim.run('docker compose run --rm cache sh', { tty: true })).exitCode).toBe(0);
    expect(s.sim.prompt).toMatch(/^\/data # $/);
    expect(await s.sim.run('echo in-run', { tty: true })).toEqual(ok('in-run\n'));
    expect(await s.sim.run('exit 5', { tty: true })).toEqual(fail('\n', 5));
    expect(await s.run("docker ps -a --format '{{.Names}}'")).toEqual(ok('app-web-1\napp-cache-1\n'));
  });

  it('checks its arguments and flags as compose does', async () => {
    const s = await setup();
    expect(await s.run('docker compose run')).toEqual(fail('requires at least 1 arg(s), only received 0\n'));
    expect(await s.run('docker compose run nope ls')).toEqual(fail('no such service: nope\n'));
    expect(await s.run('docker compose run --service-ports -p 1:1 web ls')).toEqual(fail('--service-ports and --publish are incompatible\n'));
    expect(await s.run('docker compose run --tty --no-tty web ls')).toEqual(fail("--tty and --no-tty can't be used together\n"));
    expect(await s.run('docker compose run -l nolabel web ls')).toEqual(fail('label must be set as KEY=VALUE\n'));
    expect(await s.run('docker compose run --foo web')).toEqual(flagError('unknown flag: --foo'));
    await s.run('cd /');
    expect(await s.run('docker compose run web ls')).toEqual(fail('no configuration file provided: not found\n'));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose run --help')).toEqual(ok(HELP));
  });
});

const HELP = `Usage:  docker compose run [OPTIONS] SERVICE [COMMAND] [ARGS...]

Run a one-off command on a service

Options:
      --build                       Build image before starting container
      --cap-add list                Add Linux capabilities
      --cap-drop list               Drop Linux capabilities
  -d, --detach                      Run container in background and print
                                    container ID
      --dry-run                     Execute command in dry run mode
      --entrypoint string           Override the entrypoint of the image
  -e, --env stringArray             Set environment variables
      --env-from-file stringArray   Set environment variables from file
  -i, --interactive                 Keep STDIN open even if not attached
                                    (default true)
  -l, --label stringArray           Add or override a label
      --name string                 Assign a name to the container
      --no-deps                     Don't start linked services
  -T, --no-tty                      Disable pseudo-TTY allocation
                                    (default: auto-detected)
  -p, --publish stringArray         Publish a container's port(s) to the host
      --pull string                 Pull image before running
                                    ("always"|"missing"|"never") (default
                                    "policy")
  -q, --quiet                       Don't print anything to STDOUT
      --quiet-build                 Suppress progress output from the
                                    build process
      --quiet-pull                  Pull without printing progress information
      --remove-orphans              Remove containers for services not
                                    defined in the Compose file
      --rm                          Automatically remove the container
                                    when it exits
  -P, --service-ports               Run command with all service's ports
                                    enabled and mapped to the host
      --use-aliases                 Use the service's network useAliases
                                    in the network(s) the container
                                    connects to
  -u, --user string                 Run as specified username or uid
  -v, --volume stringArray          Bind mount a volume
  -w, --workdir string              Working directory inside the container
`;
