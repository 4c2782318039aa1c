import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const STACK = (greeting: string, withCache = true) => `services:
  web:
    image: nginx:alpine
    ports:
      - "8080:80"
    environment:
      GREETING: ${greeting}
${withCache ? `    depends_on:
      cache:
        condition: service_healthy
  cache:
    image: redis:alpine
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
      interval: 2s
` : ''}`;

async function setup(files: Record<string, string> = { 'app/compose.yaml': STACK('hello') }) {
  let now = Date.UTC(2026, 10, 25, 10);
  const sim = createSimulator({ seed: 1, clock: () => now, files });
  const run = async (line: string, tty = false) => {
    const r = await sim.run(line, tty ? { tty: true } : undefined);
    now += 1000;
    return r;
  };
  await run('cd app');
  await run('docker pull -q nginx:alpine');
  await run('docker pull -q redis:alpine');
  return { sim, run };
}

const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');

const FIRST_UP = lines(
  ' Network app_default Creating ',
  ' Network app_default Created ',
  ' Container app-cache-1 Creating ',
  ' Container app-cache-1 Created ',
  ' Container app-web-1 Creating ',
  ' Container app-web-1 Created ',
  ' Container app-cache-1 Starting ',
  ' Container app-cache-1 Started ',
  ' Container app-cache-1 Waiting ',
  ' Container app-cache-1 Healthy ',
  ' Container app-web-1 Starting ',
  ' Container app-web-1 Started ',
);

describe('docker compose up', () => {
  it('fails without a compose file', async () => {
    const sim = createSimulator({ seed: 1 });
    expect(await sim.run('docker compose up -d')).toEqual({ stdout: '', stderr: 'no configuration file provided: not found\n', exitCode: 1 });
  });

  it('creates the network and containers, starts them in dependency order and waits for health', async () => {
    const { run } = await setup();
    expect(await run('docker compose up -d')).toEqual({ stdout: '', stderr: FIRST_UP, exitCode: 0 });
    expect(await run('docker ps --format "{{.Names}} {{.Status}} {{.Ports}}"')).toEqual({
      stdout: 'app-web-1 Up 1 second 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\napp-cache-1 Up 3 seconds (healthy) 6379/tcp\n',
      stderr: '',
      exitCode: 0,
    });
    const ping = await run('docker exec app-web-1 ping -c 1 cache');
    expect(ping.stdout.split('\n')[0]).toBe('PING cache (172.18.0.2): 56 data bytes');
    const labels = "{{index .Config.Labels \"com.docker.compose.project\"}} {{index .Config.Labels \"com.docker.compose.service\"}} {{index .Config.Labels \"com.docker.compose.container-number\"}}";
    expect((await run(`docker inspect --format '${labels} {{index .Config.Env 0}}' app-web-1`)).stdout).toBe('app web 1 GREETING=hello\n');
    expect((await run(`docker inspect --format '{{json .NetworkSettings.Networks.app_default.Aliases}}' app-web-1`)).stdout).toBe('["app-web-1","web"]\n');
  });

  it('leaves an up-to-date stack running and recreates only what changed', async () => {
    const { sim, run } = await setup();
    await run('docker compose up -d');
    expect(await run('docker compose up -d')).toEqual({
      stdout: '',
      stderr: lines(' Container app-cache-1 Running ', ' Container app-web-1 Running ', ' Container app-cache-1 Waiting ', ' Container app-cache-1 Healthy '),
      exitCode: 0,
    });
    const cacheId = (await run("docker inspect --format '{{.Id}}' app-cache-1")).stdout;
    await sim.run(`cat > compose.yaml <<'EOF'\n${STACK('bonjour')}EOF`);
    expect(await run('docker compose up -d')).toEqual({
      stdout: '',
      stderr: lines(
        ' Container app-cache-1 Running ',
        ' Container app-web-1 Recreate ',
        ' Container app-web-1 Recreated ',
        ' Container app-cache-1 Waiting ',
        ' Container app-cache-1 Healthy ',
        ' Container app-web-1 Starting ',
        ' Container app-web-1 Started ',
      ),
      exitCode: 0,
    });
    expect((await run("docker inspect --format '{{.Id}}' app-cache-1")).stdout).toBe(cacheId);
    expect((await run("docker exec app-web-1 printenv GREETING")).stdout).toBe('bonjour\n');
  });

  it('warns about orphans and removes them with --remove-orphans', async () => {
    const { sim, run } = await setup();
    await run('docker compose up -d');
    await sim.run(`cat > compose.yaml <<'EOF'\n${STACK('hello', false)}EOF`);
    const r = await run('docker compose up -d');
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'time="2026-11-25T10:00:14Z" level=warning msg="Found orphan containers (app-cache-1) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up."',
      // depends_on is not part of the config hash: web is left running.
      ' Container app-web-1 Running ',
    ]);
    expect(await run('docker compose up -d --remove-orphans')).toEqual({
      stdout: '',
      stderr: lines(' Container app-web-1 Running ', ' Container app-cache-1 Stopping ', ' Container app-cache-1 Stopped ', ' Container app-cache-1 Removing ', ' Container app-cache-1 Removed '),
      exitCode: 0,
    });
  });

  it('pulls missing images with compose\'s lines (--quiet-pull leaves out the layers)', async () => {
    let now = Date.UTC(2026, 10, 25, 10);
    const sim = createSimulator({ seed: 1, clock: () => now++, files: { 'app/compose.yaml': 'services:\n  web:\n    image: nginx:alpine\n' } });
    await sim.run('cd app');
    expect(await sim.run('docker compose up -d --quiet-pull')).toEqual({
      stdout: '',
      stderr: lines(
        ' Image nginx:alpine Pulling ',
        ' Image nginx:alpine Pulled ',
        ' Network app_default Creating ',
        ' Network app_default Created ',
        ' Container app-web-1 Creating ',
        ' Container app-web-1 Created ',
        ' Container app-web-1 Starting ',
        ' Container app-web-1 Started ',
      ),
      exitCode: 0,
    });
  });

  it('rejects bad flags and options as compose does', async () => {
    const { run } = await setup();
    expect(await run('docker compose up --foo')).toEqual({
      stdout: '',
      stderr: 'unknown flag: --foo\n',
      exitCode: 1,
    });
    expect(await run('docker compose up -d nope')).toEqual({ stdout: '', stderr: 'no such service: nope\n', exitCode: 1 });
    expect(await run('docker compose up -d --scale web')).toEqual({ stdout: '', stderr: 'invalid --scale option "web". Should be SERVICE=NUM\n', exitCode: 1 });
    expect(await run('docker compose up -d --scale nope=2')).toEqual({ stdout: '', stderr: 'no such service: nope: not found\n', exitCode: 1 });
    expect(await run('docker compose up -d --pull sometimes')).toEqual({ stdout: '', stderr: 'invalid --pull option "sometimes"\n', exitCode: 1 });
    expect(await run('docker compose up --force-recreate --no-recreate')).toEqual({ stdout: '', stderr: '--force-recreate and --no-recreate are incompatible\n', exitCode: 1 });
    expect(await run('docker compose up -d --attach web')).toEqual({
      stdout: '',
      stderr: '--detach cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch\n',
      exitCode: 1,
    });
    expect(await run('docker compose --progress fancy up -d')).toEqual({ stdout: '', stderr: 'unsupported --progress value "fancy"\n', exitCode: 1 });
  });

  it('reports as JSON lines with --progress json, nothing with quiet', async () => {
    const { run } = await setup();
    const ev = (id: string, status: string, text: string) => `{"id":"${id}","status":"${status}","text":"${text}"}`;
    expect(await run('docker compose --progress json up -d cache')).toEqual({
      stdout: '',
      stderr: lines(
        ev('Network app_default', 'Working', 'Creating'), ev('Network app_default', 'Done', 'Created'),
        ev('Container app-cache-1', 'Working', 'Creating'), ev('Container app-cache-1', 'Done', 'Created'),
        ev('Container app-cache-1', 'Working', 'Starting'), ev('Container app-cache-1', 'Done', 'Started'),
      ),
      exitCode: 0,
    });
    expect(await run('docker compose --progress quiet down')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run('docker compose --ansi always --progress plain up')).toEqual({ stdout: '', stderr: "can't use --progress plain while ANSI support is forced\n", exitCode: 1 });
  });

  it('takes the root flags before the subcommand (-f, -p)', async () => {
    const { run } = await setup();
    await run('cd ..');
    const r = await run('docker compose -f app/compose.yaml -p demo up -d --no-deps cache');
    expect(r).toEqual({
      stdout: '',
      stderr: lines(' Network demo_default Creating ', ' Network demo_default Created ', ' Container demo-cache-1 Creating ', ' Container demo-cache-1 Created ', ' Container demo-cache-1 Starting ', ' Container demo-cache-1 Started '),
      exitCode: 0,
    });
  });
});
