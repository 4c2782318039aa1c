// mongod in the mongo image through the public API: its JSON start-up log, the entrypoint's
// error for half the root credentials, the root user's initialisation, "already initialised" on
// a volume, HTTP on the driver port and the shutdown lines of `docker stop`.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const out = async (line: string) => (await run(line)).stdout;
/** The engine's clock: the pull's simulated download time is in it. */
const T = '{"t":{"$date":"2026-11-25T10:00:36.366+00:00"},';

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now });
  await run('docker pull -q mongo');
  now = Date.UTC(2026, 10, 25, 10, 0, 2);
});

describe('mongod', () => {
  it('logs its start as JSON lines, padded as mongod pads them', async () => {
    const id = (await out('docker run -d --name mdb mongo')).slice(0, 12);
    expect(await run('docker logs mdb')).toEqual({
      stdout: [
        `${T}"s":"I",  "c":"CONTROL",  "id":23285,   "ctx":"main","msg":"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"}`,
        `${T}"s":"I",  "c":"CONTROL",  "id":4615611, "ctx":"initandlisten","msg":"MongoDB starting","attr":{"pid":1,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"${id}"}}`,
        `${T}"s":"I",  "c":"CONTROL",  "id":23403,   "ctx":"initandlisten","msg":"Build Info","attr":{"buildInfo":{"version":"8.2.12","allocator":"tcmalloc-google","environment":{"distmod":"ubuntu2404","distarch":"x86_64","target_arch":"x86_64"}}}}`,
        `${T}"s":"I",  "c":"CONTROL",  "id":51765,   "ctx":"initandlisten","msg":"Operating System","attr":{"os":{"name":"Ubuntu","version":"24.04"}}}`,
        `${T}"s":"I",  "c":"CONTROL",  "id":21951,   "ctx":"initandlisten","msg":"Options set by command line","attr":{"options":{"net":{"bindIp":"*"}}}}`,
        `${T}"s":"I",  "c":"STORAGE",  "id":22297,   "ctx":"initandlisten","msg":"Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem","tags":["startupWarnings"]}`,
        `${T}"s":"W",  "c":"CONTROL",  "id":22120,   "ctx":"initandlisten","msg":"Access control is not enabled for the database. Read and write access to data and configuration is unrestricted","tags":["startupWarnings"]}`,
        `${T}"s":"W",  "c":"CONTROL",  "id":5123300, "ctx":"initandlisten","msg":"vm.max_map_count is too low","attr":{"currentValue":65530,"recommendedMinimum":1677720,"maxConns":838860},"tags":["startupWarnings"]}`,
        `${T}"s":"I",  "c":"NETWORK",  "id":23015,   "ctx":"listener","msg":"Listening on","attr":{"address":"/tmp/mongodb-27017.sock"}}`,
        `${T}"s":"I",  "c":"NETWORK",  "id":23015,   "ctx":"listener","msg":"Listening on","attr":{"address":"0.0.0.0"}}`,
        `${T}"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it('refuses one root variable without the other, with the entrypoint\'s text on stderr', async () => {
    expect(await run('docker run --name half -e MONGO_INITDB_ROOT_PASSWORD=x mongo')).toEqual({
      stdout: '',
      stderr: "\nerror: missing 'MONGO_INITDB_ROOT_USERNAME' or 'MONGO_INITDB_ROOT_PASSWORD'\n       both must be specified for a user to be created\n\n",
      exitCode: 1,
    });
  });

  it('initialises the root user once, then starts with --auth; a volume skips it the next time', async () => {
    await run('docker run -d --name m1 -v mdata:/data/db -e MONGO_INITDB_ROOT_USERNAME=root -e MONGO_INITDB_ROOT_PASSWORD=pw mongo');
    expect(await out("docker logs m1 | grep -v '^{'")).toBe(
      'about to fork child process, waiting until server is ready for connections.\nforked process: 29\nchild process started successfully, parent exiting\n\n/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\n\nMongoDB init process complete; ready for start up.\n\n',
    );
    expect(await out('docker logs m1 | grep "Options set"')).toContain('"options":{"net":{"bindIp":"*"},"security":{"authorization":"enabled"}}');
    await run('docker rm -f m1');
    await run('docker run -d --name m2 -v mdata:/data/db -e MONGO_INITDB_ROOT_USERNAME=root -e MONGO_INITDB_ROOT_PASSWORD=pw mongo');
    expect(await out("docker logs m2 | grep -c 'init process'")).toBe('0\n');
    expect(await out('docker exec m2 mongosh -u root -p pw --eval "db.getUsers().users.length" admin')).toBe('1\n');
  });

  it('answers HTTP on its driver port with its one-liner', async () => {
    await run('docker run -d --name mdb -p 27017:27017 mongo');
    expect(await run('curl -i localhost:27017')).toEqual({
      stdout: 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 84\r\n\r\nIt looks like you are trying to access MongoDB over HTTP on the native driver port.\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('logs the signal and its exit when stopped', async () => {
    await run('docker run -d --name mdb2 mongo');
    await run('docker stop mdb2');
    const S = '{"t":{"$date":"2026-11-25T10:00:37.366+00:00"},';
    expect(await out('docker logs -n 4 mdb2')).toBe(
      [
        `${S}"s":"I",  "c":"CONTROL",  "id":23377,   "ctx":"SignalHandler","msg":"Received signal","attr":{"signal":15,"error":"Terminated"}}`,
        `${S}"s":"I",  "c":"CONTROL",  "id":23378,   "ctx":"SignalHandler","msg":"Signal was sent by kill(2)","attr":{"pid":0,"uid":0}}`,
        `${S}"s":"I",  "c":"CONTROL",  "id":20565,   "ctx":"SignalHandler","msg":"Now exiting"}`,
        `${S}"s":"I",  "c":"CONTROL",  "id":23138,   "ctx":"SignalHandler","msg":"Shutting down","attr":{"exitCode":0}}`,
        '',
      ].join('\n'),
    );
  });
});
