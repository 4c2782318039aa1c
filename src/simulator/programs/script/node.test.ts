// node scripts by the model, through docker run/exec: output and environment, node's own errors
// (missing main module, missing package, an uncaught ReferenceError), the model's limit, an
// http server and an Express app answering curl through a published port, timers in the logs.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const node = (args: string) => run(`docker run --rm -v /home/learner/app:/app -w /app node:22-alpine node ${args}`);

const FILES: Record<string, string> = {
  'app/hello.js': "const name = process.env.NAME || 'world';\nconsole.log(`Hello, ${name}!`, { n: 1, list: [1, 'two'] });\nconsole.error('to stderr');\n",
  'app/server.js': "const http = require('http');\nconst PORT = process.env.PORT || 3000;\nhttp.createServer((req, res) => {\n  res.writeHead(200, { 'Content-Type': 'text/plain' });\n  res.end(`You asked for ${req.url}\\n`);\n}).listen(PORT, () => console.log(`Server running on port ${PORT}`));\n",
  'app/web.js': "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('Hello from Express!'));\napp.get('/api/users/:id', (req, res) => res.json({ id: Number(req.params.id), name: 'Ada' }));\napp.listen(8080, () => console.log('listening on 8080'));\n",
  'app/ref.js': "console.log('before');\nconsole.log(missing);\n",
  'app/watch.js': "const fs = require('fs');\nfs.watch('.', () => {});\n",
  'app/tick.js': "let n = 0;\nconst t = setInterval(() => {\n  console.log(`tick ${++n}`);\n  if (n === 3) clearInterval(t);\n}, 1000);\n",
  'app/package.json': '{ "name": "app", "version": "1.0.0" }\n',
};

const FRAMES = (file: string, line: number, col: number) =>
  `    at Object.<anonymous> (${file}:${line}:${col})\n    at Module._compile (node:internal/modules/cjs/loader:1706:14)\n    at Object..js (node:internal/modules/cjs/loader:1839:10)\n` +
  '    at Module.load (node:internal/modules/cjs/loader:1441:32)\n    at Function._load (node:internal/modules/cjs/loader:1263:12)\n    at TracingChannel.traceSync (node:diagnostics_channel:328:14)\n' +
  '    at wrapModuleLoad (node:internal/modules/cjs/loader:237:24)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)\n    at node:internal/main/run_main_module:36:49';
const RESOLVE =
  '    at Function._resolveFilename (node:internal/modules/cjs/loader:1383:15)\n    at defaultResolveImpl (node:internal/modules/cjs/loader:1025:19)\n    at resolveForCJSWithHooks (node:internal/modules/cjs/loader:1030:22)\n' +
  '    at Function._load (node:internal/modules/cjs/loader:1192:37)\n    at TracingChannel.traceSync (node:diagnostics_channel:328:14)\n    at wrapModuleLoad (node:internal/modules/cjs/loader:237:24)\n';

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now, files: FILES });
  await run('docker pull -q node:22-alpine');
});

describe('node scripts', () => {
  it('prints strings, template literals and objects as node does', async () => {
    expect(await run('docker run --rm -e NAME=Docker -v /home/learner/app:/app -w /app node:22-alpine node hello.js')).toEqual({ stdout: "Hello, Docker! { n: 1, list: [ 1, 'two' ] }\n", stderr: 'to stderr\n', exitCode: 0 });
    expect(await node(`-e "const a = [1, 2, 3]; console.log(a.map((x) => x * 2).join('-'), typeof a, JSON.stringify({ ok: true }))"`)).toEqual({ stdout: '2-4-6 object {"ok":true}\n', stderr: '', exitCode: 0 });
    expect((await node('-p "process.env.NODE_VERSION"')).stdout).toBe('22.22.1\n');
  });

  it("reports what node reports: missing modules and an uncaught error", async () => {
    expect(await node('nope.js')).toEqual({
      stdout: '',
      stderr: `node:internal/modules/cjs/loader:1386\n  throw err;\n  ^\n\nError: Cannot find module '/app/nope.js'\n${RESOLVE}    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)\n    at node:internal/main/run_main_module:36:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v22.22.1\n`,
      exitCode: 1,
    });
    expect(await node('web.js')).toEqual({
      stdout: '',
      stderr:
        `node:internal/modules/cjs/loader:1386\n  throw err;\n  ^\n\nError: Cannot find module 'express'\nRequire stack:\n- /app/web.js\n${RESOLVE}` +
        '    at Module.require (node:internal/modules/cjs/loader:1463:12)\n    at require (node:internal/modules/helpers:147:16)\n    at Object.<anonymous> (/app/web.js:1:17)\n' +
        "    at Module._compile (node:internal/modules/cjs/loader:1706:14) {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: [ '/app/web.js' ]\n}\n\nNode.js v22.22.1\n",
      exitCode: 1,
    });
    expect(await node('ref.js')).toEqual({
      stdout: 'before\n',
      stderr: `/app/ref.js:2\nconsole.log(missing);\n            ^\n\nReferenceError: missing is not defined\n${FRAMES('/app/ref.js', 2, 13)}\n\nNode.js v22.22.1\n`,
      exitCode: 1,
    });
  });

  it('says so when a script goes beyond the model', async () => {
    expect(await node('watch.js')).toEqual({ stdout: '', stderr: "dockyard: this simulator runs a small model of Node.js scripts; 'fs.watch' is beyond it\n", exitCode: 1 });
  });

  it('serves HTTP from http.createServer through a published port', async () => {
    await run('docker run -d --name srv -p 3000:3000 -v /home/learner/app:/app -w /app node:22-alpine node server.js');
    expect((await run('docker logs srv')).stdout).toBe('Server running on port 3000\n');
    expect(await run('curl -i localhost:3000/hi')).toEqual({
      stdout: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: Wed, 25 Nov 2026 10:00:10 GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 18\r\n\r\nYou asked for /hi\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker exec srv node server.js')).stderr).toContain('Error: listen EADDRINUSE: address already in use :::3000\n');
  });

  it('serves an Express app once express is installed', async () => {
    await run('docker run --rm -v /home/learner/app:/app -w /app node:22-alpine npm install express');
    await run('docker run -d --name web -p 8080:8080 -v /home/learner/app:/app -w /app node:22-alpine node web.js');
    expect(await run('curl -i localhost:8080')).toEqual({
      stdout:
        'HTTP/1.1 200 OK\r\nX-Powered-By: Express\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 19\r\nETag: W/"13-tsbq4e7agwVV6r9iE+Lb/lLwlzw"\r\n' +
        'Date: Wed, 25 Nov 2026 10:00:12 GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\nHello from Express!',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('curl localhost:8080/api/users/7')).stdout).toBe('{"id":7,"name":"Ada"}');
    expect((await run('curl localhost:8080/nope')).stdout).toBe('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /nope</pre>\n</body>\n</html>\n');
  });

  it('serves from a foreground process until Ctrl+C', async () => {
    await run('docker run -it -p 3000:3000 --name shell -v /home/learner/app:/app -w /app node:22-alpine sh');
    let shown = '';
    const serving = sim.run('node server.js', { onOutput: (t) => (shown += t) });
    for (let i = 0; i < 50 && !shown; i++) await new Promise((r) => setTimeout(r, 0));
    expect(shown).toBe('Server running on port 3000\n');
    expect(await sim.http('http://localhost:3000/x')).toMatchObject({ status: 200, body: 'You asked for /x\n' });
    sim.interrupt();
    expect(await serving).toEqual({ stdout: 'Server running on port 3000\n', stderr: '', exitCode: 130 });
    expect(await sim.http('http://localhost:3000/x')).toEqual({ error: 'Recv failure: Connection reset by peer' });
  });

  it('runs timers on the simulated clock', async () => {
    await run('docker run -d --name tick -v /home/learner/app:/app -w /app node:22-alpine node tick.js');
    expect((await run('docker logs tick')).stdout).toBe('tick 1\n');
    now += 2000;
    expect((await run('docker logs tick')).stdout).toBe('tick 1\ntick 2\ntick 3\n');
    expect((await run('docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" tick')).stdout).toBe('exited 0\n');
  });

  it('refuses a server in a build step, which would never end', async () => {
    await run("mkdir b && cd b && printf 'FROM node:22-alpine\\nRUN node -e \"console.log(6 * 7)\"\\nRUN node -e \"require(\\x27http\\x27).createServer().listen(80)\"\\n' > Dockerfile");
    const r = await run('docker build --progress=plain .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(' 42\n');
    expect(r.stderr).toContain("dockyard: this simulator runs a small model of Node.js scripts; 'a server in a build step (it would never end)' is beyond it\n");
  });
});
