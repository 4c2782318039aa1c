// Catalog images carry filesystems worth exploring, generated on demand and shared: the OS tree,
// the image's own programs at their real paths, its content files, data directories and users.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';
import { ensureAllRepos, findRepo } from '../catalog/index.ts';
import { catalogLayers } from './catalog-layers.ts';

await ensureAllRepos();

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

async function run(image: string, ...commands: string[]): Promise<string[]> {
  const sim = createSimulator({ seed: 1, clock: () => T0 });
  await sim.run(`docker pull -q ${image}`);
  const out: string[] = [];
  for (const c of commands) {
    const r = await sim.run(`docker run --rm --entrypoint "" ${image} ${c}`);
    out.push(r.stdout + r.stderr);
  }
  return out;
}

function layersOf(repo: string, tag: string) {
  const r = findRepo(repo)!;
  return catalogLayers(r, r.images.find((im) => im.tags.includes(tag))!);
}

describe('image filesystems', () => {
  it('nginx: the welcome page, its configuration, the nginx user and logs on stdout', async () => {
    const [page, conf, logs, user, bin] = await run(
      'nginx',
      'grep -c Welcome /usr/share/nginx/html/index.html',
      'ls /etc/nginx /etc/nginx/conf.d',
      'ls -l /var/log/nginx',
      'grep nginx /etc/passwd',
      'which nginx',
    );
    expect(page).toBe('2\n');
    expect(conf).toBe('/etc/nginx:\nconf.d\nnginx.conf\n\n/etc/nginx/conf.d:\ndefault.conf\n');
    expect(logs).toBe('total 0\nlrwxrwxrwx 1 root root 11 Sep 19 00:31 access.log -> /dev/stdout\nlrwxrwxrwx 1 root root 11 Sep 19 00:31 error.log -> /dev/stderr\n');
    expect(user).toBe('nginx:x:101:101:nginx user:/nonexistent:/bin/false\n');
    expect(bin).toBe('/usr/sbin/nginx\n');
  });

  it('node and python have their runtimes on PATH', async () => {
    expect(await run('node', 'which node npm npx', 'node --version', 'ls -ld /home/node')).toEqual([
      '/usr/local/bin/node\n/usr/local/bin/npm\n/usr/local/bin/npx\n',
      'v26.7.0\n',
      expect.stringMatching(/^drwxr-xr-x 2 node node 4096 .* \/home\/node\n$/),
    ]);
    expect(await run('python:3.14', 'which python3 pip', 'python3 --version')).toEqual(['/usr/local/bin/python3\n/usr/local/bin/pip\n', 'Python 3.14.7\n']);
  });

  it('databases have their data directories, owned by their service users', async () => {
    expect(await run('postgres:17', 'ls -ld /var/lib/postgresql/data', 'which psql')).toEqual([
      expect.stringMatching(/^drwxrwxrwt 2 postgres postgres 4096 .* \/var\/lib\/postgresql\/data\n$/),
      '/usr/lib/postgresql/17/bin/psql\n',
    ]);
    expect((await run('redis', 'ls -ld /data'))[0]).toMatch(/^drwxr-xr-x 2 redis redis 4096 /);
    expect((await run('mongo', 'ls -d /data/db'))[0]).toBe('/data/db\n');
    expect(await run('mysql', 'ls -d /var/lib/mysql', 'grep PRETTY /etc/os-release')).toEqual(['/var/lib/mysql\n', 'PRETTY_NAME="Oracle Linux Server 9.6"\n']);
  });

  it('alpine is busybox without bash; ubuntu has no curl until installed', async () => {
    const [ls, bash] = await run('alpine', 'ls -l /bin/ls', 'bash');
    expect(ls).toBe('lrwxrwxrwx    1 root     root            12 Jul 29 17:42 /bin/ls -> /bin/busybox\n');
    expect(bash).toMatch(/exec: "bash": executable file not found in \$PATH\n/);
    const sim = createSimulator({ seed: 1, clock: () => T0 });
    await sim.run('docker pull -q ubuntu');
    expect((await sim.run('docker run --rm ubuntu curl -s example.com')).stderr).toBe(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "curl": executable file not found in $PATH\n\nRun \'docker run --help\' for more information\n',
    );
  });

  it('shares layer objects: images on one OS release share the base, each image is generated once', () => {
    const nginx = layersOf('nginx', 'latest');
    const httpd = layersOf('httpd', 'latest');
    expect(nginx[0]).toBe(httpd[0]);
    expect(layersOf('nginx', 'latest')).toBe(nginx);
    expect(nginx[1]).not.toBe(httpd[1]);
  });
});
