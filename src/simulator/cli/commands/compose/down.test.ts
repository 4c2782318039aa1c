import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const STACK = `services:
  web:
    image: nginx:alpine
    depends_on: [db]
  db:
    image: redis:alpine
    volumes:
      - data:/data
volumes:
  data:
`;

async function setup() {
  let now = Date.UTC(2026, 10, 25, 10);
  const sim = createSimulator({ seed: 1, clock: () => now, files: { 'app/compose.yaml': STACK } });
  const run = async (line: string) => {
    const r = await sim.run(line);
    now += 1000;
    return r;
  };
  for (const line of ['cd app', 'docker pull -q nginx:alpine', 'docker pull -q redis:alpine']) await run(line);
  return run;
}

const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');
const remove = (name: string) => [` Container ${name} Stopping `, ` Container ${name} Stopped `, ` Container ${name} Removing `, ` Container ${name} Removed `];
const DOWN = lines(...remove('app-web-1'), ...remove('app-db-1'), ' Network app_default Removing ', ' Network app_default Removed ');

describe('docker compose down', () => {
  it('removes containers (dependents first) and the network; named volumes survive without -v', async () => {
    const run = await setup();
    await run('docker compose up -d');
    expect(await run('docker compose down')).toEqual({ stdout: '', stderr: DOWN, exitCode: 0 });
    expect(await run('docker volume ls -q')).toEqual({ stdout: 'app_data\n', stderr: '', exitCode: 0 });
    expect(await run('docker ps -aq')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    // Nothing left but the project's default network is still declared: nothing printed.
    expect(await run('docker compose down')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('-v removes the project volumes too', async () => {
    const run = await setup();
    await run('docker compose up -d');
    expect(await run('docker compose down -v')).toEqual({
      stdout: '',
      stderr: DOWN + lines(' Volume app_data Removing ', ' Volume app_data Removed '),
      exitCode: 0,
    });
    expect(await run('docker volume ls -q')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('with -p and no file, finds the project by its labels; warns when nothing is left', async () => {
    const run = await setup();
    await run('docker compose up -d');
    await run('cd ..');
    expect(await run('docker compose -p app down')).toEqual({ stdout: '', stderr: DOWN, exitCode: 0 });
    expect(await run('docker compose -p app down')).toEqual({
      stdout: '',
      stderr: 'time="2026-11-25T10:00:15Z" level=warning msg="Warning: No resource found to remove for project \\"app\\"."\n',
      exitCode: 0,
    });
  });

  it('--remove-orphans removes the containers of services no longer in the file', async () => {
    const run = await setup();
    await run('docker compose up -d');
    await run(`cat > compose.yaml <<'EOF'\nservices:\n  web:\n    image: nginx:alpine\nEOF`);
    expect(await run('docker compose down --remove-orphans')).toEqual({
      stdout: '',
      stderr: lines(...remove('app-web-1'), ...remove('app-db-1'), ' Network app_default Removing ', ' Network app_default Removed '),
      exitCode: 0,
    });
  });

  it('checks --rmi and its flags', async () => {
    const run = await setup();
    expect(await run('docker compose down --rmi foo')).toEqual({ stdout: '', stderr: 'invalid value for --rmi: "foo"\n', exitCode: 1 });
    expect(await run('docker compose down --volume')).toEqual({
      stdout: '',
      stderr: 'unknown flag: --volume\n',
      exitCode: 1,
    });
  });
});
