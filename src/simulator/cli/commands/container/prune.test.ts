import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

interface C {
  id: string;
  name: string;
  created: number;
}

function setup() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 14, clock: () => now });
  const all = () => Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, C> } }).world.containers);
  const idOf = (name: string) => all().find((c) => c.name === name)!.id;
  const names = () => all().map((c) => c.name).sort();
  const advance = (ms: number) => {
    now += ms;
  };
  return { sim, idOf, names, advance };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });
const PROMPT = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';

describe('docker container prune', () => {
  it('asks for confirmation; with no answer on stdin it removes nothing', async () => {
    const { sim, names } = setup();
    await sim.run('docker create --name idle alpine true');
    expect(await sim.run('docker container prune < /dev/null')).toEqual(ok(PROMPT));
    expect(names()).toEqual(['idle']);
  });

  it('waits for the answer typed at the terminal: "y" prunes, anything else or Ctrl+C cancels (exit 0)', async () => {
    const { sim, names, idOf } = setup();
    await sim.run('docker create --name idle alpine true');
    const id = idOf('idle');
    expect(await sim.run('docker container prune')).toEqual(ok(PROMPT));
    expect(sim.prompt).toBe('');
    expect(await sim.run('n')).toEqual(ok(''));
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
    expect(names()).toEqual(['idle']);
    await sim.run('docker container prune; echo "status $?"');
    expect(await sim.interruptInput!()).toEqual(ok('status 0\n'));
    expect(await sim.run('docker container prune')).toEqual(ok(PROMPT));
    expect(await sim.run(' Y ')).toEqual(ok(`Deleted Containers:\n${id}\n\nTotal reclaimed space: 0B\n`));
    expect(names()).toEqual([]);
  });

  it('reads the answer piped into it', async () => {
    const { sim, names, idOf } = setup();
    await sim.run('docker create --name idle alpine true');
    const id = idOf('idle');
    expect(await sim.run('echo n | docker container prune')).toEqual(ok(PROMPT));
    expect(await sim.run('echo y | docker container prune')).toEqual(ok(`${PROMPT}Deleted Containers:\n${id}\n\nTotal reclaimed space: 0B\n`));
    expect(names()).toEqual([]);
  });

  it('-f removes every container that is not running, newest first', async () => {
    const { sim, idOf, names, advance } = setup();
    await sim.run('docker create --name idle alpine true');
    advance(1000);
    await sim.run('docker run --name done alpine true');
    advance(1000);
    await sim.run('docker run -d --name web nginx');
    await sim.run('docker run -d --name held nginx');
    await sim.run('docker pause held');
    const [idle, done] = [idOf('idle'), idOf('done')];
    expect(await sim.run('docker container prune -f')).toEqual(
      ok(`Deleted Containers:\n${done}\n${idle}\n\nTotal reclaimed space: 0B\n`),
    );
    expect(names()).toEqual(['held', 'web']);
    expect(await sim.run('docker container prune --force')).toEqual(ok('Total reclaimed space: 0B\n'));
  });

  it('filters by label and label!', async () => {
    const { sim, idOf, names } = setup();
    await sim.run('docker create --name keep -l keep=yes alpine true');
    await sim.run('docker create --name drop -l tier=tmp alpine true');
    await sim.run('docker create --name other alpine true');
    const [drop, other] = [idOf('drop'), idOf('other')];
    expect(await sim.run('docker container prune -f --filter label=tier=tmp')).toEqual(
      ok(`Deleted Containers:\n${drop}\n\nTotal reclaimed space: 0B\n`),
    );
    expect(await sim.run("docker container prune -f --filter 'label!=keep'")).toEqual(
      ok(`Deleted Containers:\n${other}\n\nTotal reclaimed space: 0B\n`),
    );
    expect(names()).toEqual(['keep']);
  });

  it('filters by until (containers created before a time)', async () => {
    const { sim, idOf, names, advance } = setup();
    await sim.run('docker create --name old alpine true');
    advance(2 * 3600_000);
    await sim.run('docker create --name new alpine true');
    const old = idOf('old');
    expect(await sim.run('docker container prune -f --filter until=1h')).toEqual(
      ok(`Deleted Containers:\n${old}\n\nTotal reclaimed space: 0B\n`),
    );
    expect(names()).toEqual(['new']);
    expect(await sim.run('docker container prune -f --filter until=2026-03-02T09:00:00Z')).toEqual(ok('Total reclaimed space: 0B\n'));
    const young = idOf('new');
    expect(await sim.run('docker container prune -f --filter until=2026-03-03')).toEqual(
      ok(`Deleted Containers:\n${young}\n\nTotal reclaimed space: 0B\n`),
    );
    expect(await sim.run('docker container prune -f --filter until=soon')).toEqual(
      fail('Error response from daemon: failed to parse value as time or duration: invalid seconds "soon": invalid syntax\n'),
    );
  });

  it('rejects a malformed filter (125) and one the daemon does not know (1)', async () => {
    const { sim } = setup();
    expect(await sim.run('docker container prune -f --filter dangling')).toEqual(
      fail(
        'invalid argument "dangling" for "--filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker container prune [OPTIONS]\n\nRun \'docker container prune --help\' for more information\n',
        125,
      ),
    );
    expect(await sim.run('docker container prune -f --filter status=exited')).toEqual(
      fail("Error response from daemon: invalid filter 'status'\n"),
    );
    expect(await sim.run('docker container prune -f --filter until=1h --filter until=2h')).toEqual(
      fail('Error response from daemon: more than one until filter specified\n'),
    );
  });

  it('takes no arguments, has no top-level form, and prints its help', async () => {
    const { sim } = setup();
    expect(await sim.run('docker container prune web')).toEqual(
      fail("docker: 'docker container prune' accepts no arguments\n\nUsage:  docker container prune [OPTIONS]\n\nRun 'docker container prune --help' for more information\n"),
    );
    expect(await sim.run('docker prune')).toEqual(fail("docker: unknown command: docker prune\n\nRun 'docker --help' for more information\n"));
    expect(await sim.run('docker container prune --help')).toEqual(
      ok(
        'Usage:  docker container prune [OPTIONS]\n\nRemove all stopped containers\n\nOptions:\n      --filter filter   Provide filter values (e.g. "until=<timestamp>")\n  -f, --force           Do not prompt for confirmation\n',
      ),
    );
  });
});
