// redis-cli inside a redis container: one-shot commands with redis-cli's reply formats on a
// TTY and raw to a pipe, commands on stdin, the keyspace kept per container, the server's own
// port and requirepass (NOAUTH, -a with its warning, REDISCLI_AUTH, AUTH at the prompt), and
// servers in other containers by name, refused or out of reach.
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

  it('reads commands from stdin (docker refuses -t when stdin is a pipe)', async () => {
    expect(await run('printf "set b hi\\nget b\\n" | docker exec -i cache redis-cli')).toEqual({ stdout: 'OK\nhi\n', stderr: '', exitCode: 0 });
    expect(await run('printf "get b\\n" | docker exec -it cache redis-cli')).toEqual({
      stdout: '',
      stderr: 'cannot attach stdin to a TTY-enabled container because stdin is not a terminal\n',
      exitCode: 1,
    });
  });

  it('keeps each container its own keyspace', async () => {
    await run('docker run -d --name cache2 redis');
    await run('docker exec cache redis-cli set k v');
    expect(await out('docker exec -t cache2 redis-cli get k')).toBe('(nil)\n');
  });

  it('asks the server for its port: --port 7000 is where it listens', async () => {
    await run('docker run -d --name c7 redis --port 7000');
    expect(await run('docker exec c7 redis-cli -p 7000 ping')).toEqual({ stdout: 'PONG\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec c7 redis-cli ping')).toEqual({ stdout: '', stderr: 'Could not connect to Redis at 127.0.0.1:6379: Connection refused\n', exitCode: 1 });
  });
});

const WARN = "Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n";
const NO_PASSWORD = 'ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?';

describe('redis-cli against --requirepass', () => {
  beforeEach(() => run('docker run -d --name sec redis --requirepass s3cret'));

  it('answers NOAUTH until the connection authenticates', async () => {
    expect(await run('docker exec -t sec redis-cli ping')).toEqual({ stdout: '(error) NOAUTH Authentication required.\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec sec redis-cli get k')).toEqual({ stdout: 'NOAUTH Authentication required.\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec sec redis-cli -a s3cret set k v')).toEqual({ stdout: 'OK\n', stderr: WARN, exitCode: 0 });
    expect(await run('docker exec sec redis-cli --no-auth-warning -a s3cret get k')).toEqual({ stdout: 'v\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec -e REDISCLI_AUTH=s3cret sec redis-cli get k')).toEqual({ stdout: 'v\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec sec redis-cli -a wrong get k')).toEqual({
      stdout: 'NOAUTH Authentication required.\n',
      stderr: `${WARN}AUTH failed: WRONGPASS invalid username-password pair or user is disabled.\n`,
      exitCode: 0,
    });
  });

  it('takes AUTH at its prompt', async () => {
    const tty = async (line: string) => {
      now += 1000;
      return { ...(await sim.run(line, { tty: true })), prompt: sim.prompt };
    };
    const at = (stdout: string) => ({ stdout, stderr: '', exitCode: 0, prompt: '127.0.0.1:6379> ' });
    expect(await tty('docker exec -it sec redis-cli')).toEqual(at(''));
    expect(await tty('set k v')).toEqual(at('(error) NOAUTH Authentication required.\n'));
    expect(await tty('auth nope')).toEqual(at('(error) WRONGPASS invalid username-password pair or user is disabled.\n'));
    expect(await tty('AUTH s3cret')).toEqual(at('OK\n'));
    expect(await tty('set k v')).toEqual(at('OK\n'));
    expect(await tty('quit')).toEqual({ stdout: '', stderr: '', exitCode: 0, prompt: 'learner@dockyard:~$ ' });
  });

  it('says so when a password is given to a server without one', async () => {
    expect(await run('docker exec cache redis-cli auth x')).toEqual({ stdout: `${NO_PASSWORD}\n`, stderr: '', exitCode: 0 });
    expect(await run('docker exec cache redis-cli -a x ping')).toEqual({ stdout: 'PONG\n', stderr: `${WARN}AUTH failed: ${NO_PASSWORD}\n`, exitCode: 0 });
  });
});

describe('redis-cli to another container', () => {
  it('finds the server by name on a shared network, on its own port and password', async () => {
    await run('docker network create net');
    await run('docker run -d --name r1 --network net redis --port 7000 --requirepass pw');
    const cli = (args: string) => run(`docker run --rm --network net redis redis-cli ${args}`);
    expect(await cli('-h r1 -p 7000 --no-auth-warning -a pw ping')).toEqual({ stdout: 'PONG\n', stderr: '', exitCode: 0 });
    expect(await cli('-u redis://:pw@r1:7000 ping')).toEqual({ stdout: 'PONG\n', stderr: WARN, exitCode: 0 });
    expect(await cli('-h r1 ping')).toEqual({ stdout: '', stderr: 'Could not connect to Redis at r1:6379: Connection refused\n', exitCode: 1 });
    expect(await cli('-h cache ping')).toEqual({ stdout: '', stderr: 'Could not connect to Redis at cache:6379: Name or service not known\n', exitCode: 1 });
    const ip = (await run("docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' cache")).stdout.trim();
    expect(await cli(`-h ${ip} ping`)).toEqual({ stdout: '', stderr: `Could not connect to Redis at ${ip}:6379: Connection timed out\n`, exitCode: 1 });
  });
});
