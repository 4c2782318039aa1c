import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const STACK = `services:
  web:
    image: alpine
    command: ["sh", "-c", "echo ready; echo oops >&2; sleep 3600"]
    stop_grace_period: 3s
  job:
    image: alpine
    command: ["echo", "hello from job"]
`;

async function setup() {
  const sim = createSimulator({ seed: 1, clock: () => Date.UTC(2026, 10, 25, 10), files: { 'app/compose.yaml': STACK } });
  await sim.run('cd app');
  await sim.run('docker pull -q alpine');
  return sim;
}

const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');
const CREATES = [' Network app_default Creating ', ' Network app_default Created ', ' Container app-job-1 Creating ', ' Container app-job-1 Created ', ' Container app-web-1 Creating ', ' Container app-web-1 Created '];
const STARTS = [' Container app-job-1 Starting ', ' Container app-job-1 Started ', ' Container app-web-1 Starting ', ' Container app-web-1 Started '];
const STOPS = [' Container app-web-1 Stopping ', ' Container app-web-1 Stopped ', ' Container app-job-1 Stopping ', ' Container app-job-1 Stopped '];
const LOGS = lines('Attaching to job-1, web-1', 'job-1  | hello from job', 'web-1  | ready', 'job-1 exited with code 0', 'web-1 exited with code 137');

describe('docker compose up (attached)', () => {
  it('streams prefixed logs (stderr lines on stderr) until Ctrl+C stops the stack: exit 130', async () => {
    const sim = await setup();
    let interrupted = false;
    const r = await sim.run('docker compose up', {
      onOutput: (t) => {
        if (!interrupted && t.includes('web-1  |')) {
          interrupted = true;
          sim.interrupt();
        }
      },
    });
    expect(r).toEqual({
      stdout: LOGS,
      stderr: lines(
        ...CREATES,
        ...STARTS,
        'web-1  | oops',
        ' Compose Stopping Gracefully Stopping... press Ctrl+C again to force',
        ...STOPS,
        '',
      ),
      exitCode: 130,
    });
    expect((await sim.run('docker ps -a --format "{{.Names}} {{.Status}}"')).stdout).toBe('app-web-1 Exited (137) Less than a second ago\napp-job-1 Exited (0) 3 seconds ago\n');
  });

  it('--abort-on-container-exit stops the stack when one container exits; --exit-code-from picks the code', async () => {
    const sim = await setup();
    const r = await sim.run('docker compose up --abort-on-container-exit --exit-code-from web');
    expect(r).toEqual({
      stdout: LOGS,
      stderr: lines(
        ...CREATES,
        ...STARTS,
        'web-1  | oops',
        ' Compose Stopping Aborting on container exit...',
        ...STOPS,
        '',
      ),
      exitCode: 137,
    });
  });

  it('ends by itself with 0 once every container has exited', async () => {
    const sim = await setup();
    expect(await sim.run('docker compose up job')).toEqual({
      stdout: lines('Attaching to job-1', 'job-1  | hello from job', 'job-1 exited with code 0'),
      stderr: lines(' Network app_default Creating ', ' Network app_default Created ', ' Container app-job-1 Creating ', ' Container app-job-1 Created ', ' Container app-job-1 Starting ', ' Container app-job-1 Started '),
      exitCode: 0,
    });
  });
});

describe('docker compose up on a terminal', () => {
  it('draws the "[+] up" block in place; the result keeps the final block', async () => {
    const sim = await setup();
    let shown = '';
    const r = await sim.run('docker compose up -d', { tty: true, onOutput: (t) => (shown += t) });
    const row = (name: string, status: string, pad: number, timer: string) =>
      ` \x1b[32m✔\x1b[0m ${name} \x1b[32m${status}\x1b[0m${' '.repeat(pad)}\x1b[34m${timer}\x1b[0m\n`;
    const block =
      '[+] up 3/3\n' +
      row('Network app_default', 'Created', 46, '0.1s') +
      row('Container app-job-1', 'Started', 46, '0.3s') +
      row('Container app-web-1', 'Started', 46, '0.5s');
    expect(r).toEqual({ stdout: '', stderr: block, exitCode: 0 });
    expect(shown.startsWith('\x1b[?25l\x1b[0G[+] up 0/1\n')).toBe(true);
    expect(shown.endsWith(`\x1b[?25l\x1b[4A\x1b[0G${block}\x1b[?25h`)).toBe(true);
  });
});
