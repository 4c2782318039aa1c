import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

async function setup(files: Record<string, string> = {}) {
  const sim = createSimulator({ seed: 5, clock: () => T0, files });
  await sim.run('docker pull -q nginx');
  await sim.run('docker pull -q alpine');
  await sim.run('docker run -d --name web nginx');
  const id = (name: string) =>
    Object.values((sim.snapshot() as unknown as { world: { containers: Record<string, { id: string; name: string }> } }).world.containers).find((c) => c.name === name)!.id;
  return { sim, id };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });
const OCI = 'OCI runtime exec failed: exec failed: unable to start container process: ';

describe('docker exec', () => {
  it('runs a program in a running container and prints its output', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker exec web ls /usr/share/nginx/html')).toEqual(ok('50x.html\nindex.html\n'));
    expect(await sim.run('docker container exec web cat /etc/hostname')).toEqual(ok(`${(await sim.run('docker inspect -f "{{.Config.Hostname}}" web')).stdout}`));
    expect(await sim.run("docker exec web sh -c 'echo $0; exit 3'")).toEqual({ stdout: 'sh\n', stderr: '', exitCode: 3 });
  });

  it('passes stderr through, and merges it into stdout with -t', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker exec web ls /nope')).toEqual(fail("ls: cannot access '/nope': No such file or directory\n", 2));
    expect(await sim.run('docker exec -t web ls /nope')).toEqual({ stdout: "ls: cannot access '/nope': No such file or directory\n", stderr: '', exitCode: 2 });
  });

  it('prints runc\'s error on stdout for a missing program (127), a directory or a non-executable (126)', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker exec web nope')).toEqual({ stdout: `${OCI}exec: "nope": executable file not found in $PATH: unknown\n`, stderr: '', exitCode: 127 });
    expect(await sim.run('docker exec web /bin/nope')).toEqual({ stdout: `${OCI}exec: "/bin/nope": stat /bin/nope: no such file or directory: unknown\n`, stderr: '', exitCode: 127 });
    expect(await sim.run('docker exec web /etc')).toEqual({ stdout: `${OCI}exec: "/etc": is a directory: unknown: permission denied\n`, stderr: '', exitCode: 126 });
    expect(await sim.run('docker exec web /etc/passwd')).toEqual({ stdout: `${OCI}exec: "/etc/passwd": permission denied: unknown\n`, stderr: '', exitCode: 126 });
    expect(await sim.run('docker exec -w /nope web ls')).toEqual({
      stdout: `${OCI}chdir to cwd ("/nope") set in config.json failed: no such file or directory: unknown\n`,
      stderr: '',
      exitCode: 127,
    });
  });

  it('sets the environment: the container\'s, then --env-file, then -e (a bare name from the host)', async () => {
    const { sim } = await setup({ 'app.env': 'A=1\n# comment\nB=two\n' });
    await sim.run('export FROM_HOST=yes');
    const r = await sim.run('docker exec --env-file app.env -e B=3 -e FROM_HOST -e NGINX_VERSION -w /tmp web env');
    expect(r).toEqual(
      ok(
        [
          'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          `HOSTNAME=${(await sim.run('docker exec web hostname')).stdout.trim()}`,
          'NJS_VERSION=1.0.0',
          'NJS_RELEASE=1~trixie',
          'ACME_VERSION=0.4.1',
          'PKG_RELEASE=1~trixie',
          'DYNPKG_RELEASE=1~trixie',
          'A=1',
          'B=3',
          'FROM_HOST=yes',
          'HOME=/root',
          '',
        ].join('\n'),
      ),
    );
    expect(await sim.run('docker exec --env-file nope.env web env')).toEqual(fail('open nope.env: no such file or directory\n'));
  });

  it('runs as another user with -u, and refuses one the container does not know', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker exec -u nginx web id')).toEqual(ok('uid=101(nginx) gid=101(nginx) groups=101(nginx)\n'));
    expect(await sim.run('docker exec -u 4242 web whoami')).toEqual(fail('whoami: cannot find name for user ID 4242\n'));
    expect(await sim.run('docker exec -u nope web id')).toEqual(fail('Error response from daemon: unable to find user nope: no matching entries in passwd file\n'));
  });

  it('refuses a missing, stopped or paused container with the daemon\'s words', async () => {
    const { sim, id } = await setup();
    expect(await sim.run('docker exec nope ls')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    await sim.run('docker pause web');
    expect(await sim.run('docker exec web ls')).toEqual(fail('Error response from daemon: Container web is paused, unpause the container before exec\n'));
    await sim.run('docker unpause web');
    await sim.run('docker stop web');
    expect(await sim.run('docker exec web ls')).toEqual(fail(`Error response from daemon: container ${id('web')} is not running\n`));
  });

  it('reads piped stdin with -i', async () => {
    const { sim } = await setup();
    expect(await sim.run("printf 'one\\ntwo\\n' | docker exec -i web wc -l")).toEqual(ok('2\n'));
    expect(await sim.run("printf 'one\\n' | docker exec web wc -l")).toEqual(ok('0\n'));
  });

  it('enters a shell with -it; exit leaves the container running', async () => {
    const { sim, id } = await setup();
    const short = id('web').slice(0, 12);
    expect(await sim.run('docker exec -it web bash')).toEqual(ok(''));
    expect(sim.prompt).toBe(`root@${short}:/# `);
    expect(await sim.run('cd /etc/nginx && ls')).toEqual(ok('conf.d\tnginx.conf\n'));
    expect(sim.prompt).toBe(`root@${short}:/etc/nginx# `);
    expect(await sim.run('exit 4')).toEqual({ stdout: '', stderr: 'exit\n', exitCode: 4 });
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
    expect((await sim.run('docker ps --format "{{.Names}} {{.Status}}"')).stdout).toBe('web Up Less than a second\n');
  });

  it('says so when the shell is missing in the image (alpine has no bash)', async () => {
    const { sim } = await setup();
    await sim.run('docker run -d --name box alpine sleep 1000');
    expect(await sim.run('docker exec -it box bash')).toEqual({ stdout: `${OCI}exec: "bash": executable file not found in $PATH: unknown\n`, stderr: '', exitCode: 127 });
    expect(await sim.run('docker exec -it box sh')).toEqual(ok(''));
    expect(sim.prompt).toBe('/ # ');
    expect(await sim.run('ps')).toEqual(ok('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 1000\n    7 root      0:00 sh\n    8 root      0:00 ps\n'));
    expect(await sim.run('exit')).toEqual(ok(''));
  });

  it('runs a detached command and returns at once (-d)', async () => {
    const { sim } = await setup();
    expect(await sim.run("docker exec -d web sh -c 'echo made > /tmp/made'")).toEqual(ok(''));
    expect(await sim.run('docker exec web cat /tmp/made')).toEqual(ok('made\n'));
  });

  it('checks flags as the CLI does: -e syntax (125), detach keys, argument count', async () => {
    const { sim } = await setup();
    expect(await sim.run('docker exec -e =x web env')).toEqual(
      fail('invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nRun \'docker exec --help\' for more information\n', 125),
    );
    expect(await sim.run('docker exec --detach-keys ctrl-xx web ls')).toEqual(fail("invalid detach keys (ctrl-xx): Unknown character: 'ctrl-xx'\n"));
    expect(await sim.run('docker exec web')).toEqual(
      fail("docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'docker exec --help' for more information\n"),
    );
    expect(await sim.run('docker exec --nope web ls')).toEqual(
      fail("unknown flag: --nope\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nRun 'docker exec --help' for more information\n", 125),
    );
  });
});
