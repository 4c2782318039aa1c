// `exec SERVER` in a container's main-process shell hands the process over to the server's model:
// the container keeps running as that server (logs, ports, clients, docker top, docker stop),
// from a compose-style `sh -c "...; exec redis-server ..."`, a later exec after a sleep, and an
// entrypoint script ending in `exec "$@"`. Anything else a shell execs runs as before.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

const ENTRY = '#!/bin/sh\nset -e\necho "preparing $1"\nexec "$@"\n';
const DOCKERFILE = 'FROM redis:alpine\nCOPY entry.sh /entry.sh\nRUN chmod +x /entry.sh\nENTRYPOINT ["/entry.sh"]\nCMD ["redis-server"]\n';

async function setup() {
  let now = T0;
  const sim = createSimulator({ seed: 3, clock: () => now, files: { 'img/entry.sh': ENTRY, 'img/Dockerfile': DOCKERFILE } });
  const run = async (line: string) => {
    const r = await sim.run(line);
    now += 1000;
    return r;
  };
  for (const image of ['redis:alpine', 'nginx:alpine']) await run(`docker pull -q ${image}`);
  return { run, advance: (ms: number) => (now += ms) };
}

const status = (run: (l: string) => Promise<{ stdout: string }>, name: string) => run(`docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}' ${name}`).then((r) => r.stdout);

describe('exec of the image\'s server in a main-process shell', () => {
  it('a compose-style `sh -euc "exec redis-server ..."` runs the server with its options', async () => {
    const { run, advance } = await setup();
    await run(`docker run -d --name r1 -e PASS=pw redis:alpine sh -euc 'echo "starting on 7000"; exec redis-server --port 7000 --requirepass "$PASS"'`);
    advance(5000);
    expect(await status(run, 'r1')).toBe('running 0 0\n');
    const logs = (await run('docker logs r1')).stdout;
    expect(logs.split('\n')[0]).toBe('starting on 7000');
    expect(logs).toContain('* Running mode=standalone, port=7000.\n');
    expect(logs).toMatch(/Ready to accept connections tcp\n$/);
    expect((await run('docker top r1')).stdout).toMatch(/ redis-server \*:7000\n$/);
    expect(await run('docker exec r1 redis-cli -p 7000 -a pw --no-auth-warning ping')).toEqual({ stdout: 'PONG\n', stderr: '', exitCode: 0 });
    expect(await run('docker stop r1')).toEqual({ stdout: 'r1\n', stderr: '', exitCode: 0 });
    expect(await status(run, 'r1')).toBe('exited 0 0\n');
    expect((await run('docker logs r1')).stdout).toMatch(/Redis is now ready to exit, bye bye\.\.\.\n$/);
  });

  it('an exec after a sleep starts the server at that time', async () => {
    const { run, advance } = await setup();
    await run(`docker run -d --name late nginx:alpine sh -c 'sleep 5; exec nginx -g "daemon off;"'`);
    expect((await run('docker logs late')).stderr).toBe('');
    advance(5000);
    expect(await status(run, 'late')).toBe('running 0 0\n');
    expect((await run('docker logs late')).stderr).toContain('[notice] 1#1: start worker processes\n');
  });

  it('an entrypoint script ending in exec "$@" hands over to the command', async () => {
    const { run } = await setup();
    await run('docker build -q -t myredis img');
    await run('docker run -d --name e1 myredis');
    expect(await status(run, 'e1')).toBe('running 0 0\n');
    const logs = (await run('docker logs e1')).stdout;
    expect(logs.split('\n')[0]).toBe('preparing redis-server');
    expect(logs).toContain('Ready to accept connections tcp\n');
  });

  it('anything else a shell execs runs as before', async () => {
    const { run } = await setup();
    expect(await run(`docker run --name echo1 redis:alpine sh -c 'exec echo done'`)).toEqual({ stdout: 'done\n', stderr: '', exitCode: 0 });
    expect(await run(`docker run --name miss redis:alpine sh -c 'exec nope'`)).toMatchObject({ stdout: '', exitCode: 127 });
    expect(await run(`docker run --name cli1 redis:alpine sh -c 'exec redis-cli --version'`)).toEqual({ stdout: 'redis-cli 8.10.1\n', stderr: '', exitCode: 0 });
  });
});
