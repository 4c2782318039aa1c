import { describe, expect, it } from 'vitest';
import { fail, flagError, ok, setup } from './test-setup.ts';

const FILES = {
  'app/compose.yaml': `services:
  web:
    build:
      context: .
      args:
        GREETING: hi
    depends_on: [cache]
  cache:
    image: redis:alpine
`,
  'app/Dockerfile': 'FROM alpine\nARG GREETING\nRUN echo $GREETING > /greeting\nCMD ["cat", "/greeting"]\n',
};

describe('docker compose build', () => {
  it('builds the services with a build section as <project>-<service>, between Building and Built', async () => {
    const s = await setup({ images: [], files: FILES });
    const r = await s.run('docker compose build');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(' Image app-web Building \n#0 building with "default" instance using docker driver\n')).toBe(true);
    expect(r.stderr).toContain('\n#5 [2/2] RUN echo hi > /greeting\n');
    expect(r.stderr).toContain('\n#6 naming to docker.io/library/app-web:latest done\n');
    expect(r.stderr.endsWith('#6 DONE 0.2s\n Image app-web Built \n')).toBe(true);
    expect(await s.run('docker run --rm app-web')).toEqual(ok('hi\n'));
  });

  it('--build-arg overrides the file\'s args; -q prints nothing', async () => {
    const s = await setup({ images: [], files: FILES });
    expect(await s.run('docker compose build -q --build-arg GREETING=yo web')).toEqual(ok(''));
    expect(await s.run('docker run --rm app-web')).toEqual(ok('yo\n'));
  });

  it('warns when nothing builds; fails on an unknown service, a failing build and an unknown flag', async () => {
    const s = await setup({ images: [], files: FILES });
    expect(await s.run('docker compose build cache')).toEqual(ok('', 'time="2026-11-25T10:00:01Z" level=warning msg="No services to build"\n'));
    expect(await s.run('docker compose build nope')).toEqual(fail('no such service: nope\n'));
    await s.run("echo 'FROM alpine\nRUN exit 3' > Dockerfile");
    const r = await s.run('docker compose build -q');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('ERROR: failed to build: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3\n');
    expect(await s.run('docker compose build --tag x')).toEqual(flagError('unknown flag: --tag'));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose build --help')).toEqual(ok(`Usage:  docker compose build [OPTIONS] [SERVICE...]

Build or rebuild services

Options:
      --build-arg stringArray   Set build-time variables for services
      --builder string          Set builder to use
      --check                   Check build configuration
      --dry-run                 Execute command in dry run mode
  -m, --memory bytes            Set memory limit for the build container.
                                Not supported by BuildKit.
      --no-cache                Do not use cache when building the image
      --print                   Print equivalent bake file
      --provenance string       Add a provenance attestation
      --pull                    Always attempt to pull a newer version of
                                the image
      --push                    Push service images
  -q, --quiet                   Suppress the build output
      --sbom string             Add a SBOM attestation
      --ssh string              Set SSH authentications used when
                                building service images. (use 'default'
                                for using your default SSH Agent)
      --with-dependencies       Also build dependencies (transitively)
`));
  });
});
