// The database clients at their prompts on the learner's terminal (psql, mysql, redis-cli), and
// their connections to another container over a network (-h): name resolution, refused and
// unreachable servers, passwords.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const ok = (stdout: string, stderr = '', exitCode = 0) => ({ stdout, stderr, exitCode });
const WARN = 'mysql: [Warning] Using a password on the command line interface can be insecure.\n';

beforeEach(async () => {
  sim = createSimulator({ seed: 5, clock: () => now });
  await run('docker network create app');
  await run('docker run -d --name other --network app alpine sleep 1000');
});

describe('psql at its prompt', () => {
  beforeEach(() => run('docker run -d --name db --network app -e POSTGRES_PASSWORD=pw -e POSTGRES_DB=shop postgres'));

  it('prints help, switches database with \\c, points at the `;` the server got, and quits on `quit`', async () => {
    await run('docker exec -it db psql -U postgres shop');
    expect(sim.prompt).toBe('shop=# ');
    expect((await run('help')).stdout).toBe(
      'You are using psql, the command-line interface to PostgreSQL.\nType:  \\copyright for distribution terms\n       \\h for help with SQL commands\n       \\? for help with psql commands\n       \\g or terminate with semicolon to execute query\n       \\q to quit\n',
    );
    expect(await run('\\c postgres')).toEqual(ok('You are now connected to database "postgres" as user "postgres".\n'));
    expect(sim.prompt).toBe('postgres=# ');
    expect(await run('\\c nope')).toEqual(ok('connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  database "nope" does not exist\nPrevious connection kept\n'));
    expect(await run('CREATE TABLE;')).toEqual(ok('ERROR:  syntax error at or near ";"\nLINE 1: CREATE TABLE;\n                    ^\n'));
    expect(await run('SELECT 1,')).toEqual(ok(''));
    expect(await run('  nope;')).toEqual(ok('ERROR:  column "nope" does not exist\nLINE 2:   nope;\n          ^\n'));
    expect(await run('\\r')).toEqual(ok('Query buffer reset (cleared).\n'));
    expect(await run('quit')).toEqual(ok(''));
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
  });

  it('connects with -h over the network: refused, unreachable, unknown, no password, wrong role', async () => {
    const psql = (args: string, env = '') => run(`docker run --rm --network app ${env}postgres psql ${args}`);
    const at = 'psql: error: connection to server at';
    const hint = '\n\tIs the server running on that host and accepting TCP/IP connections?\n';
    expect(await psql('-h other -U postgres -c "SELECT 1"')).toEqual(ok('', `${at} "other" (172.18.0.2), port 5432 failed: Connection refused${hint}`, 2));
    expect(await run('docker run --rm postgres psql -h 172.18.0.3 -U postgres')).toEqual(ok('', `${at} "172.18.0.3" (172.18.0.3), port 5432 failed: Connection timed out${hint}`, 2));
    expect(await psql('-h nope')).toEqual(ok('', 'psql: error: could not translate host name "nope" to address: Name or service not known\n', 2));
    expect(await psql('-h db -U postgres -c "SELECT 1"')).toEqual(ok('', `${at} "db" (172.18.0.3), port 5432 failed: fe_sendauth: no password supplied\n`, 2));
    expect(await psql('-h db -U bob', '-e PGPASSWORD=pw ')).toEqual(ok('', `${at} "db" (172.18.0.3), port 5432 failed: FATAL:  password authentication failed for user "bob"\n`, 2));
    expect(await psql('-h db -U postgres -d shop -c "SELECT 2 AS n"', '-e PGPASSWORD=pw ')).toEqual(ok(' n \n---\n 2\n(1 row)\n\n'));
  });

  it('asks for the password on the terminal, then shows its banner', async () => {
    await run('docker run -it --rm --network app postgres psql -h db -U postgres');
    expect([sim.prompt, sim.echo]).toEqual(['Password for user postgres: ', false]);
    expect(await run('pw')).toEqual(ok('\npsql (18.6 (Debian 18.6-1.pgdg13+2))\nType "help" for help.\n\n'));
    expect(sim.prompt).toBe('postgres=# ');
  });
});

describe('mysql at its prompt', () => {
  beforeEach(() => run('docker run -d --name my --network app -e MYSQL_ROOT_PASSWORD=pw -e MYSQL_DATABASE=shop mysql'));

  it('shows the banner, runs statements as they end with `;`, and says Bye', async () => {
    const r = await run('docker exec -it my mysql -uroot -ppw');
    expect(r.stdout).toBe(
      `${WARN}Welcome to the MySQL monitor.  Commands end with ; or \\g.\nYour MySQL connection id is 8\nServer version: 26.7.0 MySQL Community Server - GPL\n\nCopyright (c) 2000, 2026, Oracle and/or its affiliates.\n\nOracle is a registered trademark of Oracle Corporation and/or its\naffiliates. Other names may be trademarks of their respective\nowners.\n\nType 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n`,
    );
    expect(sim.prompt).toBe('mysql> ');
    expect(await run('SELECT * FROM t;')).toEqual(ok('ERROR 1046 (3D000): No database selected\n'));
    expect(await run('USE shop;')).toEqual(ok('Database changed\n'));
    expect(await run('CREATE TABLE t (id int, name text')).toEqual(ok(''));
    expect(sim.prompt).toBe('    -> ');
    expect(await run(');')).toEqual(ok('Query OK, 0 rows affected (0.01 sec)\n\n'));
    expect(await run("INSERT INTO t VALUES (1, 'a'), (2, 'b');")).toEqual(ok('Query OK, 2 rows affected (0.00 sec)\nRecords: 2  Duplicates: 0  Warnings: 0\n\n'));
    expect(await run("SELECT name FROM t WHERE id = 2;")).toEqual(ok('+------+\n| name |\n+------+\n| b    |\n+------+\n1 row in set (0.00 sec)\n\n'));
    expect(await run("SELECT name FROM t WHERE id = 3;")).toEqual(ok('Empty set (0.00 sec)\n\n'));
    expect(await run("SELECT 'open")).toEqual(ok(''));
    expect(sim.prompt).toBe("    '> ");
    expect(await sim.interruptInput!()).toEqual(ok(''));
    expect(await run('exit')).toEqual(ok('Bye\n'));
    expect(await run('docker exec my mysql -uroot -ppw shop -e "SELECT id FROM t"')).toEqual(ok('id\n1\n2\n', WARN));
  });

  it('asks for the password with -p alone, and connects with -h from another container', async () => {
    await run('docker run -it --rm --network app mysql mysql -hmy -uroot -p');
    expect([sim.prompt, sim.echo]).toEqual(['Enter password: ', false]);
    expect(await run('bad')).toEqual(ok('\n', "ERROR 1045 (28000): Access denied for user 'root'@'172.18.0.4' (using password: YES)\n", 1));
    const mysql = (args: string) => run(`docker run --rm --network app mysql mysql ${args} -uroot -ppw -e "SELECT 1"`);
    expect(await mysql('-hnope')).toEqual(ok('', `${WARN}ERROR 2005 (HY000): Unknown MySQL server host 'nope' (-2)\n`, 1));
    expect(await mysql('-hother')).toEqual(ok('', `${WARN}ERROR 2003 (HY000): Can't connect to MySQL server on 'other:3306' (111)\n`, 1));
    expect(await mysql('')).toEqual(ok('', `${WARN}ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)\n`, 1));
    expect(await mysql('-hmy')).toEqual(ok('1\n1\n', WARN));
  });
});

describe('redis-cli at its prompt', () => {
  it('reaches another container with -h; `not connected>` while nothing answers; help', async () => {
    await run('docker run -d --name cache --network app redis');
    await run('docker run -it --rm --network app redis redis-cli -h cache');
    expect(sim.prompt).toBe('cache:6379> ');
    expect(await run('set k v')).toEqual(ok('OK\n'));
    await run('quit');
    expect(await run('docker exec cache redis-cli get k')).toEqual(ok('v\n'));
    expect(await run('docker run --rm --network app redis redis-cli -h other ping')).toEqual(ok('', 'Could not connect to Redis at other:6379: Connection refused\n', 1));
    expect(await run('docker run -it --rm --network app redis redis-cli -h nope')).toEqual(ok('', 'Could not connect to Redis at nope:6379: Name or service not known\n'));
    expect(sim.prompt).toBe('not connected> ');
    expect(await run('ping')).toEqual(ok('', 'Could not connect to Redis at nope:6379: Name or service not known\n'));
    expect((await run('help')).stdout.split('\n')[0]).toBe('redis-cli 8.10.1');
    await run('exit');
    expect(sim.prompt).toBe('learner@dockyard:~$ ');
  });
});
