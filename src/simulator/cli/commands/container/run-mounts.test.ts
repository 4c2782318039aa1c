// -v/--volume and --mount on docker run and docker create: what the daemon records (inspect's
// Mounts, HostConfig.Binds and .Mounts, Config.Volumes), the volumes it creates and fills, what
// rm -v and --rm remove, and the exact errors of the client and of the daemon.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';
import type { WorldState } from '../../../engine/state.ts';

async function setup(...images: string[]) {
  const sim = createSimulator({ seed: 3, clock: () => Date.UTC(2026, 10, 25, 10, 0, 0) });
  for (const im of images) await sim.run(`docker pull -q ${im}`);
  const world = () => (sim.snapshot() as unknown as { world: WorldState }).world;
  const volumes = () => Object.keys(world().volumes).sort();
  const container = (name: string) => Object.values(world().containers).find((c) => c.name === name)!;
  const files = (volume: string) => Object.keys(world().volumeData[volume].children).sort();
  return { sim, world, volumes, container, files };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const runError = (message: string, code = 125) => ({ stdout: '', stderr: `docker: ${message}\n\nRun 'docker run --help' for more information\n`, exitCode: code });
const HEX = /^[0-9a-f]{64}$/;

describe('docker run -v / --mount: what the container gets', () => {
  it('creates a named volume on first use, with no labels or options', async () => {
    const { sim, world, volumes } = await setup('alpine');
    expect(await sim.run('docker run --name one -v data:/data alpine true')).toEqual(ok(''));
    expect(volumes()).toEqual(['data']);
    expect(world().volumes.data).toMatchObject({ labels: null, options: null, anonymous: false });
    expect(await sim.run("docker inspect -f '{{json .Mounts}} {{json .HostConfig.Binds}} {{json .Config.Volumes}}' one")).toEqual(
      ok(
        '[{"Type":"volume","Name":"data","Source":"/var/lib/docker/volumes/data/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""}] ["data:/data"] null\n',
      ),
    );
  });

  it('records binds, read-only volumes, tmpfs and --mount specs as the daemon does', async () => {
    const { sim } = await setup('alpine');
    await sim.run(
      'docker create --name box -v cache:/cache:ro -v /srv/app:/app --mount type=tmpfs,dst=/run/t,tmpfs-size=64m --mount type=volume,src=logs,dst=/logs,volume-label=x=y,readonly alpine',
    );
    expect(await sim.run("docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}} {{.Source}} {{.Destination}} {{.Driver}} {{.Mode}} {{.RW}} {{.Propagation}}|{{end}}' box")).toEqual(
      ok(
        'volume cache /var/lib/docker/volumes/cache/_data /cache local ro false |bind  /srv/app /app   true rprivate|' +
          'tmpfs   /run/t   true |volume logs /var/lib/docker/volumes/logs/_data /logs local z false |\n',
      ),
    );
    expect(await sim.run("docker inspect -f '{{json .HostConfig.Mounts}} {{json .HostConfig.Binds}}' box")).toEqual(
      ok(
        '[{"Type":"tmpfs","Target":"/run/t","TmpfsOptions":{"SizeBytes":67108864}},{"Type":"volume","Source":"logs","Target":"/logs","ReadOnly":true,"VolumeOptions":{"Labels":{"x":"y"}}}] ["cache:/cache:ro","/srv/app:/app"]\n',
      ),
    );
    expect(await sim.run("docker volume inspect -f '{{json .Labels}}' logs cache")).toEqual(ok('{"x":"y"}\nnull\n'));
  });

  it('gives each VOLUME of the image and each -v /path an anonymous volume', async () => {
    const { sim, volumes, container } = await setup('mongo');
    await sim.run('docker create --name db -v /scratch -v named:/data/configdb mongo');
    const mounts = container('db').mounts!;
    expect(mounts.map((m) => [m.Destination, m.Mode, HEX.test(m.Name!) ? 'anonymous' : m.Name])).toEqual([
      ['/data/configdb', 'z', 'named'],
      ['/scratch', '', 'anonymous'],
      ['/data/db', '', 'anonymous'],
    ]);
    expect(await sim.run("docker inspect -f '{{json .Config.Volumes}}' db")).toEqual(ok('{"/data/configdb":{},"/data/db":{},"/scratch":{}}\n'));
    expect(volumes()).toHaveLength(3);
  });

  it('fills an empty volume from the image, and leaves one with data alone', async () => {
    const { sim, files, world } = await setup('nginx', 'alpine');
    await sim.run('docker create --name web -v html:/usr/share/nginx/html nginx');
    expect(files('html')).toEqual(['50x.html', 'index.html']);
    const index = world().volumeData.html.children['index.html'];
    expect(index.kind === 'file' && index.data).toContain('<title>Welcome to nginx!</title>');
    await sim.run('docker volume create site');
    await sim.run('docker create -v site:/usr/share/nginx/html:nocopy nginx');
    expect(files('site')).toEqual([]);
    await sim.run('docker create -v site:/usr/share/nginx/html nginx');
    expect(files('site')).toEqual(['50x.html', 'index.html']);
    await sim.run('docker create -v html:/etc/nginx nginx');
    expect(files('html')).toEqual(['50x.html', 'index.html']);
    await sim.run('docker create -v fresh:/nowhere alpine');
    expect(files('fresh')).toEqual([]);
  });

  it('shows mounts in docker ps and filters by volume', async () => {
    const { sim } = await setup('alpine');
    await sim.run('docker create --name a1 -v data:/data -v /srv/app:/app alpine');
    await sim.run('docker create --name a2 -v /scratch alpine');
    await sim.run('docker create --name a3 alpine');
    const ps = await sim.run("docker ps -a --format '{{.Names}} [{{.Mounts}}] {{.LocalVolumes}}'");
    expect(ps.stdout).toMatch(/^a3 \[\] 0\na2 \[[0-9a-f]{14}…\] 1\na1 \[data,\/srv\/app\] 1\n$/);
    expect(await sim.run("docker ps -a --format '{{.Names}}' --filter volume=data")).toEqual(ok('a1\n'));
    expect(await sim.run("docker ps -a --format '{{.Names}}' --filter volume=/scratch --filter volume=/srv/app")).toEqual(ok('a2\na1\n'));
  });
});

describe('docker run --volumes-from', () => {
  it("shares another container's mounts, read-only with :ro, under its own binds", async () => {
    const { sim, container } = await setup('alpine');
    await sim.run('docker create --name store -v /dbdata -v logs:/logs -v /srv/conf:/conf alpine');
    const anon = container('store').mounts!.find((m) => m.Destination === '/dbdata')!.Name!;
    await sim.run('docker create --name reader --volumes-from store:ro -v other:/logs alpine');
    expect(await sim.run("docker inspect -f '{{range .Mounts}}{{.Destination}}={{.Name}}{{.Source}}:{{.RW}} {{end}}{{json .HostConfig.VolumesFrom}}' reader")).toEqual(
      ok(`/conf=/srv/conf:false /dbdata=${anon}/var/lib/docker/volumes/${anon}/_data:false /logs=other/var/lib/docker/volumes/other/_data:true ["store:ro"]\n`),
    );
  });

  it('reports a missing container and a bad mode', async () => {
    const { sim } = await setup('alpine');
    await sim.run('docker create --name store -v /dbdata alpine');
    expect(await sim.run('docker run --volumes-from nope alpine')).toEqual(runError('Error response from daemon: No such container: nope'));
    expect(await sim.run('docker run --volumes-from store:rshared alpine')).toEqual(runError('Error response from daemon: invalid mode: rshared'));
    expect(await sim.run("docker run --volumes-from '' alpine")).toEqual(runError('Error response from daemon: volumes-from specification cannot be an empty string'));
  });

  it('rm -v of the sharer removes an anonymous volume only once no one uses it', async () => {
    const { sim, volumes, container } = await setup('alpine');
    await sim.run('docker create --name store -v /dbdata alpine');
    const anon = container('store').mounts![0].Name!;
    await sim.run('docker create --name user1 --volumes-from store alpine');
    await sim.run('docker rm -v user1');
    expect(volumes()).toEqual([anon]);
    await sim.run('docker create --name user2 --volumes-from store alpine');
    await sim.run('docker rm store');
    await sim.run('docker rm -v user2');
    expect(volumes()).toEqual([]);
  });
});

describe('docker rm -v and --rm: anonymous volumes go, named ones stay', () => {
  it('rm keeps every volume; rm -v removes only the anonymous ones', async () => {
    const { sim, volumes, container } = await setup('mongo');
    await sim.run('docker create --name k1 -v keep:/data/db mongo');
    await sim.run('docker create --name k2 -v keep2:/data/db mongo');
    const anon1 = container('k1').mounts!.find((m) => m.Destination === '/data/configdb')!.Name!;
    const anon2 = container('k2').mounts!.find((m) => m.Destination === '/data/configdb')!.Name!;
    expect(await sim.run('docker rm k1')).toEqual(ok('k1\n'));
    expect(volumes()).toEqual([anon1, anon2, 'keep', 'keep2'].sort());
    expect(await sim.run('docker rm -v k2')).toEqual(ok('k2\n'));
    expect(volumes()).toEqual([anon1, 'keep', 'keep2'].sort());
  });

  it('--rm removes the anonymous volumes when the container exits', async () => {
    const { sim, volumes } = await setup('alpine');
    expect(await sim.run('docker run --rm -v /tmpdata -v kept:/kept alpine true')).toEqual(ok(''));
    expect(volumes()).toEqual(['kept']);
  });

  it('never removes a volume named on the command line, even an anonymous-labelled one', async () => {
    const { sim, volumes } = await setup('alpine');
    const name = (await sim.run('docker volume create')).stdout.trim();
    await sim.run(`docker run --rm -v ${name}:/x alpine true`);
    expect(volumes()).toEqual([name]);
  });
});

describe('docker run -v / --mount: errors', () => {
  it('client-side -v spec errors', async () => {
    const { sim } = await setup();
    expect(await sim.run("docker run -v '' alpine")).toEqual(runError('invalid empty volume spec'));
    expect(await sim.run('docker run -v :/data alpine')).toEqual(runError('invalid spec: :/data: empty section between colons'));
    expect(await sim.run('docker run -v /data: alpine')).toEqual(runError('invalid spec: /data:: empty section between colons'));
    expect(await sim.run('docker run -v /x:/y:ro:z alpine')).toEqual(runError('invalid spec: /x:/y:ro:z: too many colons'));
    expect(await sim.run("docker create -v '' alpine")).toEqual({
      stdout: '',
      stderr: "docker: invalid empty volume spec\n\nRun 'docker create --help' for more information\n",
      exitCode: 125,
    });
  });

  it("the daemon's -v errors", async () => {
    const { sim } = await setup('alpine');
    const daemon = (m: string) => runError(`Error response from daemon: ${m}`);
    expect(await sim.run('docker run -v data:relative alpine')).toEqual(
      daemon("invalid volume specification: 'data:relative': invalid mount config for type \"volume\": invalid mount path: 'relative' mount path must be absolute"),
    );
    expect(await sim.run('docker run -v /a:/ alpine')).toEqual(
      daemon("invalid volume specification: '/a:/': invalid mount config for type \"bind\": invalid specification: destination can't be '/'"),
    );
    expect(await sim.run('docker run -v /data:rw alpine')).toEqual(daemon("invalid volume specification: '/data:rw'"));
    expect(await sim.run('docker run -v /x:/y:zz alpine')).toEqual(daemon('invalid mode: zz'));
    expect(await sim.run('docker run -v data:/a -v other:/a alpine')).toEqual(daemon('Duplicate mount point: /a'));
    expect(await sim.run("docker run -v '~/site:/data' alpine")).toEqual(
      daemon(
        'create ~/site: "~/site" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path',
      ),
    );
    expect(await sim.run('docker create --mount src=x,dst=/x alpine')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: create x: volume name is too short, names should be at least two alphanumeric characters\n',
      exitCode: 1,
    });
  });

  it('--mount errors: the client parses, the daemon validates', async () => {
    const { sim } = await setup('alpine');
    const flag = (value: string, why: string) => ({
      stdout: '',
      stderr: `invalid argument ${JSON.stringify(value)} for "--mount" flag: ${why}\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n`,
      exitCode: 125,
    });
    expect(await sim.run('docker run --mount type=bind,source alpine')).toEqual(flag('type=bind,source', "invalid field 'source' must be a key=value pair"));
    expect(await sim.run('docker run --mount type=bind,foo=bar alpine')).toEqual(flag('type=bind,foo=bar', "unknown option 'foo' in 'foo=bar'"));
    expect(await sim.run("docker run --mount 'type=bind, src=/x' alpine")).toEqual(flag('type=bind, src=/x', "invalid option 'src' in ' src=/x': option should not have whitespace"));
    expect(await sim.run('docker run --mount type=volume,readonly=yes alpine')).toEqual(
      flag('type=volume,readonly=yes', `invalid value for 'readonly': invalid boolean value ("yes"): must be one of "true", "1", "false", or "0" (default "true")`),
    );
    expect(await sim.run('docker run --mount type=volume,bind-propagation=shared,dst=/x alpine')).toEqual(
      flag('type=volume,bind-propagation=shared,dst=/x', "cannot mix 'bind-*' options with mount type 'volume'"),
    );
    expect(await sim.run('docker run --mount type=tmpfs,tmpfs-size=lots,dst=/t alpine')).toEqual(flag('type=tmpfs,tmpfs-size=lots,dst=/t', 'invalid value for tmpfs-size: lots'));
    expect(await sim.run("docker run --mount 'type=bind,src=\"a' alpine")).toEqual(flag('type=bind,src="a', 'parse error on line 1, column 15: bare " in non-quoted-field'));
    expect(await sim.run("docker run --mount ' ' alpine")).toEqual(flag(' ', 'value is empty'));
    const daemon = (m: string) => runError(`Error response from daemon: ${m}`);
    expect(await sim.run('docker run --mount type=bind,dst=/x alpine')).toEqual(daemon('invalid mount config for type "bind": field Source must not be empty'));
    expect(await sim.run('docker run --mount type=bind,src=site,dst=/x alpine')).toEqual(
      daemon("invalid mount config for type \"bind\": invalid mount path: 'site' mount path must be absolute"),
    );
    expect(await sim.run('docker run --mount src=v1 alpine')).toEqual(daemon('invalid mount config for type "volume": field Target must not be empty'));
    expect(await sim.run('docker run --mount type=tmpfs,src=x,dst=/t alpine')).toEqual(daemon('invalid mount config for type "tmpfs": field Source must not be specified'));
    expect(await sim.run('docker run --mount type=nfs,dst=/t alpine')).toEqual(daemon('invalid mount config for type "nfs": mount type unknown'));
    expect(await sim.run('docker run -v data:/data --mount type=volume,dst=/data/ alpine')).toEqual(daemon('Duplicate mount point: /data/'));
  });

  it('a failed create leaves no container; volumes made before the failure stay', async () => {
    const { sim, volumes, world } = await setup('alpine');
    expect((await sim.run('docker run -v /scratch -v data:/a -v other:/a alpine')).exitCode).toBe(125);
    expect(Object.keys(world().containers)).toEqual([]);
    expect(volumes()).toEqual(['data']);
  });

  it('a single letter before a colon is a Windows drive to the client: an anonymous volume', async () => {
    const { sim, container } = await setup('alpine');
    await sim.run('docker create --name drive -v x:/x alpine');
    expect(await sim.run("docker inspect -f '{{json .Config.Volumes}} {{json .HostConfig.Binds}}' drive")).toEqual(ok('{"x:/x":{}} null\n'));
    expect(container('drive').mounts!.map((m) => m.Destination)).toEqual(['x:/x']);
  });
});

describe('bind mounts of the host', () => {
  async function host() {
    const sim = createSimulator({ seed: 3, clock: () => Date.UTC(2026, 10, 25, 10, 0, 0), files: { 'site/index.html': '<h1>hi</h1>\n' } });
    await sim.run('docker pull -q alpine');
    return sim;
  }

  it("serves the learner's files, absolute or ./relative, hiding what the image had", async () => {
    const sim = await host();
    expect(await sim.run('docker run --rm -v "$PWD/site:/data" alpine cat /data/index.html')).toEqual(ok('<h1>hi</h1>\n'));
    expect(await sim.run('docker run --rm -v ./site:/usr/share alpine ls /usr/share')).toEqual(ok('index.html\n'));
    expect(await sim.run("docker run --rm --mount type=bind,src=./site,dst=/srv,readonly alpine ls /srv")).toEqual(ok('index.html\n'));
  });

  it('shows edits on both sides, and refuses writes through :ro', async () => {
    const sim = await host();
    await sim.run('docker run -d --name live -v "$PWD/site:/data" alpine sleep 1000');
    await sim.run('echo new > site/new.txt');
    expect(await sim.run('docker run --rm -v "$PWD/site:/data" alpine cat /data/new.txt')).toEqual(ok('new\n'));
    await sim.run('docker run --rm -v "$PWD/site:/data" alpine sh -c "echo back > /data/back.txt"');
    expect(await sim.run('cat site/back.txt')).toEqual(ok('back\n'));
    expect(await sim.run('ls -l site/back.txt')).toEqual(ok('-rw-r--r-- 1 root root 5 Nov 25 10:00 site/back.txt\n'));
    expect(await sim.run('docker run --rm -v "$PWD/site:/data:ro" alpine sh -c "echo x > /data/f"')).toEqual({
      stdout: '',
      stderr: "sh: can't create /data/f: Read-only file system\n",
      exitCode: 1,
    });
  });

  it('-v creates a missing host directory (as root); --mount needs it to exist', async () => {
    const sim = await host();
    expect(await sim.run('docker run --rm -v "$HOME/made/here:/data" alpine true')).toEqual(ok(''));
    expect(await sim.run('ls -ld made made/here')).toEqual(ok('drwxr-xr-x 3 root root 4096 Nov 25 10:00 made\ndrwxr-xr-x 2 root root 4096 Nov 25 10:00 made/here\n'));
    expect(await sim.run('docker run --mount type=bind,src=/nope,dst=/y alpine')).toEqual(
      runError('Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope'),
    );
    expect(await sim.run('docker run --rm --mount type=bind,src=/srv/new,dst=/y,bind-create-src alpine true')).toEqual(ok(''));
    expect(await sim.run('ls -d /srv/new')).toEqual(ok('/srv/new\n'));
  });

  it('docker create makes the directory only when the container starts', async () => {
    const sim = await host();
    await sim.run('docker create --name later -v /srv/later:/data alpine true');
    expect((await sim.run('ls /srv')).stdout).toBe('');
    await sim.run('docker start later');
    expect(await sim.run('ls /srv')).toEqual(ok('later\n'));
  });
});

describe('volumes keep data beyond their containers', () => {
  it('a named volume outlives the container that wrote it', async () => {
    const { sim } = await setup('alpine');
    await sim.run('docker run --name writer -v data:/data alpine sh -c "echo hello > /data/greeting"');
    await sim.run('docker rm writer');
    expect(await sim.run('docker run --rm -v data:/data alpine cat /data/greeting')).toEqual(ok('hello\n'));
    expect(await sim.run('docker run --rm --mount source=data,target=/other alpine cat /other/greeting')).toEqual(ok('hello\n'));
  });
});
