import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 9, 15, 12, 0, 0);
const BUSYBOX = 'sha256:7414cbca263c0dffca545636537830620ba1dd20dfef2a1d474be5cee0ee11b0';

async function withBusybox() {
  const sim = createSimulator({ seed: 1, clock: () => NOW });
  await sim.run('docker pull -q busybox');
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker rmi', () => {
  it('untags and deletes an image by its last name', async () => {
    const sim = await withBusybox();
    expect(await sim.run('docker image rm busybox')).toEqual(ok(`Untagged: busybox:latest\nDeleted: ${BUSYBOX}\n`));
    expect(await sim.run('docker images -a -q')).toEqual(ok(''));
  });

  it('only untags a name the image shares with other names', async () => {
    const sim = await withBusybox();
    await sim.run('docker tag busybox mybox:1');
    expect(await sim.run('docker rmi mybox:1')).toEqual(ok('Untagged: mybox:1\n'));
    expect(await sim.run('docker images --format "{{.Repository}}:{{.Tag}}"')).toEqual(ok('busybox:latest\n'));
  });

  it('by ID needs --force when several repositories refer to the image', async () => {
    const sim = await withBusybox();
    await sim.run('docker tag busybox mybox:1');
    expect(await sim.run('docker rmi 7414cbca263c')).toEqual(
      fail('Error response from daemon: conflict: unable to delete 7414cbca263c (must be forced) - image is referenced in multiple repositories\n'),
    );
    expect(await sim.run('docker rmi -f 7414cbca263c')).toEqual(ok(`Untagged: busybox:latest\nUntagged: mybox:1\nDeleted: ${BUSYBOX}\n`));
  });

  it('refuses the last name of an image a container uses; -f untags it and keeps the image dangling', async () => {
    const sim = await withBusybox();
    const id = (await sim.run('docker create --name c1 busybox')).stdout.trim();
    expect(await sim.run('docker rmi busybox')).toEqual(
      fail(`Error response from daemon: conflict: unable to delete busybox:latest (must be forced) - container ${id.slice(0, 12)} is using its referenced image 7414cbca263c\n`),
    );
    expect(await sim.run('docker rmi -f busybox')).toEqual(ok('Untagged: busybox:latest\n'));
    expect(await sim.run('docker images -a --format "{{.Repository}} {{.Tag}} {{.ID}}"')).toEqual(ok('<none> <none> 7414cbca263c\n'));
    expect(await sim.run('docker rmi 7414cbca263c')).toEqual(
      fail(`Error response from daemon: conflict: unable to delete 7414cbca263c (must be forced) - image is being used by stopped container ${id.slice(0, 12)}\n`),
    );
    expect(await sim.run('docker rmi -f 7414cbca263c')).toEqual(ok(`Deleted: ${BUSYBOX}\n`));
  });

  it('cannot force the removal of an image a running container uses', async () => {
    const sim = await withBusybox();
    const id = (await sim.run('docker run -d busybox sleep 1000')).stdout.trim();
    expect(await sim.run('docker rmi -f 7414cbca263c')).toEqual(
      fail(`Error response from daemon: conflict: unable to delete 7414cbca263c (cannot be forced) - image is being used by running container ${id.slice(0, 12)}\n`),
    );
  });

  it('reports each missing image and exits 1 after trying them all', async () => {
    const sim = await withBusybox();
    expect(await sim.run('docker rmi nope x:1 busybox')).toEqual({
      stdout: `Untagged: busybox:latest\nDeleted: ${BUSYBOX}\n`,
      stderr: 'Error response from daemon: No such image: nope:latest\nError response from daemon: No such image: x:1\n',
      exitCode: 1,
    });
  });

  it('with -f, "No such image" alone is printed but exits 0; other errors still fail', async () => {
    const sim = await withBusybox();
    expect(await sim.run('docker rmi -f nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nope:latest\n', exitCode: 0 });
    expect(await sim.run('docker rmi Bad')).toEqual(fail('Error response from daemon: invalid reference format: repository name (library/Bad) must be lowercase\n'));
  });

  it('--platform needs --force', async () => {
    const sim = await withBusybox();
    expect(await sim.run('docker rmi --platform linux/amd64 busybox')).toEqual(
      fail('Error response from daemon: Content will be removed from all images referencing this variant. Use —-force to force delete.\n'),
    );
  });

  it('rejects an unknown flag (125) and no arguments (1)', async () => {
    const sim = await withBusybox();
    expect(await sim.run('docker image rm --bogus x')).toEqual(
      fail("unknown flag: --bogus\n\nUsage:  docker image rm [OPTIONS] IMAGE [IMAGE...]\n\nRun 'docker image rm --help' for more information\n", 125),
    );
    expect(await sim.run('docker rmi')).toEqual(
      fail("docker: 'docker rmi' requires at least 1 argument\n\nUsage:  docker rmi [OPTIONS] IMAGE [IMAGE...]\n\nSee 'docker rmi --help' for more information\n"),
    );
  });
});
