// Makes sure the browser tests have a Chromium to drive. Playwright's own download is not used
// (no network beyond the package registries): Debian's chromium package is. When none is found
// and we may install system packages (root with apt-get), install it; otherwise explain how to
// point CHROMIUM_PATH at a Chromium or Chrome and fail.
import { spawnSync } from 'node:child_process';
import { DEFAULT_CHROMIUM, findChromium } from './chromium-path.mjs';

function log(message) {
  console.log(`ensure-chromium: ${message}`);
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function aptInstallChromium() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    log(`apt-get ${args.join(' ')}`);
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) fail(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}).`);
  }
}

const HOW_TO =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or point CHROMIUM_PATH at a\n' +
  'Chromium or Chrome executable, e.g. `CHROMIUM_PATH=/path/to/chrome npm test`.';

const found = findChromium();
if (found.path) {
  log(`using ${found.path}`);
} else if (found.fromEnv) {
  fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.\n${HOW_TO}`);
} else if (process.getuid?.() === 0 && hasAptGet()) {
  log(`no browser at ${DEFAULT_CHROMIUM}; installing Debian's chromium package`);
  aptInstallChromium();
  if (!findChromium().path) fail(`apt-get installed chromium but ${DEFAULT_CHROMIUM} is still missing.\n${HOW_TO}`);
  log(`using ${DEFAULT_CHROMIUM}`);
} else {
  fail(`no Chromium found at ${DEFAULT_CHROMIUM} and CHROMIUM_PATH is not set.\n${HOW_TO}`);
}
