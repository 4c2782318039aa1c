// pip (and `python -m pip`): install NAME... / -r requirements.txt, uninstall -y, list, freeze,
// --version. Output as pip 25 prints it to a pipe: "Collecting", "  Downloading ...metadata",
// "Downloading <wheel> (size)", "Installing collected packages:", "Successfully installed", and
// the warnings (root user, PEP 668 externally managed environments). Packages land as real
// directories in site-packages (with their dist-info) and console scripts in bin/.
import type { ExternalRequest } from '../../shell/context.ts';
import { isDir, readText, writeData, writeProgram } from './files.ts';
import type { PkgHost } from './hook.ts';
import { pyEnv, which, type PyEnv } from './pip-env.ts';
import { downloadBar, externallyManaged, formatSize, ROOT_WARNING, wheelName } from './pip-output.ts';
import { collect, findPackage, installOrder, normalize, requirementName, type Collected, type PyPackage } from './pip-resolve.ts';

interface PipArgs { cmd: string; specs: string[]; files: string[]; quiet: boolean; yes: boolean; rootAction: string; breakSystem: boolean }

function parse(args: string[], env: Record<string, string>): PipArgs {
  const a: PipArgs = { cmd: '', specs: [], files: [], quiet: false, yes: false, rootAction: env.PIP_ROOT_USER_ACTION ?? 'warn', breakSystem: !!env.PIP_BREAK_SYSTEM_PACKAGES };
  const valued = new Set(['-i', '--index-url', '--extra-index-url', '-c', '--constraint', '-t', '--target', '--prefix', '-f', '--find-links', '--cache-dir', '--timeout']);
  for (let i = 0; i < args.length; i++) {
    const x = args[i];
    if (x === '-r' || x === '--requirement') a.files.push(args[++i] ?? '');
    else if (x.startsWith('--requirement=')) a.files.push(x.slice(14));
    else if (x.startsWith('-r') && x.length > 2) a.files.push(x.slice(2));
    else if (x === '-q' || x === '--quiet' || x === '-qq') a.quiet = true;
    else if (x === '-y' || x === '--yes') a.yes = true;
    else if (x === '--break-system-packages') a.breakSystem = true;
    else if (x.startsWith('--root-user-action')) a.rootAction = x.includes('=') ? x.split('=')[1] : args[++i] ?? 'warn';
    else if (valued.has(x)) i++;
    else if (x.startsWith('-')) continue;
    else if (!a.cmd) a.cmd = x;
    else a.specs.push(x);
  }
  return a;
}

/** Installed here: its dist-info directory (pip itself ships with the official images). */
function installedVersion(host: PkgHost, env: PyEnv, p: PyPackage): string | undefined {
  try {
    const prefix = `${p.name.replace(/-/g, '_')}-`;
    const hit = host.fs.readdir(env.site).find((n) => n.toLowerCase().startsWith(prefix) && n.endsWith('.dist-info'));
    if (hit) return hit.slice(prefix.length, -'.dist-info'.length);
  } catch {
    // no site-packages yet
  }
  return p.name === 'pip' && host.fs.exists(`${env.bin}/pip`) ? p.version : undefined;
}

function roots(req: ExternalRequest, host: PkgHost, a: PipArgs): { spec: string; from?: string }[] | string {
  const out: { spec: string; from?: string }[] = a.specs.map((spec) => ({ spec }));
  for (const file of a.files) {
    const text = readText(host.fs, file.startsWith('/') ? file : `${req.cwd}/${file}`);
    if (text === undefined) return `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`;
    text.split('\n').forEach((line, i) => {
      const spec = line.replace(/(^|\s)#.*$/, '').trim();
      if (spec && !spec.startsWith('-')) out.push({ spec, from: `-r ${file} (line ${i + 1})` });
    });
  }
  return out;
}

function fromText(c: Collected): string {
  return c.from ? ` (from ${c.from})` : '';
}

async function install(req: ExternalRequest, host: PkgHost, env: PyEnv, a: PipArgs): Promise<number> {
  const out = (t: string) => (a.quiet ? undefined : req.io.stdout.write(t));
  if (env.managed && !a.breakSystem) {
    req.io.stderr.write(externallyManaged(readText(host.fs, env.managed) ?? ''));
    return 1;
  }
  const list = roots(req, host, a);
  if (typeof list === 'string') {
    req.io.stderr.write(list);
    return 1;
  }
  if (list.length === 0) {
    req.io.stderr.write('ERROR: You must give at least one requirement to install (see "pip help install")\n');
    return 1;
  }
  const unknown = list.find((r) => !findPackage(r.spec));
  if (unknown) {
    await host.work(900);
    req.io.stderr.write(`ERROR: Could not find a version that satisfies the requirement ${unknown.spec} (from versions: none)\nERROR: No matching distribution found for ${unknown.spec}\n`);
    return 1;
  }
  const items = collect(list, (p) => installedVersion(host, env, p) !== undefined);
  const collected = items.filter((c) => !c.present);
  for (const c of items) {
    const v = installedVersion(host, env, c.pkg);
    if (v !== undefined) out(`Requirement already satisfied: ${c.spec} in ${env.site}${fromText(c)} (${v})\n`);
    else out(`Collecting ${c.spec}${fromText(c)}\n  Downloading ${wheelName(c.pkg, env)}.metadata (${formatSize(c.pkg.metaKb * 1000)})\n`);
  }
  await host.work(600 + 150 * collected.length);
  for (const c of collected) {
    const bytes = c.pkg.wheelKb * 1000;
    out(`Downloading ${wheelName(c.pkg, env)} (${formatSize(bytes)})\n`);
    if (bytes > 512 * 1024) out(downloadBar(bytes));
  }
  await host.work(collected.reduce((n, c) => n + c.pkg.wheelKb, 0) / 40 + 200);
  if (collected.length) {
    const names = installOrder(collected).map((c) => requirementName(c.spec));
    out(`Installing collected packages: ${names.join(', ')}\n`);
    for (const c of collected) writePackage(host, env, c.pkg);
    const done = collected.map((c) => `${requirementName(c.spec)}-${c.pkg.version}`).sort();
    out(`Successfully installed ${done.join(' ')}\n`);
  }
  if (host.uid === 0 && !env.venv && a.rootAction !== 'ignore') req.io.stderr.write(ROOT_WARNING);
  return 0;
}

function writePackage(host: PkgHost, env: PyEnv, p: PyPackage): void {
  const size = p.wheelKb * 3000;
  if (p.module === 'six' || p.module === 'typing_extensions') writeData(host, `${env.site}/${p.module}.py`, '', size);
  else writeData(host, `${env.site}/${p.module}/__init__.py`, '', size);
  const info = `${env.site}/${p.name.replace(/-/g, '_')}-${p.version}.dist-info`;
  writeData(host, `${info}/METADATA`, `Metadata-Version: 2.4\nName: ${p.name}\nVersion: ${p.version}\n`);
  writeData(host, `${info}/INSTALLER`, 'pip\n');
  for (const s of p.scripts) writeProgram(host, `${env.bin}/${s}`, 220);
}

function listInstalled(host: PkgHost, env: PyEnv): [string, string][] {
  const rows: [string, string][] = [];
  if (host.fs.exists(`${env.bin}/pip`)) rows.push(['pip', '25.3']);
  if (!isDir(host.fs, env.site)) return rows;
  for (const n of host.fs.readdir(env.site)) {
    const m = /^(.+)-([^-]+)\.dist-info$/.exec(n);
    if (m && !rows.some((r) => normalize(r[0]) === normalize(m[1]))) rows.push([m[1].replace(/_/g, '-'), m[2]]);
  }
  return rows.sort((x, y) => (x[0].toLowerCase() < y[0].toLowerCase() ? -1 : 1));
}

export async function pip(req: ExternalRequest, host: PkgHost): Promise<number> {
  const args = req.name === 'python' || /^python3/.test(req.name) ? req.argv.slice(3) : req.argv.slice(1);
  const a = parse(args, req.env);
  const exe = which(host.fs, req.argv[0], req.env.PATH, req.cwd);
  const env = pyEnv(host.fs, exe, req.env);
  if (args[0] === '--version' || args[0] === '-V') {
    req.io.stdout.write(`pip 25.3 from ${env.site}/pip (python ${env.version})\n`);
    return 0;
  }
  if (a.cmd === 'install') return install(req, host, env, a);
  if (a.cmd === 'list') {
    const rows = listInstalled(host, env);
    const w = Math.max(7, ...rows.map((r) => r[0].length));
    const v = Math.max(7, ...rows.map((r) => r[1].length));
    req.io.stdout.write(`${'Package'.padEnd(w)} Version\n${'-'.repeat(w)} ${'-'.repeat(v)}\n${rows.map((r) => `${r[0].padEnd(w)} ${r[1]}\n`).join('')}`);
    return 0;
  }
  if (a.cmd === 'freeze') {
    req.io.stdout.write(listInstalled(host, env).filter((r) => r[0] !== 'pip').map((r) => `${r[0]}==${r[1]}\n`).join(''));
    return 0;
  }
  if (a.cmd === 'uninstall') return uninstall(req, host, env, a);
  req.io.stderr.write(a.cmd ? `ERROR: unknown command "${a.cmd}"\n` : '\nUsage:   \n  pip <command> [options]\n');
  return a.cmd ? 1 : 0;
}

function uninstall(req: ExternalRequest, host: PkgHost, env: PyEnv, a: PipArgs): number {
  for (const spec of a.specs) {
    const p = findPackage(spec);
    const v = p && installedVersion(host, env, p);
    if (!p || !v) {
      req.io.stderr.write(`WARNING: Skipping ${spec} as it is not installed.\n`);
      continue;
    }
    req.io.stdout.write(`Found existing installation: ${p.name} ${v}\nUninstalling ${p.name}-${v}:\n  Successfully uninstalled ${p.name}-${v}\n`);
    host.fs.rm(`${env.site}/${p.name.replace(/-/g, '_')}-${v}.dist-info`, { recursive: true, force: true });
    host.fs.rm(`${env.site}/${p.module}`, { recursive: true, force: true });
  }
  if (host.uid === 0 && !env.venv && a.rootAction !== 'ignore') req.io.stderr.write(ROOT_WARNING);
  return 0;
}
