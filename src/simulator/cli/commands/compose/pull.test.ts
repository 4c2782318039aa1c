import { describe, expect, it } from 'vitest';
import { fail, flagError, lines, ok, setup } from './test-setup.ts';

const FILES = {
  'app/compose.yaml': `services:
  web:
    build: .
    depends_on: [cache]
  cache:
    image: redis:alpine
  tool:
    image: busybox
    pull_policy: never
  ghost:
    image: example/ghost:1
    profiles: [extra]
`,
  'app/Dockerfile': 'FROM alpine\n',
};

describe('docker compose pull', () => {
  it('pulls every image once with its progress; build-only and never-pull services are skipped', async () => {
    const s = await setup({ images: [], files: FILES });
    const r = await s.run('docker compose pull');
    expect(r.exitCode).toBe(0);
    const out = r.stderr.split('\n');
    expect(out[0]).toBe(' Image redis:alpine Pulling ');
    expect(out).toContain(' Image redis:alpine Pulled ');
    expect(out.slice(-4)).toEqual([' Image redis:alpine Pulled ', ' Image busybox Skipped ', ' web Skipped No image to be pulled', '']);
    // The layers' progress lines sit between Pulling and Pulled: " <layer id> <status> <size>".
    expect(out.slice(1, -4).every((l) => /^ [0-9a-f]{12} (Pulling fs layer|Downloading|Download complete|Extracting|Pull complete|Already exists) \S+$/.test(l))).toBe(true);
    expect(await s.run("docker images --format '{{.Repository}}:{{.Tag}}'")).toEqual(ok('redis:alpine\n'));
  });

  it('-q keeps only the image events; a named service pulls only its own image', async () => {
    const s = await setup({ images: [], files: FILES });
    expect(await s.run('docker compose pull -q cache')).toEqual(ok('', lines(' Image redis:alpine Pulling ', ' Image redis:alpine Pulled ')));
    expect(await s.run('docker compose pull web')).toEqual(ok('', ' web Skipped No image to be pulled\n'));
    expect(await s.run('docker compose pull --policy missing -q cache')).toEqual(ok('', ' Image redis:alpine Skipped Image is already present locally\n'));
  });

  it('an image that cannot be pulled fails the command with the daemon\'s error', async () => {
    const s = await setup({ images: [], files: FILES });
    const denied = "pull access denied for example/ghost, repository does not exist or may require 'docker login'";
    expect(await s.run('docker compose pull ghost')).toEqual(fail(lines(' Image example/ghost:1 Pulling ', ` Image example/ghost:1 Error ${denied}`, `Error response from daemon: ${denied}`)));
    expect(await s.run('docker compose pull --ignore-pull-failures -q ghost')).toEqual(ok('', lines(' Image example/ghost:1 Pulling ', ` Image example/ghost:1 Error ${denied}`)));
  });

  it('fails on an unknown service or flag', async () => {
    const s = await setup({ images: [], files: FILES });
    expect(await s.run('docker compose pull nope')).toEqual(fail('no such service: nope\n'));
    expect(await s.run('docker compose pull --all')).toEqual(flagError('unknown flag: --all'));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose pull --help')).toEqual(ok(`Usage:  docker compose pull [OPTIONS] [SERVICE...]

Pull service images

Options:
      --dry-run                Execute command in dry run mode
      --ignore-buildable       Ignore images that can be built
      --ignore-pull-failures   Pull what it can and ignores images with
                               pull failures
      --include-deps           Also pull services declared as dependencies
      --policy string          Apply pull policy ("missing"|"always")
  -q, --quiet                  Pull without printing progress information
`));
  });
});
