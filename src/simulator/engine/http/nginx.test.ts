// nginx answering through the published port map, via the public sim.http.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);
const SITE = { 'site/index.html': '<h1>Hi</h1>\n', 'site/docs/a.txt': 'a\n', 'site/style.css': 'h1{}\n' };

/** A simulator with nginx running on 8080; `at(ms)` sets the simulated time to T0 + ms. */
async function nginx(extra = '') {
  let now = T0;
  const sim = createSimulator({ seed: 1, clock: () => now, files: SITE });
  await sim.run('docker pull -q nginx');
  await sim.run(`docker run -d --name web -p 8080:80 ${extra} nginx`);
  // The pull's simulated download time is added to the injected clock (the world's skew).
  const skew = (sim.snapshot() as unknown as { world: { skew: number } }).world.skew;
  return { sim, at: (ms: number) => (now = T0 + ms - skew) };
}

const DATE = 'Wed, 25 Nov 2026 10:02:00 GMT';
const page = (title: string) =>
  `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/1.31.4</center>\r\n</body>\r\n</html>\r\n`;
const errorHeaders = (len: number) => ({ Server: 'nginx/1.31.4', Date: DATE, 'Content-Type': 'text/html', 'Content-Length': String(len), Connection: 'keep-alive' });

describe('nginx over a published port', () => {
  it('serves its welcome page with nginx headers and logs the request', async () => {
    const { sim, at } = await nginx();
    at(120_000);
    const r = await sim.http('http://localhost:8080/');
    if ('error' in r) throw new Error(r.error);
    expect(r.status).toBe(200);
    expect(Object.keys(r.headers)).toEqual(['Server', 'Date', 'Content-Type', 'Content-Length', 'Last-Modified', 'Connection', 'ETag', 'Accept-Ranges']);
    expect(r.headers).toMatchObject({ Server: 'nginx/1.31.4', Date: DATE, 'Content-Type': 'text/html', 'Content-Length': String(r.body.length), Connection: 'keep-alive', 'Accept-Ranges': 'bytes' });
    expect(r.headers.ETag).toMatch(/^"[0-9a-f]+-380"$/);
    expect(r.body).toContain('<title>Welcome to nginx!</title>');
    const logs = await sim.run('docker logs web');
    expect(logs.stdout.split('\n').at(-2)).toBe('172.17.0.1 - - [25/Nov/2026:10:02:00 +0000] "GET / HTTP/1.1" 200 896 "-" "curl/8.14.1" "-"');
  });

  it('serves a bind-mounted site: files, types, a 301 for a directory, 404 and 403 pages', async () => {
    const { sim, at } = await nginx('-v ./site:/usr/share/nginx/html');
    at(120_000);
    expect(await sim.http('localhost:8080')).toMatchObject({ status: 200, body: '<h1>Hi</h1>\n', headers: { 'Content-Length': '12', 'Content-Type': 'text/html' } });
    expect(await sim.http('localhost:8080/style.css')).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/css' } });
    expect(await sim.http('localhost:8080/docs')).toEqual({
      status: 301,
      headers: { ...errorHeaders(169), Location: 'http://localhost/docs/', Connection: 'keep-alive' },
      body: page('301 Moved Permanently'),
    });
    expect(await sim.http('localhost:8080/nope.html')).toEqual({ status: 404, headers: errorHeaders(153), body: page('404 Not Found') });
    expect(await sim.http('localhost:8080/docs/')).toEqual({ status: 403, headers: errorHeaders(153), body: page('403 Forbidden') });
    const logs = await sim.run('docker logs web');
    expect(logs.stderr.split('\n').slice(-3, -1)).toEqual([
      '2026/11/25 10:02:00 [error] 29#29: *4 open() "/usr/share/nginx/html/nope.html" failed (2: No such file or directory), client: 172.17.0.1, server: localhost, request: "GET /nope.html HTTP/1.1", host: "localhost:8080"',
      '2026/11/25 10:02:00 [error] 29#29: *5 directory index of "/usr/share/nginx/html/docs/" is forbidden, client: 172.17.0.1, server: localhost, request: "GET /docs/ HTTP/1.1", host: "localhost:8080"',
    ]);
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const { sim, at } = await nginx();
    at(120_000);
    const head = await sim.http('localhost:8080/', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(await sim.http('localhost:8080/', { method: 'PUT', body: 'x' })).toEqual({ status: 405, headers: errorHeaders(157), body: page('405 Not Allowed') });
    expect(await sim.http('localhost:8080/index.html', { body: 'a=1' })).toMatchObject({ status: 405 });
    const lines = (await sim.run('docker logs web')).stdout.split('\n').slice(-4, -1);
    expect(lines).toEqual([
      '172.17.0.1 - - [25/Nov/2026:10:02:00 +0000] "HEAD / HTTP/1.1" 200 0 "-" "curl/8.14.1" "-"',
      '172.17.0.1 - - [25/Nov/2026:10:02:00 +0000] "PUT / HTTP/1.1" 405 157 "-" "curl/8.14.1" "-"',
      '172.17.0.1 - - [25/Nov/2026:10:02:00 +0000] "POST /index.html HTTP/1.1" 405 157 "-" "curl/8.14.1" "-"',
    ]);
  });

  it('listens where its config says (a mounted default.conf)', async () => {
    let now = T0;
    const conf = 'server {\n    listen 8000;\n    server_name example;\n    location / {\n        root /srv;\n        index home.html;\n    }\n}\n';
    const sim = createSimulator({ seed: 1, clock: () => now, files: { 'conf/default.conf': conf, 'srv/home.html': 'home\n' } });
    await sim.run('docker pull -q nginx');
    now += 1000;
    await sim.run('docker run -d --name web -p 8080:8000 -p 8081:80 -v ./conf:/etc/nginx/conf.d -v ./srv:/srv nginx');
    expect(await sim.http('localhost:8080/')).toMatchObject({ status: 200, body: 'home\n' });
    expect(await sim.http('localhost:8081/')).toEqual({ error: 'Recv failure: Connection reset by peer' });
  });
});
