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

const DOC = `    {
        "Id": "${HELLO}",
        "RepoTags": [
            "hello-world:latest"
        ],
        "RepoDigests": [
            "hello-world@${HELLO}"
        ],
        "Comment": "buildkit.dockerfile.v0",
        "Created": "2026-08-12T18:02:53Z",
        "Config": {
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
            "Cmd": [
                "/hello"
            ]
        },
        "Architecture": "amd64",
        "Os": "linux",
        "Size": 13330,
        "RootFS": {
            "Type": "layers",
            "Layers": [
                "sha256:d53e1c1f1c2867a168372bc55acdd59b20b22a74fd629dc914ec34aa15f4946c"
            ]
        },
        "Metadata": {
            "LastTagTime": "2026-10-15T12:00:00.222Z"
        },
        "Descriptor": {
            "mediaType": "application/vnd.oci.image.index.v1+json",
            "digest": "${HELLO}",
            "size": 9651
        }
    }`;

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('docker image inspect', () => {
  it('prints the daemon document as an indented JSON array', async () => {
    const sim = await withImages();
    expect(await sim.run('docker image inspect hello-world')).toEqual(ok(`[\n${DOC}\n]\n`));
  });

  it('--format json prints it compact', async () => {
    const sim = await withImages();
    const r = await sim.run('docker image inspect --format json hello-world');
    expect(r.stdout).toBe(`${JSON.stringify([JSON.parse(DOC)])}\n`);
  });

  it('runs templates on the typed value, then on the raw document', async () => {
    const sim = await withImages();
    expect(await sim.run('docker image inspect -f "{{.ID}} {{.Config.Cmd}} {{.RootFS.Type}} {{.Os}}/{{.Architecture}} {{.Size}}" hello-world')).toEqual(
      ok(`${HELLO} [/hello] layers linux/amd64 13330\n`),
    );
    expect(await sim.run('docker image inspect -f "{{.Id}}" alpine')).toEqual(ok('sha256:894cc588e62101818166899cc6dd80da70e84dd1395c88b56e290db4593ead63\n'));
    expect(await sim.run('docker image inspect -f "{{json .Config}}" alpine')).toEqual(
      ok('{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["/bin/sh"]}\n'),
    );
    expect(await sim.run('docker image inspect -f "{{.Metadata.LastTagTime}} {{.Descriptor.MediaType}}" alpine')).toEqual(
      ok('2026-10-15 12:00:00.911 +0000 UTC application/vnd.oci.image.index.v1+json\n'),
    );
  });

  it('reports missing images after printing the ones found', async () => {
    const sim = await withImages();
    expect(await sim.run('docker image inspect hello-world nope')).toEqual({
      stdout: `[\n${DOC}\n]\n`,
      stderr: 'Error response from daemon: No such image: nope:latest\n',
      exitCode: 1,
    });
    expect(await sim.run('docker image inspect nope')).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: No such image: nope:latest\n', exitCode: 1 });
  });

  it('reports template errors: 64 for a bad template, 1 for a missing field', async () => {
    const sim = await withImages();
    expect(await sim.run('docker image inspect -f "{{" alpine')).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      exitCode: 64,
    });
    expect(await sim.run('docker image inspect -f "{{.Parent}}" alpine')).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Parent>: map has no entry for key "Parent"\n',
      exitCode: 1,
    });
  });

  it('rejects an unknown flag (125) and no arguments (1)', async () => {
    const sim = await withImages();
    expect(await sim.run('docker image inspect --bogus x')).toEqual({
      stdout: '',
      stderr: "unknown flag: --bogus\n\nUsage:  docker image inspect [OPTIONS] IMAGE [IMAGE...]\n\nRun 'docker image inspect --help' for more information\n",
      exitCode: 125,
    });
    expect(await sim.run('docker image inspect')).toEqual({
      stdout: '',
      stderr: "docker: 'docker image inspect' requires at least 1 argument\n\nUsage:  docker image inspect [OPTIONS] IMAGE [IMAGE...]\n\nSee 'docker image inspect --help' for more information\n",
      exitCode: 1,
    });
  });
});
