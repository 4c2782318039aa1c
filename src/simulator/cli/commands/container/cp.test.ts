import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

async function setup() {
  const sim = createSimulator({ seed: 6, clock: () => T0, files: { 'site/index.html': '<h1>Hi</h1>\n', 'site/css/app.css': 'body{}\n', 'note.txt': 'hello\n' } });
  await sim.run('docker pull -q nginx');
  await sim.run('docker run -d --name web nginx');
  return sim;
}

const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker cp', () => {
  it('copies a file out of a container into the working directory, reporting both sizes', async () => {
    const sim = await setup();
    expect(await sim.run('docker cp web:/usr/share/nginx/html/50x.html .')).toEqual(ok('', 'Successfully copied 497B (transferred 2.05kB) to /home/learner/.\n'));
    expect((await sim.run('head -4 50x.html')).stdout).toBe('<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n');
    expect(await sim.run('ls -l 50x.html')).toEqual(ok('-rw-r--r-- 1 learner learner 497 Sep 19 00:31 50x.html\n'));
  });

  it('copies a directory out under its own name, or as a new name', async () => {
    const sim = await setup();
    expect(await sim.run('docker cp web:/etc/nginx conf')).toEqual(ok('', 'Successfully copied 5.63kB to /home/learner/conf\n'));
    expect(await sim.run('ls conf conf/conf.d')).toEqual(ok('conf:\nconf.d\tnginx.conf\n\nconf/conf.d:\ndefault.conf\n'));
    await sim.run('docker cp web:/etc/nginx .');
    expect(await sim.run('ls -d nginx/conf.d')).toEqual(ok('nginx/conf.d\n'));
  });

  it('copies a file into a container (owned by root) and a directory or its contents', async () => {
    const sim = await setup();
    expect(await sim.run('docker cp note.txt web:/tmp/')).toEqual(ok('', 'Successfully copied 6B (transferred 2.05kB) to web:/tmp/\n'));
    expect(await sim.run('docker exec web ls -l /tmp/note.txt')).toEqual(ok('-rw-r--r-- 1 root root 6 Nov 25 10:00 /tmp/note.txt\n'));
    expect(await sim.run('docker cp site web:/srv/site')).toEqual(ok('', 'Successfully copied 19B (transferred 4.1kB) to web:/srv/site\n'));
    expect(await sim.run('docker cp site/. web:/usr/share/nginx/html')).toEqual(ok('', 'Successfully copied 19B (transferred 4.1kB) to web:/usr/share/nginx/html\n'));
    expect(await sim.run('docker exec web ls /srv/site /usr/share/nginx/html')).toEqual(ok('/srv/site:\ncss\nindex.html\n\n/usr/share/nginx/html:\n50x.html\ncss\nindex.html\n'));
    expect(await sim.run('docker exec web cat /usr/share/nginx/html/index.html')).toEqual(ok('<h1>Hi</h1>\n'));
    expect(await sim.run('docker diff web')).toEqual(
      ok(['C /srv', 'A /srv/site', 'A /srv/site/css', 'A /srv/site/css/app.css', 'A /srv/site/index.html', 'C /tmp', 'A /tmp/note.txt', 'C /usr', 'C /usr/share', 'C /usr/share/nginx', 'C /usr/share/nginx/html', 'A /usr/share/nginx/html/css', 'A /usr/share/nginx/html/css/app.css', 'C /usr/share/nginx/html/index.html', ''].join('\n')),
    );
  });

  it('prints no summary with -q or when its output is not the terminal', async () => {
    const sim = await setup();
    expect(await sim.run('docker cp -q note.txt web:/tmp/')).toEqual(ok(''));
    expect(await sim.run('docker cp web:/etc/hostname h.txt | cat')).toEqual(ok(''));
    expect(await sim.run('docker exec web cat /tmp/note.txt')).toEqual(ok('hello\n'));
  });

  it('works on a stopped container', async () => {
    const sim = await setup();
    await sim.run('docker stop web');
    expect((await sim.run('docker cp note.txt web:/note.txt')).exitCode).toBe(0);
    expect((await sim.run('docker cp web:/note.txt back.txt')).exitCode).toBe(0);
    expect(await sim.run('cat back.txt')).toEqual(ok('hello\n'));
  });

  it('reports the daemon\'s errors for container paths', async () => {
    const sim = await setup();
    expect(await sim.run('docker cp web:/nope .')).toEqual(fail('Error response from daemon: Could not find the file /nope in container web\n'));
    expect(await sim.run('docker cp note.txt web:/nope/note.txt')).toEqual(fail('Error response from daemon: Could not find the file /nope in container web\n'));
    expect(await sim.run('docker cp note.txt nope:/tmp')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    await sim.run('docker run -d --read-only --name ro nginx');
    expect(await sim.run('docker cp note.txt ro:/tmp')).toEqual(fail('Error response from daemon: container rootfs is marked read-only\n'));
  });

  it('reports the client\'s errors for local paths and arguments', async () => {
    const sim = await setup();
    expect(await sim.run('docker cp nope.txt web:/tmp')).toEqual(fail('lstat /home/learner/nope.txt: no such file or directory\n'));
    expect(await sim.run('docker cp web:/etc/hostname nope/x')).toEqual(fail('invalid output path: directory "/home/learner/nope" does not exist\n'));
    expect(await sim.run('docker cp note.txt web:/tmp/new/')).toEqual(fail('no such directory\n'));
    expect(await sim.run('docker cp site web:/etc/hostname')).toEqual(fail('cannot copy directory\n'));
    expect(await sim.run('docker cp a.txt b.txt')).toEqual(fail('must specify at least one container source\n'));
    expect(await sim.run('docker cp web:/a web:/b')).toEqual(fail('copying between containers is not supported\n'));
    expect(await sim.run('docker cp web:/a')).toEqual(
      fail("docker: 'docker cp' requires 2 arguments\n\nUsage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nRun 'docker cp --help' for more information\n"),
    );
  });
});
