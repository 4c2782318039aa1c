import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  state: { status: string; exitCode: number; error: string };
}

function setup() {
  const sim = createSimulator({ seed: 9, clock: () => Date.UTC(2026, 2, 2, 9, 0, 0) });
  const byName = (name: string) =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers).find((c) => c.name === name);
  return { sim, byName };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });
const NOT_FOUND =
  'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nope": executable file not found in $PATH';

describe('docker start', () => {
  it('starts created and exited containers, printing each argument as given', async () => {
    const { sim, byName } = setup();
    await sim.run('docker create --name web nginx');
    await sim.run('docker run --name once alpine echo hi');
    const id = byName('web')!.id;
    expect(await sim.run(`docker start ${id.slice(0, 12)} once`)).toEqual(ok(`${id.slice(0, 12)}\nonce\n`));
    expect(byName('web')!.state.status).toBe('running');
    expect(byName('once')!.state).toMatchObject({ status: 'exited', exitCode: 0 });
  });

  it('succeeds silently for a container that is already running', async () => {
    const { sim } = setup();
    await sim.run('docker run -d --name web nginx');
    expect(await sim.run('docker container start web')).toEqual(ok('web\n'));
  });

  it('reports each failure as it happens and sums them up at the end', async () => {
    const { sim } = setup();
    await sim.run('docker create --name web nginx');
    expect(await sim.run('docker start nope web gone')).toEqual({
      stdout: 'web\n',
      stderr:
        'Error response from daemon: No such container: nope\nError response from daemon: No such container: gone\nfailed to start containers: nope, gone\n',
      exitCode: 1,
    });
  });

  it('fails with the runtime error when the command does not exist (exit code 127 recorded)', async () => {
    const { sim, byName } = setup();
    await sim.run('docker create --name bad alpine nope');
    expect(await sim.run('docker start bad')).toEqual(fail(`${NOT_FOUND}\nfailed to start containers: bad\n`));
    expect(byName('bad')!.state).toMatchObject({ status: 'created', exitCode: 127 });
  });

  it('-a streams the output and ends with the container\'s exit code', async () => {
    const { sim } = setup();
    await sim.run('docker create --name hi alpine echo hello');
    await sim.run('docker create --name no alpine false');
    expect(await sim.run('docker start -a hi')).toEqual(ok('hello\n'));
    expect(await sim.run('docker start --attach hi')).toEqual(ok('hello\n'));
    expect(await sim.run('docker start -a no')).toEqual(fail('', 1));
  });

  it('-a takes one container only, and reports a start failure as the daemon error', async () => {
    const { sim } = setup();
    await sim.run('docker create --name hi alpine echo hello');
    await sim.run('docker create --name bad alpine nope');
    expect(await sim.run('docker start -a hi hi')).toEqual(fail('you cannot start and attach multiple containers at once\n'));
    expect(await sim.run('docker start -ai bad')).toEqual(fail(`${NOT_FOUND}\n`));
    expect(await sim.run('docker start -a nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
  });

  it('refuses the experimental checkpoint flags', async () => {
    const { sim } = setup();
    await sim.run('docker create --name web nginx');
    expect(await sim.run('docker start --checkpoint cp1 web')).toEqual(
      fail('"--checkpoint" is only supported on a Docker daemon with experimental features enabled\n'),
    );
  });

  it('rejects an unknown flag and a missing argument, and prints its help', async () => {
    const { sim } = setup();
    expect(await sim.run('docker start --all')).toEqual(
      fail("unknown flag: --all\n\nUsage:  docker start [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker start --help' for more information\n", 125),
    );
    expect(await sim.run('docker start')).toEqual(
      fail("docker: 'docker start' requires at least 1 argument\n\nUsage:  docker start [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker start --help' for more information\n"),
    );
    expect(await sim.run('docker start --help')).toEqual(
      ok(
        [
          'Usage:  docker start [OPTIONS] CONTAINER [CONTAINER...]',
          '',
          'Start one or more stopped containers',
          '',
          'Aliases:',
          '  docker container start, docker start',
          '',
          'Options:',
          '  -a, --attach               Attach STDOUT/STDERR and forward signals',
          '      --detach-keys string   Override the key sequence for detaching a',
          '                             container',
          "  -i, --interactive          Attach container's STDIN",
          '',
        ].join('\n'),
      ),
    );
  });
});
