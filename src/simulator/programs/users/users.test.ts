// The account tools in containers: BusyBox adduser/addgroup on alpine and shadow's useradd and
// groupadd on debian, their files (/etc/passwd, /etc/group, homes), `id NAME`, their errors and
// exit codes; Debian slim images have no adduser at all; USER of a built image finds the account.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const err = (stderr: string, exitCode: number) => ({ stdout: '', stderr, exitCode });

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of ['docker pull -q alpine', 'docker pull -q debian:trixie-slim', 'docker run -d --name al alpine sleep infinity', 'docker run -d --name de debian:trixie-slim sleep infinity']) await run(line);
});

describe('BusyBox adduser and addgroup', () => {
  it('adds system and normal users, their groups and homes', async () => {
    expect(await run("docker exec al sh -c 'addgroup -S appgroup && adduser -S appuser -G appgroup && adduser -D bob && id appuser && id bob'")).toEqual({
      stdout: 'uid=100(appuser) gid=101(appgroup) groups=101(appgroup)\nuid=1000(bob) gid=1000(bob) groups=1000(bob)\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker exec al grep -E "^(appuser|bob|appgroup)" /etc/passwd /etc/group')).stdout).toBe(
      '/etc/passwd:appuser:x:100:101:Linux User,,,:/home/appuser:/sbin/nologin\n/etc/passwd:bob:x:1000:1000:Linux User,,,:/home/bob:/bin/sh\n/etc/group:appgroup:x:101:appuser\n/etc/group:bob:x:1000:\n',
    );
    expect((await run('docker exec al ls -ld /home/bob')).stdout).toBe('drwxr-xr-x    2 bob      bob           4096 Nov 25 10:00 /home/bob\n');
  });

  it('refuses names in use, unknown groups and a user that is not root', async () => {
    await run('docker exec al sh -c "addgroup -S appgroup && adduser -D bob"');
    expect(await run('docker exec al adduser -D bob')).toEqual(err("adduser: user 'bob' in use\n", 1));
    expect(await run('docker exec al addgroup -S appgroup')).toEqual(err("addgroup: group 'appgroup' in use\n", 1));
    expect(await run('docker exec al adduser -D -G nope carol')).toEqual(err('adduser: unknown group nope\n', 1));
    expect(await run('docker exec -u bob al adduser -D dave')).toEqual(err('adduser: permission denied (are you root?)\n', 1));
    expect(await run('docker exec al id nope')).toEqual(err('id: unknown user nope\n', 1));
  });

  it('prints its usage without a user name', async () => {
    const r = await run('docker exec al adduser');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^BusyBox v1\.37\.0 .*\n\nUsage: adduser \[OPTIONS\] USER \[GROUP\]\n\nCreate new user, or add USER to GROUP\n/);
  });
});

describe('shadow useradd and groupadd', () => {
  it('adds system and normal accounts (a home only with -m)', async () => {
    expect(await run("docker exec de sh -c 'groupadd -r mysql && useradd -r -g mysql mysql && useradd -m -s /bin/bash dev && id mysql && id dev'")).toEqual({
      stdout: 'uid=999(mysql) gid=999(mysql) groups=999(mysql)\nuid=1000(dev) gid=1000(dev) groups=1000(dev)\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker exec de tail -2 /etc/passwd')).stdout).toBe('mysql:x:999:999::/home/mysql:/bin/sh\ndev:x:1000:1000::/home/dev:/bin/bash\n');
    expect((await run('docker exec de ls /home')).stdout).toBe('dev\n');
  });

  it('exits with shadow\'s codes', async () => {
    await run("docker exec de sh -c 'groupadd -r mysql && useradd dev'");
    expect(await run('docker exec de useradd dev')).toEqual(err("useradd: user 'dev' already exists\n", 9));
    expect(await run('docker exec de useradd -g nope eve')).toEqual(err("useradd: group 'nope' does not exist\n", 6));
    expect(await run('docker exec de groupadd mysql')).toEqual(err("groupadd: group 'mysql' already exists\n", 9));
    expect(await run('docker exec de groupadd -f mysql')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run('docker exec de useradd')).toEqual(err('Usage: useradd [options] LOGIN\n       useradd -D\n       useradd -D [options]\n', 2));
    expect(await run('docker exec -u dev de useradd y')).toEqual(err('useradd: Permission denied.\nuseradd: cannot lock /etc/passwd; try again later.\n', 1));
    expect(await run('docker exec de id nope')).toEqual(err("id: 'nope': no such user\n", 1));
  });

  it('is all a trixie slim image has: no adduser', async () => {
    expect(await run('docker exec de adduser x')).toEqual({
      stdout: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "adduser": executable file not found in $PATH: unknown\n',
      stderr: '',
      exitCode: 127,
    });
  });
});

describe('an image built with an account', () => {
  it('runs as that USER', async () => {
    await run("mkdir app && printf 'FROM alpine\\nRUN adduser -D -u 1234 app\\nUSER app\\nCMD [\"id\", \"-u\"]\\n' > app/Dockerfile");
    await run('docker build -q -t acct app');
    expect(await run('docker run --rm acct')).toEqual({ stdout: '1234\n', stderr: '', exitCode: 0 });
  });
});
