import { describe, expect, it } from 'vitest';
import { fail, flagError, lines, ok, setup } from './test-setup.ts';

const restarted = (name: string) => [` Container ${name} Restarting `, ` Container ${name} Started `];

const RESTART_DEPS = `services:
  web:
    image: nginx:alpine
    depends_on:
      cache:
        condition: service_started
        restart: true
  cache:
    image: redis:alpine
`;

const HEALTHY_DEPS = `services:
  web:
    image: nginx:alpine
    depends_on:
      cache:
        condition: service_healthy
        restart: true
  cache:
    image: redis:alpine
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
      interval: 2s
`;

describe('docker compose restart', () => {
  it('restarts every container in dependency order, stopped ones too', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop web');
    expect(await s.run('docker compose restart')).toEqual(ok('', lines(...restarted('app-cache-1'), ...restarted('app-web-1'))));
    expect(await s.run("docker compose ps --format '{{.Name}} {{.Status}}'")).toEqual(ok('app-cache-1 Up 1 second\napp-web-1 Up 1 second\n'));
  });

  it('a named service alone, unless a dependent asks to follow with restart: true (and not with --no-deps)', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose restart cache')).toEqual(ok('', lines(...restarted('app-cache-1'))));
    await s.run(`cat > compose.yaml <<'EOF'\n${RESTART_DEPS}EOF`);
    expect(await s.run('docker compose restart cache')).toEqual(ok('', lines(...restarted('app-cache-1'), ...restarted('app-web-1'))));
    expect(await s.run('docker compose restart --no-deps cache')).toEqual(ok('', lines(...restarted('app-cache-1'))));
  });

  it('waits for a restart: true dependency to be healthy again before restarting its dependents', async () => {
    const s = await setup({ files: { 'app/compose.yaml': HEALTHY_DEPS }, up: true });
    expect(await s.run('docker compose restart cache')).toEqual(
      ok('', lines(...restarted('app-cache-1'), ' Container app-cache-1 Waiting ', ' Container app-cache-1 Healthy ', ...restarted('app-web-1'))),
    );
    expect(await s.run('docker compose restart')).toEqual(
      ok('', lines(...restarted('app-cache-1'), ' Container app-cache-1 Waiting ', ' Container app-cache-1 Healthy ', ...restarted('app-web-1'))),
    );
    // Only the dependency restarts with --no-deps, and a dependent alone waits for nothing.
    expect(await s.run('docker compose restart --no-deps cache')).toEqual(ok('', lines(...restarted('app-cache-1'))));
    expect(await s.run('docker compose restart web')).toEqual(ok('', lines(...restarted('app-web-1'))));
  });

  it('fails on an unknown service or flag', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose restart nope')).toEqual(fail('no such service: nope\n'));
    expect(await s.run('docker compose restart -f')).toEqual(flagError("unknown shorthand flag: 'f' in -f"));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose restart --help')).toEqual(ok(`Usage:  docker compose restart [OPTIONS] [SERVICE...]

Restart service containers

Options:
      --dry-run       Execute command in dry run mode
      --no-deps       Don't restart dependent services
  -t, --timeout int   Specify a shutdown timeout in seconds
`));
  });
});
