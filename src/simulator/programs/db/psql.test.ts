// psql inside a postgres container: the aligned table format, the tiny SQL model's statements
// and errors, meta-commands, the connection's errors, and tables kept in $PGDATA.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const psql = (sql: string) => run(`docker exec db psql -U postgres -c "${sql}"`);

beforeEach(async () => {
  sim = createSimulator({ seed: 1, clock: () => now });
  await run('docker pull -q postgres');
  await run('docker run -d --name db -e POSTGRES_PASSWORD=pw postgres');
});

describe('psql', () => {
  it('prints SELECT results as aligned tables', async () => {
    expect(await psql('SELECT 1')).toEqual({ stdout: ' ?column? \n----------\n        1\n(1 row)\n\n', stderr: '', exitCode: 0 });
    expect(await psql("SELECT 1 AS n, 'abc' AS word")).toEqual({ stdout: ' n | word \n---+------\n 1 | abc\n(1 row)\n\n', stderr: '', exitCode: 0 });
  });

  it('creates, fills and reads a table', async () => {
    expect((await psql('CREATE TABLE users (id serial PRIMARY KEY, name varchar(50) NOT NULL)')).stdout).toBe('CREATE TABLE\n');
    expect((await psql("INSERT INTO users (name) VALUES ('ada'), ('grace')")).stdout).toBe('INSERT 0 2\n');
    expect((await psql('SELECT * FROM users')).stdout).toBe(' id | name  \n----+-------\n  1 | ada\n  2 | grace\n(2 rows)\n\n');
    expect((await psql("SELECT id FROM users WHERE name = 'grace'")).stdout).toBe(' id \n----\n  2\n(1 row)\n\n');
    expect((await psql('\\dt')).stdout).toBe(
      '         List of relations\n Schema | Name  | Type  |  Owner   \n--------+-------+-------+----------\n public | users | table | postgres\n(1 row)\n\n',
    );
    expect((await psql('DROP TABLE users')).stdout).toBe('DROP TABLE\n');
  });

  it('reports errors as the server does, exit 1 with -c', async () => {
    expect(await psql('UPDATE t SET a = 1')).toEqual({ stdout: '', stderr: 'ERROR:  syntax error at or near "UPDATE"\nLINE 1: UPDATE t SET a = 1\n        ^\n', exitCode: 1 });
    expect(await psql('SELECT * FROM nope')).toEqual({ stdout: '', stderr: 'ERROR:  relation "nope" does not exist\nLINE 1: SELECT * FROM nope\n                      ^\n', exitCode: 1 });
    expect(await psql('CREATE TABLE')).toEqual({ stdout: '', stderr: 'ERROR:  syntax error at end of input\nLINE 1: CREATE TABLE\n                    ^\n', exitCode: 1 });
    expect(await psql('\\dt')).toEqual({ stdout: '', stderr: 'Did not find any relations.\n', exitCode: 0 });
  });

  it('lists databases with \\l', async () => {
    const r = await psql('\\l');
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '                                                    List of databases',
      '   Name    |  Owner   | Encoding | Locale Provider |  Collate   |   Ctype    | Locale | ICU Rules |   Access privileges   ',
      '-----------+----------+----------+-----------------+------------+------------+--------+-----------+-----------------------',
      ' postgres  | postgres | UTF8     | libc            | en_US.utf8 | en_US.utf8 |        |           | ',
    ]);
    expect(r.stdout).toContain(' template0 | postgres | UTF8     | libc            | en_US.utf8 | en_US.utf8 |        |           | =c/postgres          +\n           |          |          |                 |            |            |        |           | postgres=CTc/postgres\n');
  });

  it('fails to connect as an unknown role or database', async () => {
    const sock = 'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed:';
    expect(await run('docker exec db psql')).toEqual({ stdout: '', stderr: `${sock} FATAL:  role "root" does not exist\n`, exitCode: 2 });
    expect(await run('docker exec db psql -U postgres -d shop')).toEqual({ stdout: '', stderr: `${sock} FATAL:  database "shop" does not exist\n`, exitCode: 2 });
  });

  it('reads statements from stdin (docker refuses -t when stdin is a pipe)', async () => {
    const refused = 'cannot attach stdin to a TTY-enabled container because stdin is not a terminal\n';
    expect(await run('printf "SELECT 1;\\n\\\\q\\n" | docker exec -it db psql -U postgres')).toEqual({ stdout: '', stderr: refused, exitCode: 1 });
    expect((await run('echo "SELECT 2;" | docker exec -i db psql -U postgres')).stdout).toBe(' ?column? \n----------\n        2\n(1 row)\n\n');
  });

  it('keeps tables in PGDATA: a new container on the volume sees them', async () => {
    await run('docker run -d --name db2 -e POSTGRES_PASSWORD=pw -v pg:/var/lib/postgresql postgres');
    await run(`docker exec db2 psql -U postgres -c "CREATE TABLE t (a int)" -c "INSERT INTO t VALUES (7)"`);
    await run('docker rm -f db2');
    await run('docker run -d --name db3 -v pg:/var/lib/postgresql postgres');
    expect((await run('docker exec db3 psql -U postgres -c "SELECT a FROM t"')).stdout).toBe(' a \n---\n 7\n(1 row)\n\n');
    expect((await run('docker exec db3 ls /var/lib/postgresql/18/docker')).stdout).toContain('PG_VERSION\nbase\nglobal\npg_hba.conf\n');
  });
});
