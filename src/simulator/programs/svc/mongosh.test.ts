// mongosh in the mongo image, through the public API: --eval prints only its last result, in
// mongosh's (Node's util.inspect) layout; the query and update operators tutorials use; errors
// with mongosh's names and exit 1; the banner of an interactive start; another container
// reaching mongod by name on a user network, and the failures of an unknown or silent host.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
const sim = createSimulator({ seed: 1, clock: () => now });
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string) => ({ stdout: '', stderr, exitCode: 1 });
const sh = (script: string) => run(`docker exec mdb mongosh --eval '${script}'`);

beforeAll(async () => {
  await run('docker pull -q mongo');
  await run('docker network create app');
  await run('docker run -d --name mdb --network app mongo');
});

describe('mongosh --eval', () => {
  it('answers commands and prints only the last value', async () => {
    expect(await sh('db.runCommand({ping:1})')).toEqual(ok('{ ok: 1 }\n'));
    expect(await sh('db.adminCommand("ping")')).toEqual(ok('{ ok: 1 }\n'));
    expect(await sh('db.version()')).toEqual(ok('8.2.12\n'));
    expect(await sh('use shop')).toEqual(ok('switched to db shop\n'));
    expect(await sh('db.items.find()')).toEqual(ok(''));
  });

  it('inserts, queries, updates and deletes', async () => {
    expect((await sh('db.items.insertMany([{sku: "a", qty: 3}, {sku: "b", qty: 10}, {sku: "c", qty: 7}])')).stdout).toMatch(
      /^\{\n {2}acknowledged: true,\n {2}insertedIds: \{\n {4}'0': ObjectId\('[0-9a-f]{24}'\),\n {4}'1': ObjectId\('[0-9a-f]{24}'\),\n {4}'2': ObjectId\('[0-9a-f]{24}'\)\n {2}\}\n\}\n$/,
    );
    expect(await sh('db.items.find({qty: {$gte: 5}}, {_id: 0}).sort({qty: -1})')).toEqual(ok("[ { sku: 'b', qty: 10 }, { sku: 'c', qty: 7 } ]\n"));
    expect(await sh('db.items.updateMany({}, {$inc: {qty: 1}}); db.items.findOne({sku: "a"}, {_id: 0, qty: 1})')).toEqual(ok('{ qty: 4 }\n'));
    expect(await sh('db.items.updateOne({sku: "b"}, {$set: {qty: 0}})')).toEqual(
      ok('{\n  acknowledged: true,\n  insertedId: null,\n  matchedCount: 1,\n  modifiedCount: 1,\n  upsertedCount: 0\n}\n'),
    );
    expect(await sh('db.items.deleteMany({qty: {$lt: 5}})')).toEqual(ok('{ acknowledged: true, deletedCount: 2 }\n'));
    expect(await sh('db.items.countDocuments()')).toEqual(ok('1\n'));
    expect(await sh('show collections')).toEqual(ok('items\n'));
    expect(await sh('show dbs')).toEqual(ok('admin   40.00 KiB\nconfig  12.00 KiB\nlocal   40.00 KiB\ntest    40.00 KiB\n'));
  });

  it('reports errors as mongosh names them, exit 1', async () => {
    expect(await sh('foo.bar()')).toEqual(fail('ReferenceError: foo is not defined\n'));
    expect(await sh('db.items.frob()')).toEqual(fail('TypeError: db.items.frob is not a function\n'));
    expect(await sh('db.items.find(')).toEqual(fail('SyntaxError: Unexpected token (1:14)\n'));
    expect(await sh('show nothing')).toEqual(fail('MongoshInvalidInputError: [COMMON-10001] \'nothing\' is not a valid argument for "show".\n'));
    expect(await sh('db.runCommand({frobnicate: 1})')).toEqual(fail("MongoServerError[CommandNotFound]: no such command: 'frobnicate'\n"));
    expect(await run("docker exec mdb mongosh --port 27018 --eval 'db.x.find()'")).toEqual(fail('MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27018\n'));
  });

  it('shows its banner and the server\'s startup warnings when started on a terminal', async () => {
    const r = await run('docker exec -t mdb mongosh');
    expect(r.stdout.replace(/ID:\t[0-9a-f]{24}/, 'ID:\t<id>')).toBe(
      [
        'Current Mongosh Log ID:\t<id>',
        'Connecting to:\t\tmongodb://127.0.0.1:27017/?directConnection=true&serverSelectionTimeoutMS=2000&appName=mongosh+2.5.10',
        'Using MongoDB:\t\t8.2.12',
        'Using Mongosh:\t\t2.5.10',
        '',
        'For mongosh info see: https://www.mongodb.com/docs/mongodb-shell/',
        '',
        '------',
        '   The server generated these startup warnings when booting',
        '   2026-11-25T10:00:36.366+00:00: Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem',
        '   2026-11-25T10:00:36.366+00:00: Access control is not enabled for the database. Read and write access to data and configuration is unrestricted',
        '   2026-11-25T10:00:36.366+00:00: vm.max_map_count is too low',
        '------',
        '',
        'test> ',
        '',
      ].join('\n'),
    );
  });
});

describe('mongosh from another container', () => {
  it('reaches mongod by name on a shared network', async () => {
    expect(await run("docker run --rm --network app mongo mongosh mongodb://mdb:27017/test --eval 'db.items.findOne({}, {_id: 0})'")).toEqual(ok("{ sku: 'c', qty: 8 }\n"));
  });

  it('fails to resolve a name on the default bridge, and a host nothing listens on', async () => {
    expect(await run("docker run --rm mongo mongosh mongodb://mdb:27017 --eval 'db.x.find()'")).toEqual(fail('MongoNetworkError: getaddrinfo ENOTFOUND mdb\n'));
    await run('docker run -d --name idle --network app alpine sleep 600');
    const ip = (await run("docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' idle")).stdout.trim();
    expect(await run("docker run --rm --network app mongo mongosh mongodb://idle:27017 --eval 'db.x.find()'")).toEqual(fail(`MongoNetworkError: connect ECONNREFUSED ${ip}:27017\n`));
  });
});

describe('mongosh at its prompt', () => {
  it('reads statements from the terminal at `test> ` until exit', async () => {
    const tty = async (line: string) => {
      now += 1000;
      return { ...(await sim.run(line, { tty: true })), prompt: sim.prompt };
    };
    expect(await tty('docker exec -it mdb mongosh --quiet')).toEqual({ stdout: '', stderr: '', exitCode: 0, prompt: 'test> ' });
    expect(await tty('use shop')).toEqual({ stdout: 'switched to db shop\n', stderr: '', exitCode: 0, prompt: 'shop> ' });
    expect(await tty('db.orders.insertOne({_id: 1, total: 9.5})')).toEqual({ stdout: '{ acknowledged: true, insertedId: 1 }\n', stderr: '', exitCode: 0, prompt: 'shop> ' });
    expect(await tty('db.orders.find()')).toEqual({ stdout: '[ { _id: 1, total: 9.5 } ]\n', stderr: '', exitCode: 0, prompt: 'shop> ' });
    expect(await tty('exit')).toEqual({ stdout: '', stderr: '', exitCode: 0, prompt: 'learner@dockyard:~$ ' });
    expect(await run("docker exec mdb mongosh shop --eval 'db.orders.countDocuments()'")).toEqual(ok('1\n'));
  });

  it('leaves on .exit, exit, quit() and a second Ctrl+C in a row (the first one says how)', async () => {
    const tty = async (line: string) => {
      now += 1000;
      return { ...(await sim.run(line, { tty: true })), prompt: sim.prompt };
    };
    const at = (stdout: string) => ({ stdout, stderr: '', exitCode: 0, prompt: 'test> ' });
    const left = { stdout: '', stderr: '', exitCode: 0, prompt: 'learner@dockyard:~$ ' };
    const HINT = '(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n';
    for (const leave of ['.exit', 'exit', 'quit', 'exit()', 'quit()']) {
      expect(await tty('docker exec -it mdb mongosh --quiet')).toEqual(at(''));
      expect(await tty(leave)).toEqual(left);
    }
    await tty('docker exec -it mdb mongosh --quiet');
    expect({ ...(await sim.interruptInput!()), prompt: sim.prompt }).toEqual(at(HINT));
    expect(await tty('db.version()')).toEqual(at('8.2.12\n'));
    expect({ ...(await sim.interruptInput!()), prompt: sim.prompt }).toEqual(at(HINT));
    expect({ ...(await sim.interruptInput!()), prompt: sim.prompt }).toEqual(left);
    expect(await run('echo .exit | docker exec -i mdb mongosh --quiet')).toEqual(ok(''));
  });
});
