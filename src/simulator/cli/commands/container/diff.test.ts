import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

async function setup() {
  const sim = createSimulator({ seed: 3, clock: () => T0, files: { 'site/index.html': '<h1>Hi</h1>\n' } });
  await sim.run('docker pull -q ubuntu');
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker diff', () => {
  it('prints nothing for a container that changed nothing', async () => {
    const sim = await setup();
    await sim.run('docker create --name idle ubuntu');
    expect(await sim.run('docker diff idle')).toEqual(ok(''));
  });

  it('lists added, changed and deleted paths, parents before children', async () => {
    const sim = await setup();
    await sim.run('docker run --name box ubuntu sh -c "mkdir -p /app/src && echo x > /app/src/a.txt && echo y >> /etc/issue && rm /etc/debian_version && rm -r /var/mail"');
    expect(await sim.run('docker diff box')).toEqual(
      ok(['A /app', 'A /app/src', 'A /app/src/a.txt', 'C /etc', 'D /etc/debian_version', 'C /etc/issue', 'C /var', 'D /var/mail', ''].join('\n')),
    );
    expect(await sim.run('docker container diff box')).toEqual(await sim.run('docker diff box'));
  });

  it('leaves out what goes to mounts and the files the daemon mounts (/etc/hostname)', async () => {
    const sim = await setup();
    await sim.run('docker run --name mnt -v "$PWD/site:/site" -v data:/data ubuntu sh -c "echo a > /site/a; echo b > /data/b; echo c > /etc/hostname"');
    expect(await sim.run('docker diff mnt')).toEqual(ok(''));
    expect(await sim.run('cat site/a')).toEqual(ok('a\n'));
  });

  it('is a new container\'s own: another one from the same image sees none of it', async () => {
    const sim = await setup();
    await sim.run('docker run --name one ubuntu touch /one');
    await sim.run('docker run --name two ubuntu ls /one');
    expect(await sim.run('docker diff two')).toEqual(ok(''));
    expect(await sim.run('docker diff one')).toEqual(ok('A /one\n'));
  });

  it('fails for a missing container and takes exactly one', async () => {
    const sim = await setup();
    expect(await sim.run('docker diff nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    expect(await sim.run('docker diff')).toEqual(
      fail("docker: 'docker diff' requires 1 argument\n\nUsage:  docker diff CONTAINER\n\nRun 'docker diff --help' for more information\n"),
    );
    expect(await sim.run('docker diff -x c')).toEqual(fail("unknown shorthand flag: 'x' in -x\n\nUsage:  docker diff CONTAINER\n\nRun 'docker diff --help' for more information\n", 125));
  });
});
