// Programs that read the learner's terminal, through the public API: a REPL's prompt is the
// prompt, each `run` hands it a line, Ctrl+C and Ctrl+D at its prompt go to it; docker's [y/N]
// question waits for its answer; container shells are read the same way (Ctrl+C drops a
// half-typed command); a container that stops under its shell hands the terminal back.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);
const HOST = 'learner@dockyard:~$ ';

function setup() {
  let now = T0;
  const sim = createSimulator({ seed: 3, clock: () => now });
  const run = (line: string) => {
    now += 1000;
    return sim.run(line);
  };
  return { sim, run, tick: (ms: number) => (now += ms) };
}

const ok = (stdout: string, stderr = '', exitCode = 0) => ({ stdout, stderr, exitCode });

describe('a program reading the terminal', () => {
  it('psql under `docker exec -it`: its prompt, statements over several lines, Ctrl+C, \\q', async () => {
    const { sim, run } = setup();
    await run('docker run -d --name db -e POSTGRES_PASSWORD=pw postgres');
    expect(await run('docker exec -it db psql -U postgres; echo "psql: $?"')).toEqual(ok('psql (18.6 (Debian 18.6-1.pgdg13+2))\nType "help" for help.\n\n'));
    expect(sim.prompt).toBe('postgres=# ');
    expect(await run('SELECT')).toEqual(ok(''));
    expect(sim.prompt).toBe('postgres-# ');
    expect(await run("'a b' AS x;")).toEqual(ok('  x  \n-----\n a b\n(1 row)\n\n'));
    expect(await run("SELECT ('x")).toEqual(ok(''));
    expect(sim.prompt).toBe("postgres'# ");
    expect(await sim.interruptInput!()).toEqual(ok(''));
    expect(sim.prompt).toBe('postgres=# ');
    expect(await run('\\q')).toEqual(ok('psql: 0\n'));
    expect(sim.prompt).toBe(HOST);
  });

  it('Ctrl+D ends psql with \\q, and redis-cli with a new line; Ctrl+C ends redis-cli', async () => {
    const { sim, run } = setup();
    await run('docker run -d --name db -e POSTGRES_PASSWORD=pw postgres');
    await run('docker exec -it db psql -U postgres');
    expect(await sim.endOfInput!()).toEqual(ok('\\q\n'));
    await run('docker run -d --name cache redis');
    expect(await run('docker exec -it cache redis-cli')).toEqual(ok(''));
    expect(sim.prompt).toBe('127.0.0.1:6379> ');
    expect(await run('set greeting "hello there"')).toEqual(ok('OK\n'));
    expect(await run('get greeting')).toEqual(ok('"hello there"\n'));
    expect(await sim.endOfInput!()).toEqual(ok('\n'));
    await run('docker exec -it cache redis-cli');
    expect(await sim.interruptInput!()).toEqual(ok(''));
    expect(sim.prompt).toBe(HOST);
  });

  it('without -t the lines are read with no prompt, and answered as to a pipe', async () => {
    const { sim, run } = setup();
    await run('docker run -d --name cache redis');
    expect(await run('docker exec -i cache redis-cli')).toEqual(ok(''));
    expect(sim.prompt).toBe('');
    expect(await run('incr n')).toEqual(ok('1\n'));
    expect(await sim.endOfInput!()).toEqual(ok(''));
    expect(sim.prompt).toBe(HOST);
  });

  it('a program started in a container shell reads the terminal, then the shell has it again', async () => {
    const { sim, run } = setup();
    await run('docker run -d --name db -e POSTGRES_PASSWORD=pw postgres');
    await run('docker exec -it db bash');
    const shell = sim.prompt;
    expect(shell).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    await run('psql -U postgres');
    expect(sim.prompt).toBe('postgres=# ');
    expect(await run('\\q')).toEqual(ok(''));
    expect(sim.prompt).toBe(shell);
    expect(await run('exit')).toEqual(ok('', 'exit\n'));
  });

  it('`docker run -it` of a client: the container runs it with the terminal and stops when it ends', async () => {
    const { sim, run } = setup();
    await run('docker network create app');
    await run('docker run -d --name cache --network app redis');
    expect(await run('docker run -it --name cli --network app redis redis-cli -h cache')).toEqual(ok(''));
    expect(sim.prompt).toBe('cache:6379> ');
    expect(await run('quit')).toEqual(ok(''));
    expect((await run('docker ps -a --format "{{.Names}} {{.Status}}" --filter name=cli')).stdout).toBe('cli Exited (0) 1 second ago\n');
  });

  it('asks for a password with echo off', async () => {
    const { sim, run } = setup();
    await run('docker network create app');
    await run('docker run -d --name db --network app -e POSTGRES_PASSWORD=pw postgres');
    await run('docker run -it --rm --network app postgres psql -h db -U postgres');
    expect(sim.prompt).toBe('Password for user postgres: ');
    expect(sim.echo).toBe(false);
    expect(await run('nope')).toEqual(
      ok('\n', 'psql: error: connection to server at "db" (172.18.0.2), port 5432 failed: FATAL:  password authentication failed for user "postgres"\n', 2),
    );
    expect(sim.echo).toBe(true);
  });
});

describe('shells at the prompt', () => {
  it('Ctrl+C drops a half-typed command and sets $? to 130, on the host and in a container', async () => {
    const { sim, run } = setup();
    await run('echo "open');
    expect(sim.prompt).toBe('> ');
    expect(await sim.interruptInput!()).toEqual(ok('', '', 130));
    expect(sim.prompt).toBe(HOST);
    expect(await run('echo $?')).toEqual(ok('130\n'));
    await run('docker run -it --rm alpine');
    await run('echo "open');
    expect(await sim.interruptInput!()).toEqual(ok('', '', 130));
    expect(sim.prompt).toBe('/ # ');
    expect(await run('echo $?; exit')).toEqual(ok('130\n'));
  });

  it('a shell whose container stopped meanwhile is gone: the next line runs on the host', async () => {
    const { sim, run, tick } = setup();
    await run('docker run -d --name short alpine sleep 5');
    await run('docker exec -it short sh; echo "exec: $?"');
    expect(sim.prompt).toBe('/ # ');
    tick(10_000);
    expect(await run('hostname')).toEqual(ok('exec: 137\ndockyard\n'));
    expect(sim.prompt).toBe(HOST);
  });
});
