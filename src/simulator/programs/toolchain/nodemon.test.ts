// Tools the walkthroughs exercise: nodemon from an npm script (its start-up lines, the app, then
// waiting for changes, so the container keeps running); `docker run node` (its REPL reads end of
// input and exits 0); `docker run maven` (mvn without a goal fails as Maven does, exit 1); and
// `go test -v` listing each test.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

const FILES = {
  'app/package.json': '{\n  "name": "app",\n  "version": "1.0.0",\n  "scripts": {\n    "dev": "nodemon server.js"\n  },\n  "devDependencies": {\n    "nodemon": "^3.1.11"\n  }\n}\n',
  'app/server.js': "console.log('up');\n",
  'go/go.mod': 'module example.com/calc\n\ngo 1.26\n',
  'go/calc.go': 'package calc\n\nfunc Add(a, b int) int { return a + b }\n',
  'go/calc_test.go': 'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {}\n\nfunc TestAddMore(t *testing.T) {}\n',
};

function world() {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now, files: FILES });
  return async (line: string) => {
    now += 1000;
    return sim.run(line);
  };
}

describe('walkthrough tools', () => {
  it('nodemon runs the app, then waits for changes', async () => {
    const run = world();
    await run('docker pull -q node:lts-alpine');
    await run('docker run --rm -v /home/learner/app:/app -w /app node:lts-alpine npm install');
    await run('docker run -d --name dev -v /home/learner/app:/app -w /app node:lts-alpine npm run dev');
    expect(await run('docker logs dev')).toEqual({
      stdout: '\n> app@1.0.0 dev\n> nodemon server.js\n\n[nodemon] 3.1.11\n[nodemon] to restart at any time, enter `rs`\n[nodemon] watching path(s): *.*\n[nodemon] watching extensions: js,mjs,cjs,json\n[nodemon] starting `node server.js`\nup\n[nodemon] clean exit - waiting for changes before restart\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await run("docker ps --format '{{.Names}} {{.Status}}'")).toEqual({ stdout: 'dev Up 2 seconds\n', stderr: '', exitCode: 0 });
  });

  it('node without a command is a REPL that ends at once', async () => {
    const run = world();
    await run('docker pull -q node:lts-alpine');
    expect(await run('docker run --name repl node:lts-alpine')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run("docker ps -a --filter name=repl --format '{{.Status}}'")).stdout).toBe('Exited (0) 1 second ago\n');
  });

  it('mvn without a goal fails at once', async () => {
    const run = world();
    await run('docker pull -q maven');
    const r = await run('docker run --rm maven');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('[INFO] BUILD FAILURE\n');
    expect(r.stdout).toContain('[ERROR] No goals have been specified for this build. You must specify a valid lifecycle phase or a goal in the format <plugin-prefix>:<goal> or <plugin-group-id>:<plugin-artifact-id>[:<plugin-version>]:<goal>. Available lifecycle phases are: pre-clean, clean, post-clean, ');
    expect(r.stdout).toMatch(/\[ERROR\] \[Help 1\] http:\/\/cwiki\.apache\.org\/confluence\/display\/MAVEN\/NoGoalSpecifiedException\n$/);
    expect((await run('docker run --rm maven mvn package')).stdout).toContain('there is no POM in this directory (/)');
  });

  it('go test -v lists each test', async () => {
    const run = world();
    await run('docker pull -q golang:1.26-alpine');
    expect(await run('docker run --rm -v /home/learner/go:/src -w /src golang:1.26-alpine go test -v ./...')).toEqual({
      stdout: '=== RUN   TestAdd\n--- PASS: TestAdd (0.00s)\n=== RUN   TestAddMore\n--- PASS: TestAddMore (0.00s)\nPASS\nok  \texample.com/calc\t0.043s\n',
      stderr: '',
      exitCode: 0,
    });
  });
});
