// python scripts by the model, through docker run/exec: print and str/repr, the environment,
// CPython's errors (a KeyError traceback, a NameError with its caret and suggestion, no such
// module, no such file), the model's limit, stdout buffering in a container's log, and a Flask
// app served through a published port, with Werkzeug's banner, pages and request log.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const py = (args: string, image = 'python:3.14-slim') => run(`docker run --rm -v /home/learner/py:/app -w /app ${image} python ${args}`);

const FILES: Record<string, string> = {
  'py/hello.py': "import os\nname = os.environ.get('NAME', 'world')\nprint(f'Hello, {name}!', [1, 'two', None], {'ok': True}, f'{3.14159:.2f}')\nprint(7 / 2, 7 // 2, round(2.5), 'x' * 3, sep=' | ')\n",
  'py/secret.py': "import os\nprint(os.environ['SECRET'])\n",
  'py/typo.py': 'total = 1\nprint(totl + 1)\n',
  'py/app.py': "from flask import Flask, jsonify\nimport os\n\napp = Flask(__name__)\n\n@app.route('/')\ndef index():\n    return f\"Hello from {os.environ.get('NAME', 'Flask')}!\"\n\n@app.route('/api/square/<int:n>')\ndef square(n):\n    return jsonify(n=n, square=n * n)\n\nif __name__ == '__main__':\n    app.run(host='0.0.0.0', port=5000)\n",
  'py/local.py': "from flask import Flask\napp = Flask(__name__)\n\n@app.get('/')\ndef index():\n    return 'only on localhost'\n\napp.run()\n",
  'py/worker.py': "import time\nfor i in range(3):\n    print(f'working {i}')\n    time.sleep(2)\nprint('done')\n",
  'py/sub.py': "import subprocess\nsubprocess.run(['ls'])\n",
};

const WARNING = '\x1b[31m\x1b[1mWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\x1b[0m\n';

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now, files: FILES });
  await run('docker pull -q python:3.14-slim');
});

describe('python scripts', () => {
  it('prints as CPython does', async () => {
    expect(await run('docker run --rm -e NAME=Docker -v /home/learner/py:/app -w /app python:3.14-slim python hello.py')).toEqual({
      stdout: "Hello, Docker! [1, 'two', None] {'ok': True} 3.14\n3.5 | 3 | 2 | xxx\n",
      stderr: '',
      exitCode: 0,
    });
    expect(await py(`-c "print(sum(x * x for x in range(4)), 'a,b'.split(','), len({'k': 1}))"`)).toEqual({ stdout: "14 ['a', 'b'] 1\n", stderr: '', exitCode: 0 });
  });

  it("reports CPython's errors", async () => {
    expect(await py('secret.py')).toEqual({
      stdout: '',
      stderr: 'Traceback (most recent call last):\n  File "/app/secret.py", line 2, in <module>\n    print(os.environ[\'SECRET\'])\n  File "<frozen os>", line 717, in __getitem__\nKeyError: \'SECRET\'\n',
      exitCode: 1,
    });
    expect(await py('typo.py')).toEqual({
      stdout: '',
      stderr: 'Traceback (most recent call last):\n  File "/app/typo.py", line 2, in <module>\n    print(totl + 1)\n          ^^^^\nNameError: name \'totl\' is not defined. Did you mean: \'total\'?\n',
      exitCode: 1,
    });
    expect(await py('app.py')).toEqual({
      stdout: '',
      stderr: 'Traceback (most recent call last):\n  File "/app/app.py", line 1, in <module>\n    from flask import Flask, jsonify\nModuleNotFoundError: No module named \'flask\'\n',
      exitCode: 1,
    });
    expect(await py('nope.py')).toEqual({ stdout: '', stderr: "python: can't open file '/app/nope.py': [Errno 2] No such file or directory\n", exitCode: 2 });
  });

  it('says so when a script goes beyond the model', async () => {
    expect(await py('sub.py')).toEqual({ stdout: '', stderr: "dockyard: this simulator runs a small model of Python scripts; 'subprocess.run' is beyond it\n", exitCode: 1 });
  });

  it("buffers stdout in a container's log until the script ends, unless PYTHONUNBUFFERED", async () => {
    await run('docker run -d --name buffered -v /home/learner/py:/app -w /app python:3.14-slim python worker.py');
    await run('docker run -d --name live -e PYTHONUNBUFFERED=1 -v /home/learner/py:/app -w /app python:3.14-slim python worker.py');
    expect((await run('docker logs buffered')).stdout).toBe('');
    expect((await run('docker logs live')).stdout).toBe('working 0\nworking 1\n');
    now += 5000;
    expect((await run('docker logs buffered')).stdout).toBe('working 0\nworking 1\nworking 2\ndone\n');
  });

  it('serves a Flask app with the development server', async () => {
    await run('docker run -d --name web -p 5000:5000 -e NAME=Docker -v /home/learner/py:/app -w /app python:3.14-slim sh -c "pip install -q --root-user-action=ignore flask && exec python app.py"');
    now += 5000;
    expect(await run('curl -i localhost:5000/')).toEqual({
      stdout: 'HTTP/1.1 200 OK\r\nServer: Werkzeug/3.1.4 Python/3.14.7\r\nDate: Wed, 25 Nov 2026 10:00:12 GMT\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 18\r\nConnection: close\r\n\r\nHello from Docker!',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('curl localhost:5000/api/square/12')).stdout).toBe('{"n":12,"square":144}\n');
    expect((await run('curl -s -o /dev/null -w "%{http_code}" localhost:5000/nope')).stdout).toBe('404');
    expect(await run('docker logs web')).toEqual({
      stdout: " * Serving Flask app 'app'\n * Debug mode: off\n",
      stderr:
        `${WARNING} * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:5000\n * Running on http://172.17.0.2:5000\n\x1b[33mPress CTRL+C to quit\x1b[0m\n` +
        '172.17.0.1 - - [25/Nov/2026 10:00:12] "GET / HTTP/1.1" 200 -\n172.17.0.1 - - [25/Nov/2026 10:00:13] "GET /api/square/12 HTTP/1.1" 200 -\n' +
        '172.17.0.1 - - [25/Nov/2026 10:00:14] "\x1b[33mGET /nope HTTP/1.1\x1b[0m" 404 -\n',
      exitCode: 0,
    });
  });

  it("is out of reach through a published port when it listens on 127.0.0.1 (app.run()'s default)", async () => {
    await run('docker run -d --name local -p 5001:5000 -v /home/learner/py:/app -w /app python:3.14 sh -c "pip install -q --root-user-action=ignore flask && exec python local.py"');
    now += 5000;
    expect(await run('curl localhost:5001')).toEqual({ stdout: '', stderr: 'curl: (56) Recv failure: Connection reset by peer\n', exitCode: 56 });
    expect((await run('docker exec local curl -s localhost:5000')).stdout).toBe('only on localhost');
    expect((await run('docker logs local')).stderr).toContain(' * Running on http://127.0.0.1:5000\n');
  });
});
