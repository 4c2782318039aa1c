import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

async function built() {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now, files: { 'app/Dockerfile': 'FROM alpine:3.20\nRUN echo hi > /x\nCOPY . .\nCMD ["sh"]\n', 'app/f.txt': 'data\n' } });
  await sim.run('cd app');
  await sim.run('docker build -q -t app .');
  now += 120_000;
  await sim.run('');
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker builder prune / docker buildx prune', () => {
  it('keeps the records an image still holds unless -a, and lists what it removes as buildx does', async () => {
    const sim = await built();
    expect(await sim.run('docker builder prune -f')).toEqual(ok('Total:\t0B\n'));
    const rows = await sim.run('docker builder prune -af');
    expect(rows).toEqual(
      ok(
        'ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED\n' +
          `${rows.stdout.split('\n')[1].slice(0, 25)}               \ttrue \t\t3B*       \t2 minutes ago\n` +
          `${rows.stdout.split('\n')[2].slice(0, 25)}               \ttrue \t59B*      \t2 minutes ago\n` +
          'Total:\t62B\n',
      ),
    );
    expect(rows.stdout.split('\n')[1]).toMatch(/^[0-9a-z]{25} /);
    expect(await sim.run('docker buildx prune -af')).toEqual(ok('Total:\t0B\n'));
  });

  it('makes the next build run its steps again', async () => {
    const sim = await built();
    await sim.run('docker builder prune -af');
    const again = await sim.run('docker build -t app .');
    expect(again.stderr).not.toContain('CACHED');
    expect(again.stderr).toContain('#6 [2/3] RUN echo hi > /x\n#6 DONE');
  });

  it('shows the cache in docker system df until it is pruned', async () => {
    const sim = await built();
    expect((await sim.run('docker system df')).stdout.split('\n')[4]).toBe('Build Cache     2         0         62B       62B');
    await sim.run('docker rmi app');
    expect(await sim.run('docker system prune -f')).toEqual(ok(expect.stringMatching(/^Deleted build cache objects:\n[0-9a-z]{25}\n[0-9a-z]{25}\n\nTotal reclaimed space: 62B\n$/) as unknown as string));
    expect((await sim.run('docker system df')).stdout.split('\n')[4]).toBe('Build Cache     0         0         0B        0B');
  });

  it('asks first (anything but y keeps the cache) and checks the until filter', async () => {
    const sim = await built();
    expect(await sim.run('echo n | docker buildx prune')).toEqual(
      ok('WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] '),
    );
    expect(await sim.run('echo y | docker builder prune -a --filter until=1h')).toEqual(
      ok('WARNING! This will remove all build cache. Are you sure you want to continue? [y/N] Total:\t0B\n'),
    );
    expect(await sim.run('docker builder prune -f --filter until=soon')).toEqual(
      fail(`"until" filter expects a duration (e.g., '24h'): time: invalid duration "soon"\n`),
    );
    expect(await sim.run('docker builder prune -f --filter until=1h --filter unused-for=2h')).toEqual(fail('conflicting filters "until" and "unused-for"\n'));
  });

  it('prints the buildx version and the prune help', async () => {
    const sim = createSimulator({ seed: 1 });
    expect(await sim.run('docker buildx version')).toEqual(ok('github.com/docker/buildx v0.33.0 f7897eb\n'));
    expect(await sim.run('docker builder prune --help')).toEqual(
      ok(`Usage:  docker builder prune

Remove build cache

Options:
  -a, --all                    Include internal/frontend images
      --builder string         Override the configured builder instance
  -D, --debug                  Enable debug logging
      --filter filter          Provide filter values
  -f, --force                  Do not prompt for confirmation
      --max-used-space bytes   Maximum amount of disk space allowed to
                               keep for cache
      --min-free-space bytes   Target amount of free disk space after pruning
      --reserved-space bytes   Amount of disk space always allowed to
                               keep for cache
      --timeout duration       Override the default timeout for loading
                               builder status (default 20s)
      --verbose                Provide a more verbose output
`),
    );
  });
});
