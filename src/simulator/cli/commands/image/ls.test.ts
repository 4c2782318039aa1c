import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 9, 15, 12, 0, 0);
const NGINX = 'sha256:4e41a9d5f2f4b8035693f6321e7a5c0ad9802e18aec3631d7e02cb1a942c2e3b';
const HTTPD = 'sha256:8a6530c2adc65b5ff3a4b002276cf9424eb128f5c5cddab8c48f3eb2366b59ef';

/** nginx (as latest and mainline) and httpd pulled. */
async function withImages() {
  const sim = createSimulator({ seed: 1, clock: () => NOW });
  for (const ref of ['nginx', 'httpd', 'nginx:mainline']) await sim.run(`docker pull -q ${ref}`);
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('docker images (tree view)', () => {
  it('prints only the header when there are no images', async () => {
    const sim = createSimulator({ seed: 1, clock: () => NOW });
    expect(await sim.run('docker images')).toEqual(ok('IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA\n'));
  });

  it('lists one row per tag, sorted by name, with disk usage and content size', async () => {
    const sim = await withImages();
    expect(await sim.run('docker images')).toEqual(
      ok(
        'IMAGE            ID             DISK USAGE   CONTENT SIZE   EXTRA\n' +
          'httpd:latest     8a6530c2adc6        163MB         45.6MB        \n' +
          'nginx:latest     4e41a9d5f2f4        227MB         63.6MB        \n' +
          'nginx:mainline   4e41a9d5f2f4        227MB         63.6MB        \n',
      ),
    );
  });

  it('marks images used by a container with the U chip', async () => {
    const sim = await withImages();
    await sim.run('docker create --name web httpd');
    expect(await sim.run('docker image ls')).toEqual(
      ok(
        'IMAGE            ID             DISK USAGE   CONTENT SIZE   EXTRA\n' +
          'httpd:latest     8a6530c2adc6        163MB         45.6MB   U    \n' +
          'nginx:latest     4e41a9d5f2f4        227MB         63.6MB        \n' +
          'nginx:mainline   4e41a9d5f2f4        227MB         63.6MB        \n',
      ),
    );
  });

  it('on a terminal adds the right-aligned legend and colours', async () => {
    const sim = await withImages();
    await sim.run('docker create httpd');
    const r = await sim.run('docker images httpd', { tty: true });
    const chip = '\x1b[38;5;0m\x1b[48;5;14m U \x1b[0m';
    expect(r.stdout).toBe(
      ' '.repeat(60) +
        `\x1b[1m\x1b[106m\x1b[30mi\x1b[0m\x1b[0m \x1b[96mInfo → \x1b[0m\x1b[0m ${chip} In Use\n` +
        '\x1b[39m\x1b[1mIMAGE\x1b[0m          \x1b[39m\x1b[1mID\x1b[0m             \x1b[39m\x1b[1mDISK USAGE\x1b[0m   \x1b[39m\x1b[1mCONTENT SIZE\x1b[0m   \x1b[39m\x1b[1mEXTRA\x1b[0m\n' +
        `\x1b[34m\x1b[1mhttpd:latest\x1b[0m   \x1b[39m8a6530c2adc6\x1b[0m        \x1b[39m163MB\x1b[0m         \x1b[39m45.6MB\x1b[0m   ${chip}  \n`,
    );
  });

  it('hides dangling images unless -a or a dangling filter asks for them', async () => {
    const sim = await withImages();
    await sim.run('docker pull -q alpine');
    await sim.run('docker tag httpd alpine');
    const header = 'IMAGE            ID             DISK USAGE   CONTENT SIZE   EXTRA\n';
    const tagged =
      'alpine:latest    8a6530c2adc6        163MB         45.6MB        \n' +
      'httpd:latest     8a6530c2adc6        163MB         45.6MB        \n' +
      'nginx:latest     4e41a9d5f2f4        227MB         63.6MB        \n' +
      'nginx:mainline   4e41a9d5f2f4        227MB         63.6MB        \n';
    expect(await sim.run('docker images')).toEqual(ok(header + tagged));
    expect(await sim.run('docker images -a')).toEqual(ok(`${header}${tagged}<untagged>       894cc588e621       12.2MB          3.9MB        \n`));
    expect(await sim.run('docker images -f dangling=true')).toEqual(
      ok('IMAGE        ID             DISK USAGE   CONTENT SIZE   EXTRA\n<untagged>   894cc588e621       12.2MB          3.9MB        \n'),
    );
  });

  it('--tree lists the names of an image together and its platform', async () => {
    const sim = await withImages();
    expect(await sim.run('docker images --tree')).toEqual(
      ok(
        'IMAGE                ID             DISK USAGE   CONTENT SIZE   EXTRA\n' +
          'httpd:latest         8a6530c2adc6        163MB         45.6MB        \n' +
          '└─ linux/amd64       dfa05deae814        162MB         45.3MB        \n\n' +
          'nginx:latest      \n' +
          'nginx:mainline       4e41a9d5f2f4        227MB         63.6MB        \n' +
          '└─ linux/amd64       9fa6623bd383        227MB         63.2MB        \n\n',
      ),
    );
  });

  it('filters by the REPOSITORY[:TAG] argument (a glob) and by reference', async () => {
    const sim = await withImages();
    const nginx =
      'IMAGE            ID             DISK USAGE   CONTENT SIZE   EXTRA\n' +
      'nginx:latest     4e41a9d5f2f4        227MB         63.6MB        \n' +
      'nginx:mainline   4e41a9d5f2f4        227MB         63.6MB        \n';
    expect(await sim.run('docker images "ng*"')).toEqual(ok(nginx));
    expect(await sim.run('docker images -f reference=docker.io/library/httpd')).toEqual(
      ok('IMAGE          ID             DISK USAGE   CONTENT SIZE   EXTRA\nhttpd:latest   8a6530c2adc6        163MB         45.6MB        \n'),
    );
  });

  it('hints at `docker image ls` when `docker images ls` finds nothing', async () => {
    const sim = await withImages();
    const empty = 'IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA\n';
    expect(await sim.run('docker images ls')).toEqual({
      stdout: empty,
      stderr: 'No images found matching "ls": did you mean "docker image ls"?\n',
      exitCode: 0,
    });
    expect(await sim.run('docker image ls ls')).toEqual(ok(empty));
  });
});

describe('docker images (classic table and --format)', () => {
  it('-q prints an ID per tag', async () => {
    const sim = await withImages();
    expect(await sim.run('docker image ls -q')).toEqual(ok('4e41a9d5f2f4\n4e41a9d5f2f4\n8a6530c2adc6\n'));
  });

  it('--digests adds the DIGEST column; newest image first', async () => {
    const sim = await withImages();
    expect(await sim.run('docker images --digests')).toEqual(
      ok(
        'REPOSITORY   TAG        DIGEST                                                                    IMAGE ID       CREATED       SIZE\n' +
          `nginx        latest     ${NGINX}   4e41a9d5f2f4   3 weeks ago   227MB\n` +
          `nginx        mainline   ${NGINX}   4e41a9d5f2f4   3 weeks ago   227MB\n` +
          `httpd        latest     ${HTTPD}   8a6530c2adc6   3 weeks ago   163MB\n`,
      ),
    );
  });

  it('--no-trunc shows full IDs', async () => {
    const sim = await withImages();
    expect(await sim.run('docker images --no-trunc httpd')).toEqual(
      ok(`REPOSITORY   TAG       IMAGE ID                                                                  CREATED       SIZE\nhttpd        latest    ${HTTPD}   3 weeks ago   163MB\n`),
    );
  });

  it('shows <none> for a dangling image', async () => {
    const sim = await withImages();
    await sim.run('docker tag nginx httpd');
    expect(await sim.run('docker images -a --format "{{.Repository}} {{.Tag}} {{.ID}}"')).toEqual(
      ok('httpd latest 4e41a9d5f2f4\nnginx latest 4e41a9d5f2f4\nnginx mainline 4e41a9d5f2f4\n<none> <none> 8a6530c2adc6\n'),
    );
  });

  it('renders templates, table templates and json', async () => {
    const sim = await withImages();
    expect(await sim.run('docker images --format "table {{.Repository}}\\t{{.CreatedSince}}" httpd')).toEqual(ok('REPOSITORY   CREATED\nhttpd        3 weeks ago\n'));
    expect(await sim.run('docker images --format json nginx:latest')).toEqual(
      ok(
        '{"Containers":"0","CreatedAt":"2026-09-19 00:31:12 +0000 UTC","CreatedSince":"3 weeks ago","Digest":"\\u003cnone\\u003e","ID":"4e41a9d5f2f4","Repository":"nginx","SharedSize":"N/A","Size":"227MB","Tag":"latest","UniqueSize":"N/A"}\n',
      ),
    );
  });

  it('filters by before/since an image', async () => {
    const sim = await withImages();
    expect(await sim.run('docker images -q -f since=httpd')).toEqual(ok('4e41a9d5f2f4\n4e41a9d5f2f4\n'));
    expect(await sim.run('docker images -q -f before=httpd')).toEqual(ok(''));
    expect(await sim.run('docker images -f since=nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nope:latest\n', exitCode: 1 });
  });
});

describe('docker images errors', () => {
  it('reports bad filters as the client (125) and the daemon (1) do', async () => {
    const sim = await withImages();
    expect(await sim.run('docker images -f bad')).toEqual({
      stdout: '',
      stderr:
        'invalid argument "bad" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nRun \'docker images --help\' for more information\n',
      exitCode: 125,
    });
    expect(await sim.run('docker images -f foo=bar')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'foo'\n", exitCode: 1 });
    expect(await sim.run('docker images -f dangling=maybe')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'dangling=[maybe]'\n", exitCode: 1 });
  });

  it('refuses classic options with --tree', async () => {
    const sim = await withImages();
    expect(await sim.run('docker images --tree -q')).toEqual({ stdout: '', stderr: '--quiet is not yet supported with --tree\n', exitCode: 1 });
  });

  it('rejects an unknown flag (125) and more than one argument (1)', async () => {
    const sim = await withImages();
    expect(await sim.run('docker images --bogus')).toEqual({
      stdout: '',
      stderr: "unknown flag: --bogus\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker images --help' for more information\n",
      exitCode: 125,
    });
    expect(await sim.run('docker image ls a b')).toEqual({
      stdout: '',
      stderr: "docker: 'docker image ls' requires at most 1 argument\n\nUsage:  docker image ls [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker image ls --help' for more information\n",
      exitCode: 1,
    });
  });
});
