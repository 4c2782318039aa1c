import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 9, 15, 12, 0, 0);
const HELLO = 'sha256:b070dc4fc442d7f9216f6a49deec2c028e54bf7ce01c7f5217c5165997bc5c2a';

async function withImages() {
  const sim = createSimulator({ seed: 1, clock: () => NOW });
  await sim.run('docker pull -q hello-world');
  await sim.run('docker pull -q alpine');
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker history', () => {
  it('lists the steps newest first; only the top one has the image ID', async () => {
    const sim = await withImages();
    expect(await sim.run('docker history hello-world')).toEqual(
      ok(
        'IMAGE          CREATED        CREATED BY                SIZE      COMMENT\n' +
          'b070dc4fc442   2 months ago   CMD ["/hello"]            0B        buildkit.dockerfile.v0\n' +
          '<missing>      2 months ago   COPY hello / # buildkit   10.1kB    buildkit.dockerfile.v0\n',
      ),
    );
  });

  it('cuts CREATED BY to 45 columns unless --no-trunc', async () => {
    const sim = await withImages();
    expect(await sim.run('docker image history --format "{{.ID}}|{{.Size}}|{{.CreatedBy}}" alpine')).toEqual(
      ok('894cc588e621|0B|CMD ["/bin/sh"]\n<missing>|8.31MB|ADD alpine-minirootfs-3.24.1-x86_64.tar.gz /…\n'),
    );
    expect(await sim.run('docker history --no-trunc hello-world')).toEqual(
      ok(
        'IMAGE                                                                     CREATED        CREATED BY                SIZE      COMMENT\n' +
          `${HELLO}   2 months ago   CMD ["/hello"]            0B        buildkit.dockerfile.v0\n` +
          '<missing>                                                                 2 months ago   COPY hello / # buildkit   10.1kB    buildkit.dockerfile.v0\n',
      ),
    );
  });

  it('-H=false prints dates as RFC 3339 and sizes in bytes', async () => {
    const sim = await withImages();
    expect(await sim.run('docker history -H=false hello-world')).toEqual(
      ok(
        'IMAGE          CREATED AT             CREATED BY                SIZE      COMMENT\n' +
          'b070dc4fc442   2026-08-12T18:02:53Z   CMD ["/hello"]            0         buildkit.dockerfile.v0\n' +
          '<missing>      2026-08-12T18:02:53Z   COPY hello / # buildkit   10072     buildkit.dockerfile.v0\n',
      ),
    );
  });

  it('-q prints the IDs; --format takes table templates and json', async () => {
    const sim = await withImages();
    expect(await sim.run('docker history -q alpine')).toEqual(ok('894cc588e621\n<missing>\n'));
    expect(await sim.run('docker history --format "table {{.ID}}\\t{{.Comment}}" alpine')).toEqual(
      ok('IMAGE          COMMENT\n894cc588e621   buildkit.dockerfile.v0\n<missing>      buildkit.dockerfile.v0\n'),
    );
    expect(await sim.run('docker history --format json hello-world')).toEqual(
      ok(
        '{"Comment":"buildkit.dockerfile.v0","CreatedAt":"2026-08-12T18:02:53Z","CreatedBy":"CMD [\\"/hello\\"]","CreatedSince":"2 months ago","ID":"b070dc4fc442","Size":"0B"}\n' +
          '{"Comment":"buildkit.dockerfile.v0","CreatedAt":"2026-08-12T18:02:53Z","CreatedBy":"COPY hello / # buildkit","CreatedSince":"2 months ago","ID":"\\u003cmissing\\u003e","Size":"10.1kB"}\n',
      ),
    );
  });

  it('fails for a missing image and an invalid platform', async () => {
    const sim = await withImages();
    expect(await sim.run('docker history nope')).toEqual(fail('Error response from daemon: No such image: nope:latest\n'));
    expect(await sim.run('docker history --platform bad/x/y/z alpine')).toEqual(
      fail('invalid platform: "bad/x/y/z": cannot parse platform specifier: invalid argument\n'),
    );
  });

  it('rejects an unknown flag (125) and a wrong argument count (1)', async () => {
    const sim = await withImages();
    expect(await sim.run('docker history --bogus x')).toEqual(
      fail("unknown flag: --bogus\n\nUsage:  docker history [OPTIONS] IMAGE\n\nRun 'docker history --help' for more information\n", 125),
    );
    expect(await sim.run('docker history')).toEqual(
      fail("docker: 'docker history' requires 1 argument\n\nUsage:  docker history [OPTIONS] IMAGE\n\nRun 'docker history --help' for more information\n"),
    );
  });
});
