// The mysql client in a mysql container: credentials from the container's environment, boxes
// on a TTY, tab-separated rows to a pipe, and the server's error numbers.
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
