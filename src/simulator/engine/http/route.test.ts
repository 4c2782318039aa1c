// Where sim.http's requests go: the published port map, the host's addresses, container
// addresses; and curl's errors when nothing answers.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

/** A simulator with the images pulled whose clock then reads 10:00:00 (the pulls' time undone). */
async function setup() {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now });
  await sim.run('docker pull -q nginx');
  await sim.run('docker pull -q httpd');
  await sim.run('docker pull -q alpine');
  now -= (sim.snapshot() as unknown as { world: { skew: number } }).world.skew;
  return sim;
}

describe('sim.http routing', () => {
  it('fails as curl does when nothing listens or the host is unknown', async () => {
    const sim = await setup();
    expect(await sim.http('localhost:8080')).toEqual({ error: "Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server" });
    expect(await sim.http('http://127.0.0.1:9000/x')).toEqual({ error: "Failed to connect to 127.0.0.1 port 9000 after 0 ms: Couldn't connect to server" });
    expect(await sim.http('http://web:80/')).toEqual({ error: 'Could not resolve host: web' });
    expect(await sim.http('ftp://localhost/')).toEqual({ error: 'Protocol "ftp" not supported' });
  });

  it('reaches the program behind a published port from every host address', async () => {
    const sim = await setup();
    await sim.run('docker run -d --name web -p 8080:80 httpd');
    for (const url of ['localhost:8080', '127.0.0.1:8080', '0.0.0.0:8080', 'http://[::1]:8080/', 'dockyard:8080', '172.17.0.1:8080']) {
      expect(await sim.http(url)).toMatchObject({ status: 200, body: '<html><body><h1>It works!</h1></body></html>\n' });
    }
    expect(await sim.http('172.17.0.2:80')).toMatchObject({ status: 200 });
    expect(await sim.http('172.17.0.2:8080')).toEqual({ error: "Failed to connect to 172.17.0.2 port 8080 after 0 ms: Couldn't connect to server" });
  });

  it('answers httpd requests with Apache headers and a common-log line', async () => {
    const sim = await setup();
    await sim.run('docker run -d --name web -p 8080:80 httpd');
    const r = await sim.http('localhost:8080/');
    if ('error' in r) throw new Error(r.error);
    expect(Object.keys(r.headers)).toEqual(['Date', 'Server', 'Last-Modified', 'ETag', 'Accept-Ranges', 'Content-Length', 'Content-Type']);
    expect(r.headers).toMatchObject({ Server: 'Apache/2.4.68 (Unix)', 'Content-Length': '45', 'Content-Type': 'text/html' });
    expect(await sim.http('localhost:8080/nope')).toMatchObject({ status: 404, headers: { 'Content-Type': 'text/html; charset=iso-8859-1', 'Content-Length': '196' } });
    const out = (await sim.run('docker logs web')).stdout.split('\n').slice(-3, -1);
    expect(out).toEqual(['172.17.0.1 - - [25/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 45', '172.17.0.1 - - [25/Nov/2026:10:00:00 +0000] "GET /nope HTTP/1.1" 404 196']);
  });

  it('honours the host address of a binding', async () => {
    const sim = await setup();
    await sim.run('docker run -d --name web -p 127.0.0.1:8080:80 nginx');
    expect(await sim.http('localhost:8080')).toMatchObject({ status: 200 });
    expect(await sim.http('http://[::1]:8080/')).toEqual({ error: "Failed to connect to ::1 port 8080 after 0 ms: Couldn't connect to server" });
  });

  it('resets the connection when the container has no server on that port, hangs while paused', async () => {
    const sim = await setup();
    await sim.run('docker run -d --name quiet -p 8080:80 alpine sleep 1000');
    expect(await sim.http('localhost:8080')).toEqual({ error: 'Recv failure: Connection reset by peer' });
    await sim.run('docker run -d --name web -p 8081:80 nginx');
    await sim.run('docker pause web');
    expect(await sim.http('localhost:8081')).toEqual({ error: 'Operation timed out after 300000 milliseconds with 0 bytes received' });
    await sim.run('docker unpause web');
    expect(await sim.http('localhost:8081')).toMatchObject({ status: 200 });
    await sim.run('docker stop web');
    expect(await sim.http('localhost:8081')).toEqual({ error: "Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server" });
  });

  it('reaches a --network host server on the host port it listens on', async () => {
    const sim = await setup();
    await sim.run('docker run -d --name web --network host nginx');
    expect(await sim.http('localhost')).toMatchObject({ status: 200 });
    const line = (await sim.run('docker logs web')).stdout.split('\n').at(-2);
    // curl tries ::1 first for localhost, and nginx listens on [::]:80 too.
    expect(line).toBe('::1 - - [25/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 896 "-" "curl/8.14.1" "-"');
  });

  it('sends the caller\'s headers and logs them', async () => {
    const sim = await setup();
    await sim.run('docker run -d --name web -p 8080:80 nginx');
    await sim.http('localhost:8080/', { headers: { 'User-Agent': 'Mozilla/5.0', Referer: 'http://x/' } });
    const line = (await sim.run('docker logs web')).stdout.split('\n').at(-2);
    expect(line).toBe('172.17.0.1 - - [25/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 896 "http://x/" "Mozilla/5.0" "-"');
  });
});
