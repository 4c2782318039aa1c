import { describe, expect, it } from 'vitest';
import { fail, flagError, ok, setup } from './test-setup.ts';

describe('docker compose exec', () => {
  it('runs a command in the service container; its status is compose\'s, silently', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose exec web echo hi')).toEqual(ok('hi\n'));
    expect(await s.run("docker compose exec cache sh -c 'exit 4'")).toEqual(fail('', 4));
    expect(await s.run('docker compose exec cache redis-cli ping')).toEqual(ok('PONG\n'));
  });

  it('-e, -u, -w and --index', async () => {
    const s = await setup({ up: true });
    expect(await s.run("docker compose exec -e GREETING=hello web sh -c 'echo $GREETING'")).toEqual(ok('hello\n'));
    expect(await s.run("FROM_HOST=yes docker compose exec -e FROM_HOST web sh -c 'echo $FROM_HOST'")).toEqual(ok('yes\n'));
    expect(await s.run("docker compose exec -u nginx -w /tmp web sh -c 'id -un; pwd'")).toEqual(ok('nginx\n/tmp\n'));
    expect(await s.run('docker compose exec --index 1 web echo first')).toEqual(ok('first\n'));
    expect(await s.run('docker compose exec --index 2 web ls')).toEqual(fail('service "web" is not running container #2\n'));
  });

  it('on a terminal, allocates a TTY: a shell takes the terminal until exit', async () => {
    const s = await setup({ up: true });
    expect(await s.sim.run('docker compose exec web sh', { tty: true })).toEqual(ok(''));
    expect(s.sim.prompt).toBe('/ # ');
    expect(await s.sim.run('cat /etc/alpine-release', { tty: true })).toEqual(ok('3.24.1\n'));
    expect(await s.sim.run('exit 3', { tty: true })).toEqual(fail('', 3));
    expect(s.sim.prompt).toBe('learner@dockyard:~/app$ ');
  });

  it('a TTY needs a terminal on stdin; -T reads the pipe', async () => {
    const s = await setup({ up: true });
    expect(await s.sim.run('echo hello | docker compose exec web cat', { tty: true })).toEqual(
      fail('cannot attach stdin to a TTY-enabled container because stdin is not a terminal\n'),
    );
    expect(await s.sim.run('echo hello | docker compose exec -T web cat', { tty: true })).toEqual(ok('hello\n'));
  });

  it('fails when the service has no running container, and on its arguments and flags', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose exec nope ls')).toEqual(fail('service "nope" is not running\n'));
    await s.run('docker compose stop web');
    expect(await s.run('docker compose exec web ls')).toEqual(fail('service "web" is not running\n'));
    expect(await s.run('docker compose exec web')).toEqual(fail('requires at least 2 arg(s), only received 1\n'));
    expect(await s.run('docker compose exec --bogus web ls')).toEqual(flagError('unknown flag: --bogus'));
    await s.run('cd /');
    expect(await s.run('docker compose exec web ls')).toEqual(fail('no configuration file provided: not found\n'));
  });

  it('prints its help', async () => {
    const s = await setup();
    expect(await s.run('docker compose exec --help')).toEqual(ok(`Usage:  docker compose exec [OPTIONS] SERVICE COMMAND [ARGS...]

Execute a command in a running container

Options:
  -d, --detach            Detached mode: Run command in the background
      --dry-run           Execute command in dry run mode
  -e, --env stringArray   Set environment variables
      --index int         Index of the container if service has multiple
                          replicas
  -T, --no-tty            Disable pseudo-TTY allocation. By default
                          'docker compose exec' allocates a TTY.
      --privileged        Give extended privileges to the process
  -u, --user string       Run the command as this user
  -w, --workdir string    Path to workdir directory for this command
`));
  });
});
