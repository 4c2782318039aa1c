// `npm run budgets`: measures a lesson page of the built site (dist/) in headless Chromium against
// the budgets of the lesson experience, prints the figures and exits 1 if one is exceeded:
//   - JavaScript shipped before the terminal loads: at most 15 KB (gzipped; raw is printed too),
//   - the terminal chunk (xterm.js, the simulator, the state panel): at most 150 KB gzipped,
//   - time from navigation until a key typed into the terminal shows: at most 500 ms (localhost).
// "Before the terminal loads" is everything fetched before the page marks
// `dockyard:workspace-import` (src/components/Workspace/boot.ts); the rest is the terminal chunk.
// It also prints what the first command (`docker run hello-world`) loads and how long it takes:
// the simulator's runtime, the command's implementation and the image's catalog data load then
// (src/simulator/README.md, "Loading in steps").
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/browser/chromium.ts';
import { startStaticServer } from '../tests/browser/static-server.ts';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const PAGE = process.argv[2] ?? '/lessons/first-container/';
const RUNS = 5;
const BUDGET = { eagerGzip: 15 * 1024, terminalGzip: 150 * 1024, typingMs: 500 };

if (!existsSync(`${DIST}${PAGE}index.html`)) {
  console.error(`measure-budgets: no ${PAGE} in ${DIST}; run \`npm run build\` first (npm run budgets does).`);
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Raw and gzipped size of a built file, by its URL path. */
function sizes(path) {
  const body = readFileSync(`${DIST}${path}`);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** One visit in a fresh context: which scripts loaded when, and how soon typing worked. */
async function visit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin)) foreign.push(r.url());
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('[data-terminal]')?.getAttribute('data-status') === 'ready', null, {
    polling: 'raf',
    timeout: 15_000,
  });
  await page.keyboard.type('x');
  const typed = await page.waitForFunction(
    () => {
      const term = window.__dockyardTerm;
      const b = term?.buffer.active;
      const line = b?.getLine(b.cursorY + b.baseY)?.translateToString(true) ?? '';
      return line.endsWith('$ x') ? performance.now() : false;
    },
    null,
    { polling: 'raf', timeout: 15_000 },
  );
  const typedAt = await typed.jsonValue();
  const result = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const split = mark('dockyard:workspace-import');
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ path: new URL(e.name).pathname, eager: e.startTime < split }));
    const lazy = performance.getEntriesByType('resource').filter((e) => e.startTime >= split && e.name.endsWith('.js'));
    return {
      scripts,
      importAt: split,
      fetchedAt: lazy.length > 0 ? Math.max(...lazy.map((e) => e.responseEnd)) : Number.NaN,
      evaluatedAt: mark('dockyard:workspace-evaluated'), // all three chunks evaluated
      simAt: mark('dockyard:sim-ready'),
      xtermAt: mark('dockyard:xterm-open'),
      readyAt: mark('dockyard:terminal-ready'),
    };
  });
  await context.close();
  return { ...result, typedAt, foreign };
}

/**
 * The first command in a fresh visit, once typing works: how long `docker run hello-world` takes
 * from Enter to its last line, and which chunks it loads (the simulator's runtime, the command's
 * implementation, the image's catalog data). Not a budget: the figures show what loads when.
 */
async function firstCommand(browser, url, command = 'docker run hello-world') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-terminal][data-status="ready"]', { timeout: 15_000 });
  await page.keyboard.type(command);
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('Enter');
  const doneAt = await page.waitForFunction(
    () => {
      const b = window.__dockyardTerm?.buffer.active;
      const text = [];
      for (let i = 0; b && i < b.length; i++) text.push(b.getLine(i)?.translateToString(true) ?? '');
      const last = text.filter((l) => l !== '').at(-1) ?? '';
      return text.some((l) => l.includes('Hello from Docker!')) && last.trimEnd().endsWith('$') ? performance.now() : false;
    },
    null,
    { polling: 'raf', timeout: 15_000 },
  );
  const end = await doneAt.jsonValue();
  const scripts = await page.evaluate(
    (t) => performance.getEntriesByType('resource').filter((e) => e.startTime >= t && e.name.endsWith('.js')).map((e) => new URL(e.name).pathname),
    start,
  );
  await context.close();
  return { command, ms: end - start, scripts: scripts.map((path) => ({ path, ...sizes(path) })) };
}

const server = await startStaticServer(DIST);
const browser = await launchChromium();
try {
  const url = `${server.url}${PAGE}`;
  const visits = [];
  for (let i = 0; i < RUNS; i++) visits.push(await visit(browser, url));
  const first = visits[0];
  const eager = first.scripts.filter((s) => s.eager).map((s) => ({ ...s, ...sizes(s.path) }));
  const lazy = first.scripts.filter((s) => !s.eager).map((s) => ({ ...s, ...sizes(s.path) }));
  const sum = (list, key) => list.reduce((n, s) => n + s[key], 0);
  const figures = {
    eagerRaw: sum(eager, 'raw'),
    eagerGzip: sum(eager, 'gzip'),
    terminalRaw: sum(lazy, 'raw'),
    terminalGzip: sum(lazy, 'gzip'),
    typingMs: median(visits.map((v) => v.typedAt)),
    readyMs: median(visits.map((v) => v.readyAt)),
    importMs: median(visits.map((v) => v.importAt)),
    fetchedMs: median(visits.map((v) => v.fetchedAt)),
    evaluatedMs: median(visits.map((v) => v.evaluatedAt)),
    simMs: median(visits.map((v) => v.simAt)),
    xtermMs: median(visits.map((v) => v.xtermAt)),
  };
  const verdict = (ok) => (ok ? 'ok' : 'OVER BUDGET');
  console.log(`Budgets for ${PAGE} (median of ${RUNS} cold visits, localhost, headless Chromium)\n`);
  console.log('JavaScript before the terminal loads:');
  for (const s of eager) console.log(`  ${s.path.padEnd(72)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
  console.log(`  total ${kb(figures.eagerRaw)} raw, ${kb(figures.eagerGzip)} gzip  (budget 15 KB)  ${verdict(figures.eagerGzip <= BUDGET.eagerGzip)}`);
  console.log('\nTerminal chunks (workspace: session and state panel; simulator; mount: xterm.js):');
  for (const s of lazy) console.log(`  ${s.path.padEnd(72)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
  console.log(`  total ${kb(figures.terminalRaw)} raw, ${kb(figures.terminalGzip)} gzip  (budget 150 KB gzip)  ${verdict(figures.terminalGzip <= BUDGET.terminalGzip)}`);
  console.log(`\nTiming after navigation (machine: ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)}):`);
  console.log(`  terminal chunks requested at ${figures.importMs.toFixed(0)} ms`);
  console.log(`  ... downloaded at            ${figures.fetchedMs.toFixed(0)} ms`);
  console.log(`  ... evaluated at             ${figures.evaluatedMs.toFixed(0)} ms`);
  console.log(`  simulator ready at           ${figures.simMs.toFixed(0)} ms`);
  console.log(`  xterm.js open at             ${figures.xtermMs.toFixed(0)} ms`);
  console.log(`  terminal ready at            ${figures.readyMs.toFixed(0)} ms`);
  console.log(`  typed key on screen at       ${figures.typingMs.toFixed(0)} ms  (budget 500 ms)  ${verdict(figures.typingMs <= BUDGET.typingMs)}`);
  const run = await firstCommand(browser, url);
  console.log(`\nFirst command (\`${run.command}\`): answered in ${run.ms.toFixed(0)} ms, loading ${run.scripts.length} more chunks:`);
  for (const s of run.scripts) console.log(`  ${s.path.padEnd(72)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
  console.log(`  total ${kb(sum(run.scripts, 'raw'))} raw, ${kb(sum(run.scripts, 'gzip'))} gzip`);
  const foreign = visits.flatMap((v) => v.foreign);
  console.log(`\nRequests to other origins: ${foreign.length === 0 ? 'none' : foreign.join(', ')}`);
  const over = figures.eagerGzip > BUDGET.eagerGzip || figures.terminalGzip > BUDGET.terminalGzip || figures.typingMs > BUDGET.typingMs || foreign.length > 0;
  process.exitCode = over ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
