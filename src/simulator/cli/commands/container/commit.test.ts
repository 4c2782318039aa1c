import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

async function setup() {
  let now = T0;
  const sim = createSimulator({ seed: 4, clock: () => now });
  await sim.run('docker pull -q ubuntu');
  now += 60_000;
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker commit', () => {
  it('prints the new image id; the image has the container\'s files and command', async () => {
    const sim = await setup();
    await sim.run('docker run --name box ubuntu sh -c "echo hello > /hello.txt"');
    const r = await sim.run('docker commit box hello:v1');
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(r).toEqual(ok(r.stdout));
    const id = r.stdout.trim().slice(7, 19);
    expect(await sim.run('docker images hello --format "{{.Repository}}:{{.Tag}} {{.ID}}"')).toEqual(ok(`hello:v1 ${id}\n`));
    expect(await sim.run('docker run --rm hello:v1 cat /hello.txt')).toEqual(ok('hello\n'));
    expect(await sim.run('docker run --rm ubuntu cat /hello.txt')).toEqual(fail('cat: /hello.txt: No such file or directory\n'));
  });

  it('adds one history step created by the container\'s command, with the message as its comment', async () => {
    const sim = await setup();
    await sim.run('docker run --name box ubuntu sh -c "echo hello > /hello.txt"');
    await sim.run('docker commit -m "add hello" -a "Ann <ann@example.com>" box hello');
    const lines = (await sim.run('docker history hello')).stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'IMAGE          CREATED                  CREATED BY                                      SIZE      COMMENT',
      `${lines[1].slice(0, 12)}   Less than a second ago   sh -c echo hello > /hello.txt                   6B        add hello`,
      '<missing>      4 months ago             umoci raw add-layer --image /home/buildd/roc…   2.05kB    ',
    ]);
    expect(lines[1]).toMatch(/^[0-9a-f]{12} /);
    expect(await sim.run('docker inspect -f "{{.Comment}}|{{.Author}}|{{json .Config.Cmd}}" hello')).toEqual(
      ok('add hello|Ann <ann@example.com>|["sh","-c","echo hello > /hello.txt"]\n'),
    );
  });

  it('makes no layer when nothing changed', async () => {
    const sim = await setup();
    await sim.run('docker create --name idle ubuntu');
    await sim.run('docker commit idle same');
    expect((await sim.run('docker history same --format "{{.CreatedBy}}|{{.Size}}"')).stdout.split('\n')[0]).toBe('/bin/bash|0B');
  });

  it('applies --change instructions to the new image\'s config', async () => {
    const sim = await setup();
    await sim.run('docker run --name box ubuntu sh -c "echo hi > /greeting"');
    await sim.run('docker commit -c \'CMD ["cat","/greeting"]\' -c "ENV MOOD=happy" -c "WORKDIR /srv" box greet');
    expect(await sim.run('docker run --rm greet')).toEqual(ok('hi\n'));
    expect(await sim.run('docker run --rm greet sh -c \'echo $MOOD $PWD\'')).toEqual(ok('happy /srv\n'));
    expect(await sim.run('docker commit -c "RUN apt-get update" box nope')).toEqual(fail('Error response from daemon: run is not a valid change command\n'));
  });

  it('leaves the image dangling without a name', async () => {
    const sim = await setup();
    await sim.run('docker create --name idle ubuntu');
    await sim.run('docker commit idle');
    expect(await sim.run('docker images --filter dangling=true --format "{{.Repository}}:{{.Tag}}"')).toEqual(ok('<none>:<none>\n'));
  });

  it('reports the client\'s and the daemon\'s errors', async () => {
    const sim = await setup();
    await sim.run('docker create --name idle ubuntu');
    expect(await sim.run('docker commit nope')).toEqual(fail('Error response from daemon: No such container: nope\n'));
    expect(await sim.run('docker commit idle Bad')).toEqual(fail('invalid reference format: repository name (library/Bad) must be lowercase\n'));
    expect(await sim.run(`docker commit idle x@sha256:${'0'.repeat(64)}`)).toEqual(fail('refusing to create a tag with a digest reference\n'));
    expect(await sim.run('docker commit --pause --no-pause idle')).toEqual(
      fail('Flag --pause has been deprecated, and enabled by default. Use --no-pause to disable pausing during commit.\nconflicting options: --no-pause and --pause cannot be used together\n'),
    );
    expect(await sim.run('docker commit a b c')).toEqual(
      fail("docker: 'docker commit' requires at least 1 and at most 2 arguments\n\nUsage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]\n\nRun 'docker commit --help' for more information\n"),
    );
  });
});
