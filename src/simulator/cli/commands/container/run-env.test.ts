// -e/--env and --env-file on docker run and docker create: the client resolves bare names
// from the host environment, the daemon puts the request's variables before the image's
// (Config.Env), and the process sees PATH, HOSTNAME, then those, with bare names dropped.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

async function setup(files: Record<string, string> = {}) {
  const sim = createSimulator({ seed: 4, clock: () => Date.UTC(2026, 10, 25, 10, 0, 0), files });
  await sim.run('docker pull -q alpine');
  await sim.run('docker pull -q nginx');
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('docker run -e / --env-file', () => {
  it('puts the request variables before the image ENV, replacing keys they share', async () => {
    const sim = await setup();
    await sim.run('docker create --name web -e MODE=prod -e NGINX_VERSION=custom nginx');
    expect(await sim.run("docker inspect -f '{{json .Config.Env}}' web")).toEqual(
      ok(`["MODE=prod","NGINX_VERSION=custom","${PATH}","NJS_VERSION=1.0.0","NJS_RELEASE=1~trixie","ACME_VERSION=0.4.1","PKG_RELEASE=1~trixie","DYNPKG_RELEASE=1~trixie"]\n`),
    );
  });

  it('takes a bare -e NAME from the host, and keeps it bare when the host has none', async () => {
    const sim = await setup();
    await sim.run('export GREETING=hello');
    await sim.run('docker create --name c1 -e GREETING -e MISSING -e EMPTY= alpine');
    expect(await sim.run("docker inspect -f '{{json .Config.Env}}' c1")).toEqual(ok(`["GREETING=hello","MISSING","EMPTY=","${PATH}"]\n`));
    expect(await sim.run('docker run --rm -h box -e GREETING -e MISSING -e EMPTY= -e PATH=/usr/bin:/bin alpine env')).toEqual(
      ok('PATH=/usr/bin:/bin\nHOSTNAME=box\nGREETING=hello\nEMPTY=\nHOME=/root\n'),
    );
    expect((await sim.run('docker run --rm -e PATH=/nowhere alpine env')).exitCode).toBe(127);
  });

  it('reads --env-file: comments and blank lines skipped, bare names from the host, -e after', async () => {
    const sim = await setup({ 'app.env': '# settings\n\n  DB_HOST=db\nTOKEN\nUNSET\nDB_HOST=override \n' });
    await sim.run('export TOKEN=s3cret');
    await sim.run('docker create --name c2 --env-file app.env -e EXTRA=1 alpine');
    expect(await sim.run("docker inspect -f '{{json .Config.Env}}' c2")).toEqual(ok(`["DB_HOST=db","TOKEN=s3cret","DB_HOST=override ","EXTRA=1","${PATH}"]\n`));
  });

  it('reports env-file and -e errors as the client does', async () => {
    const sim = await setup({ 'bad.env': 'GOOD=1\nA B=2\n', 'noname.env': '=x\n' });
    const usage = (m: string) => ({ stdout: '', stderr: `docker: ${m}\n\nRun 'docker run --help' for more information\n`, exitCode: 125 });
    expect(await sim.run('docker run --env-file nope.env alpine')).toEqual(usage('--env-file: open nope.env: no such file or directory'));
    expect(await sim.run('docker run --env-file bad.env alpine')).toEqual(usage("--env-file: invalid env file (bad.env): variable 'A B' contains whitespaces"));
    expect(await sim.run('docker run --env-file noname.env alpine')).toEqual(usage("--env-file: invalid env file (noname.env): no variable name on line '=x'"));
    expect(await sim.run('docker run -e =x alpine')).toEqual({
      stdout: '',
      stderr: `invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n`,
      exitCode: 125,
    });
  });
});
