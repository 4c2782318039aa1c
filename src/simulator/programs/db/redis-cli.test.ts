// redis-cli inside a redis container: one-shot commands with redis-cli's reply formats on a
// TTY and raw to a pipe, the prompt over stdin, and the keyspace kept per container.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const out = async (line: string) => (await run(line)).stdout;

beforeEach(async () => {
  sim = createSimulator({ seed: 1, clock: () => now });
  await run('docker pull -q redis');
  await run('docker run -d --name cache redis');
});

describe('redis-cli', () => {
  it('answers one-shot commands', async () => {
    expect(await run('docker exec cache redis-cli ping')).toEqual({ stdout: 'PONG\n', stderr: '', exitCode: 0 });
    expect(await out('docker exec cache redis-cli set greeting hello')).toBe('OK\n');
    expect(await out('docker exec -t cache redis-cli get greeting')).toBe('"hello"\n');
    expect(await out('docker exec cache redis-cli get greeting')).toBe('hello\n');
    expect(await out('docker exec -t cache redis-cli get missing')).toBe('(nil)\n');
    expect(await out('docker exec -t cache redis-cli incr hits')).toBe('(integer) 1\n');
    expect(await out('docker exec -t cache redis-cli exists greeting hits nope')).toBe('(integer) 2\n');
    expect(await out('docker exec -t cache redis-cli keys "*"')).toBe('1) "greeting"\n2) "hits"\n');
    expect(await out('docker exec -t cache redis-cli del greeting')).toBe('(integer) 1\n');
    expect(await out('docker exec -t cache redis-cli incr hits')).toBe('(integer) 2\n');
  });

  it('expires keys on the simulated clock', async () => {
    await run('docker exec cache redis-cli set s 1');
    expect(await out('docker exec -t cache redis-cli expire s 10')).toBe('(integer) 1\n');
    now += 20_000;
    expect(await out('docker exec -t cache redis-cli get s')).toBe('(nil)\n');
  });

  it('reports errors as the server does', async () => {
    expect(await out('docker exec -t cache redis-cli get')).toBe("(error) ERR wrong number of arguments for 'get' command\n");
    expect(await out('docker exec -t cache redis-cli hello2 x')).toBe("(error) ERR unknown command 'hello2', with args beginning with: 'x' \n");
  });

  it('reads commands at its prompt from stdin', async () => {
    const r = await run('printf "set b hi\\nget b\\n" | docker exec -it cache redis-cli');
    expect(r.stdout).toBe('127.0.0.1:6379> set b hi\nOK\n127.0.0.1:6379> get b\n"hi"\n127.0.0.1:6379> \n');
  });

  it('keeps each container its own keyspace', async () => {
    await run('docker run -d --name cache2 redis');
    await run('docker exec cache redis-cli set k v');
    expect(await out('docker exec -t cache2 redis-cli get k')).toBe('(nil)\n');
  });
});
