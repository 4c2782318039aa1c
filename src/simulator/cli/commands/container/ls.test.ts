import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);

async function setup() {
  let now = START;
  const sim = createSimulator({ seed: 1, clock: () => now });
  const must = async (line: string) => {
    const r = await sim.run(line);
    expect(r.exitCode, `${line}: ${r.stderr}`).toBe(0);
    return r.stdout;
  };
  await must('docker pull -q nginx');
  await must('docker pull -q alpine');
  await must('docker run -d --name web nginx');
  await must('docker run --name hi alpine echo hi');
  await must('docker create --name idle -l app=demo -l tier=db alpine');
  now += 150_000;
  return { sim, advance: (s: number) => (now += s * 1000) };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

const HEADER = 'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                     PORTS     NAMES\n';

describe('docker ps', () => {
  it('lists running containers in the default table', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker ps')).toEqual(
      ok(
        'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES\n' +
          'ae993a0ba8c8   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   80/tcp    web\n',
      ),
    );
  });

  it('-a lists every container, newest first, with the status text', async () => {
    const { sim } = await setup();
    const want = ok(
      HEADER +
        'c4c948fb2062   alpine    "/bin/sh"                2 minutes ago   Created                              idle\n' +
        'f6d20faefe23   alpine    "echo hi"                2 minutes ago   Exited (0) 2 minutes ago             hi\n' +
        'ae993a0ba8c8   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes               80/tcp    web\n',
    );
    expect(await sim.run('docker ps -a')).toEqual(want);
    expect(await sim.run('docker container ls --all')).toEqual(want);
    expect(await sim.run('docker container list -a')).toEqual(want);
  });

  it('-s adds the SIZE column', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker ps -s')).toEqual(
      ok(
        'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES     SIZE\n' +
          'ae993a0ba8c8   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   80/tcp    web       0B (virtual 164MB)\n',
      ),
    );
  });

  it('--no-trunc shows full ids and commands', async () => {
    const { sim } = await setup();
    expect((await sim.run('docker ps --no-trunc')).stdout).toBe(
      'CONTAINER ID                                                       IMAGE     COMMAND                                          CREATED         STATUS         PORTS     NAMES\n' +
        'ae993a0ba8c8cfde067b807c493bb1f0322189b0237d84e727cd2022d02e66f3   nginx     "/docker-entrypoint.sh nginx -g \'daemon off;\'"   2 minutes ago   Up 2 minutes   80/tcp    web\n',
    );
  });

  it('-q, -l and -n', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker ps -aq')).toEqual(ok('c4c948fb2062\nf6d20faefe23\nae993a0ba8c8\n'));
    expect(await sim.run('docker ps -lq')).toEqual(ok('c4c948fb2062\n'));
    expect(await sim.run('docker ps -n 2 -q')).toEqual(ok('c4c948fb2062\nf6d20faefe23\n'));
  });

  it('filters by status, name, ancestor, id, exited, label, before and since', async () => {
    const { sim } = await setup();
    const names = async (f: string) => (await sim.run(`docker ps -a ${f} --format "{{.Names}}"`)).stdout;
    expect(await sim.run('docker ps -f status=exited --format "{{.Names}}"')).toEqual(ok('hi\n'));
    expect(await names('-f name=we')).toBe('web\n');
    expect(await names('-f ancestor=alpine')).toBe('idle\nhi\n');
    expect(await names('-f id=f6d')).toBe('hi\n');
    expect(await names('-f exited=0')).toBe('hi\n');
    expect(await names('-f label=app=demo -f label=tier')).toBe('idle\n');
    expect(await names('-f before=hi')).toBe('web\n');
    expect(await names('-f since=web')).toBe('idle\nhi\n');
    expect(await names('-f network=bridge -f name=web')).toBe('web\n');
    expect(await names('-f network=host')).toBe('');
    expect(await names('-f volume=/data')).toBe('');
    expect(await names('-f isolation=default -f name=hi')).toBe('hi\n');
  });

  it('reports the daemon\'s filter errors', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker ps -f foo=bar')).toEqual(fail("Error response from daemon: invalid filter 'foo'\n"));
    expect(await sim.run('docker ps -f status=up')).toEqual(
      fail(
        "Error response from daemon: invalid filter 'status=up': invalid value for state (up): must be one of created, running, paused, restarting, removing, exited, dead\n",
      ),
    );
    expect(await sim.run('docker ps -f exited=x')).toEqual(
      fail('Error response from daemon: invalid filter \'exited=x\': strconv.Atoi: parsing "x": invalid syntax\n'),
    );
    expect(await sim.run('docker ps -f health=ok')).toEqual(
      fail("Error response from daemon: invalid filter 'health=ok': invalid value for health (ok): must be one of none, starting, healthy, unhealthy\n"),
    );
    expect(await sim.run('docker ps -f since=nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
  });

  it('rejects a filter without "=" as a flag error', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker container list -f nofmt')).toEqual(
      fail(
        'invalid argument "nofmt" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker container ls [OPTIONS]\n\nRun \'docker container ls --help\' for more information\n',
        125,
      ),
    );
  });

  it('renders --format templates, tables and json', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker ps -a --format "table {{.ID}}\\t{{.Names}}\\t{{.State}}"')).toEqual(
      ok('CONTAINER ID   NAMES     STATE\nc4c948fb2062   idle      created\nf6d20faefe23   hi        exited\nae993a0ba8c8   web       running\n'),
    );
    expect(await sim.run('docker ps -a -f name=idle --format "{{.Labels}}|{{.Label \\"tier\\"}}|{{.Networks}}|{{.CreatedAt}}"')).toEqual(
      ok('app=demo,tier=db|db|bridge|2026-03-02 09:00:06 +0000 UTC\n'),
    );
    expect(await sim.run('docker ps --format json')).toEqual(
      ok(
        '{"Command":"\\"/docker-entrypoint.…\\"","CreatedAt":"2026-03-02 09:00:06 +0000 UTC","HealthStatus":"","ID":"ae993a0ba8c8","Image":"nginx","Labels":"maintainer=NGINX Docker Maintainers \\u003cdocker-maint@nginx.com\\u003e","LocalVolumes":"0","Mounts":"","Names":"web","Networks":"bridge","Platform":{"architecture":"amd64","os":"linux"},"Ports":"80/tcp","RunningFor":"2 minutes ago","Size":"0B","State":"running","Status":"Up 2 minutes"}\n',
      ),
    );
  });

  it('--format json marshals the context as json.Marshal does (HTML escaped)', async () => {
    const { sim } = await setup();
    await sim.run('docker create --name odd -l "x=<y>" alpine');
    expect((await sim.run('docker ps -a -f name=odd --format json')).stdout).toContain('"Labels":"x=\\u003cy\\u003e"');
  });

  it('turns on sizes when the template uses .Size', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker ps --format "{{.Names}} {{.Size}}"')).toEqual(ok('web 0B (virtual 164MB)\n'));
  });

  it('checks the template before listing', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker ps --format "{{.Foo}}"')).toEqual(
      fail('failed to execute template: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n'),
    );
    expect(await sim.run('docker ps --format "{{.ID"')).toEqual(fail('failed to parse template: template: :1: unclosed action\n'));
  });

  it('warns that -q wins over --format', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker ps -q --format "{{.Names}}"')).toEqual({
      stdout: 'ae993a0ba8c8\n',
      stderr: 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n',
      exitCode: 0,
    });
  });

  it('counts time on the simulated clock', async () => {
    const { sim, advance } = await setup();
    advance(3 * 3600);
    expect((await sim.run('docker ps -a --format "{{.RunningFor}}|{{.Status}}"')).stdout).toBe(
      '3 hours ago|Created\n3 hours ago|Exited (0) 3 hours ago\n3 hours ago|Up 3 hours\n',
    );
  });

  it('refuses arguments and unknown flags', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker ps web')).toEqual(
      fail("docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n"),
    );
    expect(await sim.run('docker ps --bogus')).toEqual(
      fail("unknown flag: --bogus\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", 125),
    );
  });
});
