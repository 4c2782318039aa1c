import { describe, expect, it } from 'vitest';
import { BASE_DATES, CatalogNotLoaded, allRepos, catalogNames, ensureAllRepos, ensureRepo, findRepo, isCatalogRepo } from './index.ts';
import type { CatalogImage } from './types.ts';

await ensureAllRepos();

function image(repo: string, tag: string): CatalogImage {
  const r = findRepo(repo);
  const im = r?.images.find((i) => i.tags.includes(tag));
  if (!im) throw new Error(`no ${repo}:${tag} in the catalog`);
  return im;
}

const everyImage: Array<[string, CatalogImage]> = allRepos().flatMap((r) => r.images.map((im) => [`${r.name}:${im.tags[0]}`, im] as [string, CatalogImage]));

const TRIXIE_SLIM = 'sha256:6b37362b3da78869050b894b799ad4df04f1f3b52774087db0d81151570244c8';

describe('catalog index', () => {
  it('finds repositories by their familiar names', () => {
    expect(allRepos()).toHaveLength(catalogNames().length);
    expect(allRepos().length).toBeGreaterThanOrEqual(44);
    for (const name of ['nginx', 'grafana/grafana', 'prom/prometheus', 'mcr.microsoft.com/dotnet/sdk', 'mcr.microsoft.com/dotnet/aspnet']) {
      expect(findRepo(name)?.name).toBe(name);
    }
    expect(findRepo('library/nginx')).toBeUndefined();
    expect(findRepo('nosuchimage')).toBeUndefined();
  });

  it('knows every name without loading, and each data file exports the repository of its name', () => {
    expect(catalogNames()).toEqual(allRepos().map((r) => r.name));
    expect(new Set(catalogNames()).size).toBe(catalogNames().length);
    expect(isCatalogRepo('grafana/grafana')).toBe(true);
    expect(isCatalogRepo('library/nginx')).toBe(false);
  });

  it('dates each OS release base layer by its oldest image (BASE_DATES)', () => {
    const oldest: Record<string, string> = {};
    for (const im of allRepos().flatMap((r) => r.images)) {
      const key = `${im.osInfo.family}:${im.osInfo.versionId}`;
      if (!oldest[key] || Date.parse(im.created) < Date.parse(oldest[key])) oldest[key] = im.created;
    }
    // When this fails after adding an image, copy the received table into BASE_DATES in index.ts.
    expect(BASE_DATES).toEqual(Object.fromEntries(Object.entries(oldest).sort(([a], [b]) => (a < b ? -1 : 1))));
  });

  it('has unique tags within each repository', () => {
    for (const repo of allRepos()) {
      const tags = repo.images.flatMap((im) => im.tags);
      expect(new Set(tags).size, repo.name).toBe(tags.length);
      for (const t of tags) expect(t, repo.name).toMatch(/^[\w][\w.-]{0,127}$/);
    }
  });

  it('keeps tags that never existed missing and old ones frozen', () => {
    expect(findRepo('openjdk')?.images.some((im) => im.tags.includes('latest'))).toBe(false);
    expect(findRepo('elasticsearch')?.images.some((im) => im.tags.includes('latest'))).toBe(false);
    for (const [repo, tag] of [['registry', '2'], ['node', '18'], ['python', '3.8'], ['mongo', 'latest'], ['mysql', '5.7'], ['ubuntu', '20.04']]) {
      expect(image(repo, tag).frozen, `${repo}:${tag}`).toBe(true);
    }
    expect(image('nginx', 'latest').frozen).toBeUndefined();
  });
});

describe.each(everyImage)('%s', (_name, im) => {
  it('has one non-empty history entry per layer', () => {
    expect(im.history.filter((h) => !h.empty_layer)).toHaveLength(im.layers.length);
    expect(im.layers.length).toBeGreaterThan(0);
  });

  it('has well-formed layers', () => {
    for (const l of im.layers) {
      expect(l.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(Number.isInteger(l.size) && l.size > 0).toBe(true);
      expect(Number.isInteger(l.unpacked)).toBe(true);
      if (l.size > 32) expect(l.unpacked).toBeGreaterThanOrEqual(l.size);
    }
  });

  it('has a config in the inspect shape', () => {
    const c = im.config;
    expect(typeof c.User).toBe('string');
    expect(typeof c.WorkingDir).toBe('string');
    expect(c.Env.length).toBeGreaterThan(0);
    for (const e of c.Env) expect(e).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*=/);
    expect(c.Env.filter((e) => e.startsWith('PATH='))).toHaveLength(1);
    for (const v of [c.Entrypoint, c.Cmd]) if (v !== null) expect(Array.isArray(v)).toBe(true);
    expect(c.Entrypoint !== null || (c.Cmd !== null && c.Cmd.length > 0)).toBe(true);
    if (c.ExposedPorts !== null) {
      expect(Object.keys(c.ExposedPorts).length).toBeGreaterThan(0);
      for (const [k, v] of Object.entries(c.ExposedPorts)) {
        expect(k).toMatch(/^\d+\/(tcp|udp)$/);
        expect(v).toEqual({});
      }
      expect(Object.keys(c.ExposedPorts)).toEqual(Object.keys(c.ExposedPorts).sort());
    }
    if (c.Volumes !== null) {
      expect(Object.keys(c.Volumes).length).toBeGreaterThan(0);
      for (const [k, v] of Object.entries(c.Volumes)) {
        expect(k.startsWith('/')).toBe(true);
        expect(v).toEqual({});
      }
    }
    if (c.Labels !== null) for (const v of Object.values(c.Labels)) expect(typeof v).toBe('string');
    if ('StopSignal' in c) expect(c.StopSignal).toMatch(/^SIG[A-Z0-9]+$/);
    // No unresolved placeholder from the research notes may reach `docker inspect`.
    expect(JSON.stringify(c)).not.toMatch(/not verified|not recorded|<[a-z ]+>|\.\.\./);
  });

  it('has a creation date before the data was compiled', () => {
    expect(im.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(im.created < '2026-11-25').toBe(true);
    if (!im.frozen) expect(im.created.startsWith('2026-')).toBe(true);
  });

  it('has consistent start-up facts', () => {
    const s = im.startup;
    for (const p of s.listensOn) expect(p).toMatch(/^\d+\/(tcp|udp)$/);
    if (s.missingEnvError) expect(s.requiredEnv.length).toBeGreaterThan(0);
    if (im.osInfo.shell !== null) expect(im.osInfo.shell.startsWith('/')).toBe(true);
  });
});

describe('shared base layers', () => {
  const first = (repo: string, tag: string, n = 1) => image(repo, tag).layers.slice(0, n);

  it('gives every trixie-slim image the same first layer', () => {
    const base = first('debian', 'trixie-slim');
    expect(base[0].digest).toBe(TRIXIE_SLIM);
    expect(base[0].size).toBe(29830418);
    for (const [repo, tag] of [['nginx', 'latest'], ['httpd', 'latest'], ['postgres', 'latest'], ['redis', 'latest'], ['php', 'latest'], ['wordpress', 'latest'], ['node', 'slim']]) {
      expect(first(repo, tag), `${repo}:${tag}`).toEqual(base);
    }
  });

  it('stacks buildpack-deps:trixie under python, node and rust, its scm part under golang', () => {
    const python = first('python', 'latest', 4);
    expect(python[0]).toEqual(first('debian', 'latest')[0]);
    expect(first('node', 'latest', 4)).toEqual(python);
    expect(first('rust', 'latest', 4)).toEqual(python);
    expect(first('golang', 'latest', 3)).toEqual(python.slice(0, 3));
  });

  it('builds nginx:alpine on nginx:alpine-slim on alpine', () => {
    const slim = image('nginx', 'alpine-slim');
    expect(slim.layers).toHaveLength(7);
    expect(image('nginx', 'alpine').layers.slice(0, 7)).toEqual(slim.layers);
    expect(image('nginx', 'alpine').history.slice(0, slim.history.length)).toEqual(slim.history);
    expect(slim.layers[0]).toEqual(first('alpine', 'latest')[0]);
    for (const [repo, tag] of [['httpd', 'alpine'], ['node', 'alpine'], ['python', 'alpine'], ['traefik', 'latest'], ['memcached', 'alpine']]) {
      expect(first(repo, tag), `${repo}:${tag}`).toEqual(first('alpine', 'latest'));
    }
  });

  it('shares other bases: ubuntu, oraclelinux, php, aspnet, busybox', () => {
    expect(first('mariadb', 'latest')).toEqual(first('ubuntu', '24.04'));
    expect(first('mongo', '8.3')).toEqual(first('ubuntu', '24.04'));
    expect(first('eclipse-temurin', 'latest', 2)).toEqual(first('ubuntu', 'latest', 2));
    expect(first('mysql', 'lts')).toEqual(first('mysql', 'latest'));
    const php = image('php', '8.3-apache');
    expect(first('wordpress', 'latest', php.layers.length)).toEqual(php.layers);
    const aspnet = image('mcr.microsoft.com/dotnet/aspnet', 'latest');
    expect(first('mcr.microsoft.com/dotnet/sdk', 'latest', aspnet.layers.length)).toEqual(aspnet.layers);
    expect(first('prom/prometheus', 'latest')).toEqual(first('busybox', '1.37'));
    expect(first('dpage/pgadmin4', 'latest', 4)).toEqual(image('python', 'alpine').layers);
  });

  it('never gives one digest two sizes', () => {
    const seen = new Map<string, string>();
    for (const [, im] of everyImage) {
      for (const l of im.layers) {
        const facts = `${l.size}/${l.unpacked}`;
        expect(seen.get(l.digest) ?? facts, l.digest).toBe(facts);
        seen.set(l.digest, facts);
      }
    }
  });
});

describe('facts from images.json', () => {
  it('keeps measured layer sizes', () => {
    expect(image('nginx', 'latest').layers.map((l) => l.size)).toEqual([29830418, 33325076, 626, 955, 403, 1210, 1397]);
    expect(image('nginx', 'alpine').layers.map((l) => l.size)).toEqual([3849738, 1931156, 629, 965, 404, 1210, 1400, 20525064]);
    expect(image('httpd', 'latest').layers.map((l) => l.size)).toEqual([29830418, 145, 32, 2008639, 13453247, 292]);
    expect(image('redis', 'latest').layers.map((l) => l.size)).toEqual([29830418, 1101, 824, 25639861, 97, 32, 2109]);
    expect(image('postgres', 'latest').layers.reduce((n, l) => n + l.size, 0)).toBe(162473560);
    expect(image('mysql', 'latest').layers.reduce((n, l) => n + l.size, 0)).toBe(272350479);
    expect(image('python', 'latest').layers.reduce((n, l) => n + l.size, 0)).toBe(414967043);
    expect(image('hello-world', 'latest').layers).toEqual([expect.objectContaining({ size: 2479, unpacked: 10072 })]);
    expect(image('busybox', 'latest').layers[0]).toMatchObject({ size: 2226327, unpacked: 4445814 });
  });

  it('keeps the hello-world message exactly', () => {
    expect(findRepo('hello-world')?.content?.hello).toBe(HELLO);
    expect(image('hello-world', 'latest').config).toMatchObject({ Cmd: ['/hello'], Entrypoint: null });
    expect(image('hello-world', 'latest').osInfo.shell).toBeNull();
  });

  it('converts configs to the inspect shape', () => {
    expect(image('nginx', 'latest').config).toEqual({
      User: '',
      ExposedPorts: { '80/tcp': {} },
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'NGINX_VERSION=1.31.4', 'NJS_VERSION=1.0.0', 'NJS_RELEASE=1~trixie', 'ACME_VERSION=0.4.1', 'PKG_RELEASE=1~trixie', 'DYNPKG_RELEASE=1~trixie',
      ],
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      Volumes: null,
      WorkingDir: '',
      Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
      StopSignal: 'SIGQUIT',
    });
    expect(image('postgres', 'latest').config.Volumes).toEqual({ '/var/lib/postgresql': {} });
    expect(image('postgres', '17').config.Volumes).toEqual({ '/var/lib/postgresql/data': {} });
    expect('StopSignal' in image('alpine', 'latest').config).toBe(false);
  });

  it('records history the way BuildKit does', () => {
    const h = image('nginx', 'latest').history;
    expect(h[0]).toEqual({ created_by: "# debian.sh --arch 'amd64' out/ 'trixie' '@1789689600'", comment: 'debuerreotype 0.16' });
    expect(h.at(-1)).toEqual({ created_by: 'CMD ["nginx" "-g" "daemon off;"]', empty_layer: true, comment: 'buildkit.dockerfile.v0' });
    expect(h).toContainEqual({ created_by: 'COPY docker-entrypoint.sh / # buildkit', comment: 'buildkit.dockerfile.v0' });
    expect(image('alpine', 'latest').history.map((e) => e.created_by)).toEqual(['ADD alpine-minirootfs-3.24.1-x86_64.tar.gz / # buildkit', 'CMD ["/bin/sh"]']);
    expect(image('hello-world', 'latest').history.map((e) => e.created_by)).toEqual(['COPY hello / # buildkit', 'CMD ["/hello"]']);
  });

  it('knows what each OS offers', () => {
    expect(image('ubuntu', 'latest').osInfo).toMatchObject({ family: 'ubuntu', versionId: '26.04', shell: '/bin/bash' });
    expect(image('debian', 'latest').osInfo).toMatchObject({ family: 'debian', prettyName: 'Debian GNU/Linux 13 (trixie)' });
    expect(image('alpine', 'latest').osInfo).toMatchObject({ family: 'alpine', shell: '/bin/sh' });
    expect(image('alpine', 'latest').osInfo.tools).toContain('apk');
    expect(image('busybox', 'latest').osInfo.family).toBe('busybox');
    expect(image('nginx', 'latest').osInfo.tools).toContain('curl');
    expect(image('nginx', 'latest').osInfo.tools).not.toContain('ps');
    expect(image('prom/prometheus', 'v3.14.0-distroless').osInfo.shell).toBeNull();
  });

  it('carries start-up facts and the errors of missing variables', () => {
    const pg = image('postgres', 'latest').startup;
    expect(pg.requiredEnv).toEqual(['POSTGRES_PASSWORD (unless POSTGRES_HOST_AUTH_METHOD=trust)']);
    expect(pg.missingEnvError).toMatchObject({ stream: 'stderr', exitCode: 1 });
    expect(pg.missingEnvError?.text.startsWith('Error: Database is uninitialized and superuser password is not specified.\n')).toBe(true);
    expect(image('mysql', 'latest').startup.missingEnvError?.prefix).toBe('<YYYY-MM-DD HH:MM:SS+00:00> [ERROR] [Entrypoint]: ');
    expect(image('nginx', 'stable').startup.logLines).toContain('<YYYY/MM/DD HH:MM:SS> [notice] 1#1: nginx/<NGINX_VERSION>');
    expect(image('redis', 'latest').startup.listensOn).toEqual(['6379/tcp']);
  });

  it('serves the content texts', () => {
    const nginx = findRepo('nginx')?.content ?? {};
    expect(nginx['/usr/share/nginx/html/index.html']).toHaveLength(896);
    expect(nginx['/usr/share/nginx/html/50x.html']).toHaveLength(497);
    expect(nginx['/etc/nginx/conf.d/default.conf']).toContain('listen       80;');
    expect(findRepo('httpd')?.content?.['/usr/local/apache2/htdocs/index.html']).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect(findRepo('busybox')?.content?.['/bin']?.split(' ')).toHaveLength(412);
    expect(findRepo('registry')?.content?.['/etc/distribution/config.yml']).toContain('rootdirectory: /var/lib/registry');
    expect(findRepo('prom/prometheus')?.content?.['/etc/prometheus/prometheus.yml']).toContain('targets: ["localhost:9090"]');
  });
});

const HELLO = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;
