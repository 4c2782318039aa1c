import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

async function site() {
  const now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now });
  await sim.run("mkdir site && printf '<h1>Hi</h1>' > site/index.html");
  await sim.run('docker run -d --name web -p 8080:80 -v "$PWD/site:/usr/share/nginx/html" nginx');
  return sim;
}

describe('curl on the host', () => {
  it('prints the body without adding a newline', async () => {
    const sim = await site();
    expect(await sim.run('curl localhost:8080')).toEqual({ stdout: '<h1>Hi</h1>', stderr: '', exitCode: 0 });
  });
  it('-i prints the status line and headers with CRLF', async () => {
    const r = await (await site()).run('curl -i localhost:8080');
    expect(r.stdout.startsWith('HTTP/1.1 200 OK\r\nServer: nginx/1.31.4\r\n')).toBe(true);
    expect(r.stdout.endsWith('Accept-Ranges: bytes\r\n\r\n<h1>Hi</h1>')).toBe(true);
  });
  it('-f, -w and the connection errors', async () => {
    const sim = await site();
    expect(await sim.run('curl -f localhost:8080/x')).toEqual({ stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n', exitCode: 22 });
    expect(await sim.run("curl -s -o /dev/null -w '%{http_code}' localhost:8080/x")).toEqual({ stdout: '404', stderr: '', exitCode: 0 });
    expect(await sim.run('curl localhost:8081')).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server\n", exitCode: 7 });
    expect(await sim.run('curl -s nope')).toEqual({ stdout: '', stderr: '', exitCode: 6 });
    expect(await sim.run('curl -sS nope')).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: nope\n', exitCode: 6 });
    expect(await sim.run('curl http://:80/')).toEqual({ stdout: '', stderr: 'curl: (3) URL rejected: No host part in the URL\n', exitCode: 3 });
    expect(await sim.run('curl --bogus x')).toEqual({ stdout: '', stderr: "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
  });
  it('-o writes the file and prints the progress meter', async () => {
    const sim = await site();
    expect(await sim.run('curl -o page.html localhost:8080')).toEqual({
      stdout: '',
      stderr:
        '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
        '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
        '100    11  100    11    0     0  11000      0 --:--:-- --:--:-- --:--:-- 11000\n',
      exitCode: 0,
    });
    expect((await sim.run('cat page.html')).stdout).toBe('<h1>Hi</h1>');
  });
  it('-v shows the exchange on stderr; -X and -d reach nginx', async () => {
    const sim = await site();
    const r = await sim.run('curl -v -X POST -d a=1 localhost:8080');
    expect(r.stderr).toContain('* Host localhost:8080 was resolved.\n* IPv6: ::1\n* IPv4: 127.0.0.1\n*   Trying [::1]:8080...\n* Connected to localhost (::1) port 8080\n* using HTTP/1.x\n> POST / HTTP/1.1\r\n> Host: localhost:8080\r\n');
    expect(r.stderr).toContain('> Content-Type: application/x-www-form-urlencoded\r\n> \r\n* Request completely sent off\n< HTTP/1.1 405 Not Allowed\r\n');
  });
  it('-u/--user sends Basic credentials after Host; -H Authorization replaces them', async () => {
    const sim = await site();
    const head = '* Host localhost:8080 was resolved.\n* IPv6: ::1\n* IPv4: 127.0.0.1\n*   Trying [::1]:8080...\n* Connected to localhost (::1) port 8080\n* using HTTP/1.x\n';
    const sent = (auth: string) => `${head}> GET / HTTP/1.1\r\n> Host: localhost:8080\r\n> Authorization: ${auth}\r\n> User-Agent: curl/8.14.1\r\n> Accept: */*\r\n> \r\n`;
    expect((await sim.run('curl -v -u bob:secret localhost:8080')).stderr.startsWith(sent('Basic Ym9iOnNlY3JldA=='))).toBe(true);
    expect((await sim.run('curl -sv --user bob:secret localhost:8080')).stderr.startsWith(sent('Basic Ym9iOnNlY3JldA=='))).toBe(true);
    expect((await sim.run('curl -sv -ubob:pw -H "Authorization: Bearer t" localhost:8080')).stderr.startsWith(sent('Bearer t'))).toBe(true);
    expect(await sim.run('curl -u')).toEqual({ stdout: '', stderr: "curl: option -u: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
  });
  it('-L follows redirects; -w reports the effective URL; -f keeps the status for -w', async () => {
    const sim = await site();
    await sim.run('mkdir site/docs && echo docs > site/docs/index.html');
    // nginx redirects to its own port 80: reachable inside the container, not through -p 8080:80.
    expect(await sim.run('docker exec web curl -sL -w "%{http_code} %{url_effective}\\n" localhost/docs')).toEqual({ stdout: 'docs\n200 http://localhost/docs/\n', stderr: '', exitCode: 0 });
    expect(await sim.run('curl -sSL -w "%{http_code} %{url_effective}\\n" localhost:8080/docs')).toEqual({
      stdout: '000 http://localhost/docs/\n',
      stderr: "curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n",
      exitCode: 7,
    });
    expect(await sim.run("curl -sf -w '%{http_code}' localhost:8080/x")).toEqual({ stdout: '404', stderr: '', exitCode: 22 });
    expect(await sim.run('curl --fail --silent --show-error localhost:8080/x')).toEqual({ stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n', exitCode: 22 });
  });
});

describe('curl, wget and ping in containers', () => {
  it('ubuntu has no curl; names do not resolve on the default bridge', async () => {
    const sim = await site();
    expect(await sim.run('docker exec web bash -c "curl -s localhost"')).toEqual({ stdout: '<h1>Hi</h1>', stderr: '', exitCode: 0 });
    const u = await sim.run('docker run --rm ubuntu bash -c "curl web"');
    expect([u.stderr.split('\n').at(-2), u.exitCode]).toEqual(['bash: line 1: curl: command not found', 127]);
    await sim.run('docker run -d --name a1 alpine:latest sleep 100');
    expect(await sim.run('docker exec a1 ping -c 1 web')).toEqual({ stdout: '', stderr: "ping: bad address 'web'\n", exitCode: 1 });
    expect(await sim.run('docker exec a1 wget -qO- http://172.17.0.2/')).toEqual({ stdout: '<h1>Hi</h1>', stderr: '', exitCode: 0 });
  });
});
