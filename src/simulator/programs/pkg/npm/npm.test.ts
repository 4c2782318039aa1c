// npm in a node container over a bind-mounted project: ci without a lock, install (package.json,
// lock, node_modules), ci from the lock, an out-of-sync lock, E404, and scripts run through the
// shell (output, a failing script, a missing one, the list).
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};

const SUMMARY = '\nadded 65 packages, and audited 66 packages in 2s\n\n20 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n';
const log = (t: string) => `npm error A complete log of this run can be found in: /root/.npm/_logs/2026-11-25T10_00_${t}Z-debug-0.log\n`;
const CI_USAGE =
  'npm error Clean install a project\nnpm error\nnpm error Usage:\nnpm error npm ci\nnpm error\nnpm error Options:\n' +
  'npm error [--install-strategy <hoisted|nested|shallow|linked>] [--legacy-bundling]\nnpm error [--global-style] [--omit <dev|optional|peer> [--omit <dev|optional|peer> ...]]\n' +
  'npm error [--include <prod|dev|optional|peer> [--include <prod|dev|optional|peer> ...]]\nnpm error [--strict-peer-deps] [--foreground-scripts] [--ignore-scripts] [--no-audit]\n' +
  'npm error [--no-bin-links] [--no-fund] [--dry-run]\nnpm error [-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]\n' +
  'npm error [-ws|--workspaces] [--include-workspace-root] [--install-links]\nnpm error\nnpm error aliases: clean-install, ic, install-clean, isntall-clean\nnpm error\nnpm error Run "npm help ci" for more info\n';

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({
    seed: 1,
    clock: () => now,
    files: { 'proj/package.json': '{\n  "name": "app",\n  "version": "1.0.0",\n  "scripts": {\n    "hello": "node -e \\"console.log(42)\\"",\n    "fail": "exit 3"\n  }\n}\n' },
  });
  await run('docker pull -q node:22-alpine');
  await run('docker run -d --name web -v /home/learner/proj:/app -w /app node:22-alpine sleep infinity');
});

describe('npm', () => {
  it('refuses npm ci without a lock file', async () => {
    expect(await run('docker exec web npm ci')).toEqual({
      stdout: '',
      stderr:
        'npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\n' +
        'npm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nnpm error later to generate a package-lock.json file, then try again.\nnpm error\n' +
        `${CI_USAGE}${log('09_700')}`,
      exitCode: 1,
    });
  });

  it('installs a dependency: package.json, the lock and node_modules', async () => {
    expect(await run('docker exec web npm install express')).toEqual({ stdout: SUMMARY, stderr: '', exitCode: 0 });
    expect((await run('cat proj/package.json')).stdout).toContain('  "dependencies": {\n    "express": "^5.2.1"\n  }\n}\n');
    expect((await run('ls proj')).stdout).toBe('node_modules  package-lock.json  package.json\n');
    expect((await run('cat proj/node_modules/express/package.json')).stdout).toBe('{\n  "name": "express",\n  "version": "5.2.1",\n  "main": "index.js"\n}\n');
    expect((await run('docker exec web npm install')).stdout).toBe('\nup to date, audited 66 packages in 1s\n\n20 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n');
    expect(await run('docker exec web npm ci')).toEqual({ stdout: SUMMARY, stderr: '', exitCode: 0 });
  });

  it('refuses a lock that does not match package.json', async () => {
    await run('docker exec web npm install express');
    await run(`cat > proj/package.json <<'EOF'\n{ "name": "app", "version": "1.0.0", "dependencies": { "express": "^4.21.0" } }\nEOF`);
    const r = await run('docker exec web npm ci');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n').slice(0, 6).join('\n')).toBe(
      "npm error code EUSAGE\nnpm error\nnpm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.\nnpm error\nnpm error Invalid: lock file's express@5.2.1 does not satisfy express@^4.21.0\nnpm error",
    );
  });

  it('answers 404 for a package the registry does not have', async () => {
    expect(await run('docker exec web npm install nosuch')).toEqual({
      stdout: '',
      stderr:
        "npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/nosuch - Not found\nnpm error 404\nnpm error 404  'nosuch@*' is not in this registry.\nnpm error 404\nnpm error 404 Note that you can also install from a\nnpm error 404 tarball, folder, http url, or git url.\n" +
        log('09_700'),
      exitCode: 1,
    });
  });

  it('runs scripts through the shell', async () => {
    expect(await run('docker exec web npm run hello')).toEqual({ stdout: '\n> app@1.0.0 hello\n> node -e "console.log(42)"\n\n42\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec web npm run fail')).toEqual({
      stdout: '\n> app@1.0.0 fail\n> exit 3\n\n',
      stderr: `npm error code 3\nnpm error path /app\nnpm error command failed\nnpm error command sh -c exit 3\n${log('10_700')}`,
      exitCode: 3,
    });
    expect(await run('docker exec web npm run nope')).toEqual({ stdout: '', stderr: `npm error Missing script: "nope"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\n${log('11_700')}`, exitCode: 1 });
    expect((await run('docker exec web npm run')).stdout).toBe('Scripts available in app@1.0.0 via `npm run-script`:\n  hello\n    node -e "console.log(42)"\n  fail\n    exit 3\n');
    expect((await run('docker exec web npm -v')).stdout).toBe('10.9.4\n');
  });
});
