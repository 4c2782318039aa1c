// The mysql client in a mysql container: credentials checked against the accounts the server
// initialised in its data directory (a volume keeps them), boxes on a TTY, tab-separated rows to
// a pipe, and the server's error numbers; MariaDB's client (`mariadb`, and `mysql` before 11.0).
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const WARN = 'mysql: [Warning] Using a password on the command line interface can be insecure.\n';

beforeEach(async () => {
  sim = createSimulator({ seed: 1, clock: () => now });
  await run('docker pull -q mysql');
  await run('docker run -d --name db -e MYSQL_ROOT_PASSWORD=pw -e MYSQL_DATABASE=shop mysql');
});

describe('mysql client', () => {
  it('prints a box on a TTY and tab-separated rows to a pipe', async () => {
    expect(await run('docker exec -it db mysql -uroot -ppw -e "SELECT 1"')).toEqual({ stdout: `${WARN}+---+\n| 1 |\n+---+\n| 1 |\n+---+\n`, stderr: '', exitCode: 0 });
    expect(await run('docker exec db mysql -uroot -ppw -e "SELECT 1"')).toEqual({ stdout: '1\n1\n', stderr: WARN, exitCode: 0 });
  });

  it('keeps tables in a database', async () => {
    await run(`docker exec db mysql -uroot -ppw shop -e "CREATE TABLE t (id int, name text); INSERT INTO t VALUES (1, 'x')"`);
    const r = await run('docker exec db mysql -uroot -ppw -t shop -e "SELECT * FROM t"');
    expect(r.stdout).toBe('+----+------+\n| id | name |\n+----+------+\n|  1 | x    |\n+----+------+\n');
  });

  it('reports the server errors', async () => {
    expect(await run('docker exec db mysql -uroot -pbad -e "SELECT 1"')).toEqual({
      stdout: '',
      stderr: `${WARN}ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)\n`,
      exitCode: 1,
    });
    expect((await run('docker exec db mysql -uroot -ppw shop -e "SELEC 1"')).stderr).toBe(
      `${WARN}ERROR 1064 (42000) at line 1: You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'SELEC 1' at line 1\n`,
    );
    expect((await run('docker exec db mysql -uroot -ppw shop -e "SELECT * FROM nope"')).stderr).toBe(`${WARN}ERROR 1146 (42S02) at line 1: Table 'shop.nope' doesn't exist\n`);
    expect((await run('docker exec db mysql -uroot -ppw -e "SELECT * FROM t"')).stderr).toBe(`${WARN}ERROR 1046 (3D000) at line 1: No database selected\n`);
    expect((await run('docker exec db mysql -uroot -ppw nodb')).stderr).toBe(`${WARN}ERROR 1049 (42000): Unknown database 'nodb'\n`);
  });
});

describe('mysql accounts', () => {
  it('checks passwords against the data directory the server initialised, not the environment', async () => {
    await run('docker run -d --name v1 -e MYSQL_ROOT_PASSWORD=first -v dbdata:/var/lib/mysql mysql');
    await run('docker rm -f v1');
    await run('docker run -d --name v2 -e MYSQL_ROOT_PASSWORD=second -e MYSQL_USER=app -e MYSQL_PASSWORD=apw -v dbdata:/var/lib/mysql mysql');
    expect(await run('docker exec v2 mysql -uroot -psecond -e "SELECT 1"')).toEqual({
      stdout: '',
      stderr: `${WARN}ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)\n`,
      exitCode: 1,
    });
    expect(await run('docker exec v2 mysql -uroot -pfirst -e "SELECT 1"')).toEqual({ stdout: '1\n1\n', stderr: WARN, exitCode: 0 });
    expect((await run('docker exec v2 mysql -uapp -papw -e "SELECT 1"')).stderr).toBe(`${WARN}ERROR 1045 (28000): Access denied for user 'app'@'localhost' (using password: YES)\n`);
  });

  it('gives MYSQL_USER its database only, and names the client address of a remote login', async () => {
    await run('docker network create app');
    await run('docker run -d --name db3 --network app -e MYSQL_ROOT_PASSWORD=pw -e MYSQL_DATABASE=shop -e MYSQL_USER=app -e MYSQL_PASSWORD=apw mysql');
    expect(await run('docker exec db3 mysql -uapp -papw -e "SHOW DATABASES"')).toEqual({ stdout: 'Database\ninformation_schema\nperformance_schema\nshop\n', stderr: WARN, exitCode: 0 });
    expect((await run('docker exec db3 mysql -uapp -papw mysql')).stderr).toBe(`${WARN}ERROR 1044 (42000): Access denied for user 'app'@'%' to database 'mysql'\n`);
    // the client container is the network's second: 172.18.0.3
    expect((await run('docker run --rm --network app mysql mysql -hdb3 -uroot -pbad -e "SELECT 1"')).stderr).toBe(
      `${WARN}ERROR 1045 (28000): Access denied for user 'root'@'172.18.0.3' (using password: YES)\n`,
    );
  });
});

describe('the mariadb client', () => {
  it('is `mariadb` in mariadb images (no `mysql` since 11.0), without the password warning', async () => {
    await run('docker run -d --name mdb -e MARIADB_ROOT_PASSWORD=pw mariadb');
    expect(await run('docker exec mdb mariadb -uroot -ppw -e "SELECT 1"')).toEqual({ stdout: '1\n1\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec mdb mariadb -uroot -pbad')).toEqual({ stdout: '', stderr: "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)\n", exitCode: 1 });
    expect(await run('docker exec mdb mariadb -hnope -uroot -ppw')).toEqual({ stdout: '', stderr: "ERROR 2005 (HY000): Unknown server host 'nope' (-2)\n", exitCode: 1 });
    expect(await run('docker exec mdb mysql -uroot -ppw')).toEqual({
      stdout: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "mysql": executable file not found in $PATH: unknown\n',
      stderr: '',
      exitCode: 127,
    });
    expect(await run('docker exec mdb mariadb-admin ping')).toEqual({ stdout: 'mysqld is alive\n', stderr: '', exitCode: 0 });
  });

  it('is also `mysql` in mariadb:10.11', async () => {
    await run('docker run -d --name m10 -e MARIADB_ROOT_PASSWORD=pw mariadb:10.11');
    expect(await run('docker exec m10 mysql -uroot -ppw -e "SELECT 1"')).toEqual({ stdout: '1\n1\n', stderr: '', exitCode: 0 });
  });

  it('greets with MariaDB\'s banner and prompt naming the database', async () => {
    await run('docker run -d --name mdb -e MARIADB_ROOT_PASSWORD=pw -e MARIADB_DATABASE=shop mariadb');
    const tty = async (line: string) => {
      now += 1000;
      return { ...(await sim.run(line, { tty: true })), prompt: sim.prompt };
    };
    expect(await tty('docker exec -it mdb mariadb -uroot -ppw')).toEqual({
      stdout: [
        'Welcome to the MariaDB monitor.  Commands end with ; or \\g.',
        'Your MariaDB connection id is 3',
        'Server version: 12.3.2-MariaDB-ubu2404 mariadb.org binary distribution',
        '',
        'Copyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.',
        '',
        "Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.",
        '',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
      prompt: 'MariaDB [(none)]> ',
    });
    expect(await tty('use shop')).toEqual({ stdout: 'Database changed\n', stderr: '', exitCode: 0, prompt: 'MariaDB [shop]> ' });
    expect(await tty('CREATE TABLE t (a int);')).toEqual({ stdout: 'Query OK, 0 rows affected (0.010 sec)\n\n', stderr: '', exitCode: 0, prompt: 'MariaDB [shop]> ' });
    expect(await tty('exit')).toEqual({ stdout: 'Bye\n', stderr: '', exitCode: 0, prompt: 'learner@dockyard:~$ ' });
  });
});
