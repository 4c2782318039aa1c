// python -m http.server in a python container: its start-up line, files and listings from the
// directory it serves, the redirect to a directory's slash, send_error's 404, and its request
// log lines on stderr.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now });
  await run('docker pull -q python');
  await run('mkdir site && echo hello > site/a.txt && mkdir site/sub');
  await run('docker run -d --name py -p 8000:8000 -v "$PWD/site:/srv" -w /srv python python -m http.server');
});

describe('python -m http.server', () => {
  it('lists the directory it serves', async () => {
    const r = await run('curl -s localhost:8000/');
    expect(r.stdout).toBe(
      '<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<style type="text/css">\n:root {\ncolor-scheme: light dark;\n}\n</style>\n' +
        '<title>Directory listing for /</title>\n</head>\n<body>\n<h1>Directory listing for /</h1>\n<hr>\n<ul>\n' +
        '<li><a href="a.txt">a.txt</a></li>\n<li><a href="sub/">sub/</a></li>\n</ul>\n<hr>\n</body>\n</html>\n',
    );
  });

  it('serves files, redirects directories and answers 404', async () => {
    expect((await run('curl -s localhost:8000/a.txt')).stdout).toBe('hello\n');
    expect((await run('curl -sI localhost:8000/sub')).stdout).toContain('Location: /sub/\r\n');
    expect((await run('curl -s -o /dev/null -w "%{http_code}" localhost:8000/nope')).stdout).toBe('404');
    expect(await run('docker logs py')).toEqual({
      stdout: 'Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...\n',
      stderr:
        '172.17.0.1 - - [25/Nov/2026 10:00:38] "GET /a.txt HTTP/1.1" 200 -\n' +
        '172.17.0.1 - - [25/Nov/2026 10:00:39] "HEAD /sub HTTP/1.1" 301 -\n' +
        '172.17.0.1 - - [25/Nov/2026 10:00:40] code 404, message File not found\n' +
        '172.17.0.1 - - [25/Nov/2026 10:00:40] "GET /nope HTTP/1.1" 404 -\n',
      exitCode: 0,
    });
  });

  it('listens on the port given', async () => {
    await run('docker run -d --name py2 -p 9000:9000 python python3 -m http.server 9000');
    expect((await run('docker logs py2')).stdout).toBe('Serving HTTP on 0.0.0.0 port 9000 (http://0.0.0.0:9000/) ...\n');
    expect((await run('curl -s localhost:9000/')).stdout).toContain('<title>Directory listing for /</title>');
  });
});
