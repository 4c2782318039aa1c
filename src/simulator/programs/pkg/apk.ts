// apk (apk-tools 3 on Alpine 3.24): add [--no-cache] [--virtual NAME] pkg..., del, update. What
// it prints when its output is not a terminal (progress notes only show on one): "(n/N)
// Installing name (version)", the triggers, "OK: 12.3 MiB in 25 packages". Without --no-cache
// the indexes stay in /var/cache/apk. Unknown names: "ERROR: unable to select packages:" with
// apk's required-by tree, exit 1. Not root: the database lock errors (exit 99).
import type { ExternalRequest } from '../../shell/context.ts';
import { apkTable, INSTALLED, installedRecords, isInstalled, lookup, okLine, world, WORLD, type ApkPackage } from './apk-db.ts';
import { APK_BASE } from './data/apk-packages.ts';
import { appendText, sizeFor, writeData, writeProgram } from './files.ts';
import type { PkgHost } from './hook.ts';
import { osRelease } from './os-release.ts';

interface ApkArgs { cmd: string; names: string[]; noCache: boolean; quiet: boolean; virtual?: string }

function parse(args: string[]): ApkArgs {
  const a: ApkArgs = { cmd: '', names: [], noCache: false, quiet: false };
  for (let i = 0; i < args.length; i++) {
    const x = args[i];
    if (x === '--no-cache') a.noCache = true;
    else if (x === '-q' || x === '--quiet') a.quiet = true;
    else if (x === '-t' || x === '--virtual') a.virtual = args[++i];
    else if (x.startsWith('--virtual=')) a.virtual = x.slice(10);
    else if (x.startsWith('-')) continue;
    else if (!a.cmd) a.cmd = x;
    else a.names.push(x);
  }
  return a;
}

function repos(host: PkgHost): string[] {
  const v = osRelease(host.fs).versionId.split('.').slice(0, 2).join('.') || '3.24';
  return ['main', 'community'].map((r) => `https://dl-cdn.alpinelinux.org/alpine/v${v}/${r}`);
}

function cacheIndexes(host: PkgHost): void {
  repos(host).forEach((r, i) => writeData(host, `/var/cache/apk/APKINDEX.${sizeFor(r, 0x10000000, 0x7fffffff).toString(16)}.tar.gz`, '', i === 0 ? 517000 : 1712000));
}

function plan(host: PkgHost, names: string[]): { install: ApkPackage[]; missing: string[] } {
  const db = installedRecords(host.fs);
  const install: ApkPackage[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const visit = (p: ApkPackage) => {
    if (seen.has(p.name) || isInstalled(host.fs, p, db)) return;
    seen.add(p.name);
    for (const d of p.depends) {
      const dp = apkTable().get(d);
      if (dp) visit(dp);
    }
    install.push(p);
  };
  for (const n of names) {
    const p = lookup(n);
    if (p) visit(p);
    else missing.push(n);
  }
  return { install, missing };
}

function installOne(host: PkgHost, p: ApkPackage): void {
  let rest = p.installed;
  p.files.slice(1).forEach((f) => {
    const size = Math.min(sizeFor(f, 20000, 200000), Math.floor(rest / 2));
    rest -= size;
    writeProgram(host, f, size);
  });
  if (p.files[0]) {
    if (/\/s?bin\//.test(p.files[0])) writeProgram(host, p.files[0], Math.max(rest, 1));
    else writeData(host, p.files[0], '', Math.max(rest, 1));
  } else if (rest > 0) writeData(host, `/usr/lib/${p.name}.so`, '', rest);
  appendText(host, INSTALLED, `P:${p.name}\nV:${p.version}\nI:${p.installed}\n\n`);
}

function unableToSelect(req: ExternalRequest, missing: string[]): number {
  req.io.stderr.write(`ERROR: unable to select packages:\n${missing.map((m) => `  ${m} (no such package):\n    required by: world[${m}]\n`).join('')}`);
  return 1;
}

async function add(req: ExternalRequest, host: PkgHost, a: ApkArgs): Promise<number> {
  const out = (t: string) => (a.quiet ? undefined : req.io.stdout.write(t));
  await host.work(600);
  const { install, missing } = plan(host, a.names);
  if (missing.length) return unableToSelect(req, missing);
  if (!a.noCache) cacheIndexes(host);
  const total = install.length + (a.virtual ? 1 : 0);
  const w = String(total).length;
  install.forEach((p, i) => {
    out(`(${String(i + 1).padStart(w)}/${total}) Installing ${p.name} (${p.version})\n`);
    installOne(host, p);
  });
  if (a.virtual) {
    const d = new Date(host.now());
    const stamp = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCHours()).padStart(2, '0')}${String(d.getUTCMinutes()).padStart(2, '0')}${String(d.getUTCSeconds()).padStart(2, '0')}`;
    out(`(${total}/${total}) Installing ${a.virtual} (${stamp})\n`);
    appendText(host, INSTALLED, `P:${a.virtual}\nV:${stamp}\nI:0\nD:${a.names.join(' ')}\n\n`);
  }
  await host.work(120 * install.length);
  if (install.length) out(`Executing busybox-${APK_BASE.busybox}.trigger\n`);
  const ca = install.find((p) => p.name === 'ca-certificates');
  if (ca) out(`Executing ca-certificates-${ca.version}.trigger\n`);
  const names = new Set([...world(host.fs), ...(a.virtual ? [a.virtual] : a.names)]);
  writeData(host, WORLD, [...names].sort().map((n) => `${n}\n`).join(''));
  out(okLine(host.fs));
  return 0;
}

async function del(req: ExternalRequest, host: PkgHost, a: ApkArgs): Promise<number> {
  const db = installedRecords(host.fs);
  const gone = a.names.filter((n) => !world(host.fs).includes(n));
  if (gone.length) req.io.stderr.write(gone.map((n) => `WARNING: ${n}: not removing, not in world\n`).join(''));
  const keep = world(host.fs).filter((n) => !a.names.includes(n));
  const needed = new Set<string>();
  const mark = (n: string) => {
    const p = lookup(n);
    const name = p?.name ?? n;
    if (needed.has(name)) return;
    needed.add(name);
    const virt = /^D:(.+)$/m.exec((host.fs.exists(INSTALLED) ? host.fs.readFile(INSTALLED) : '').split('\n\n').find((b) => b.startsWith(`P:${name}\n`)) ?? '')?.[1];
    for (const d of [...(p?.depends ?? []), ...(virt ? virt.split(' ') : [])]) mark(d);
  };
  keep.forEach(mark);
  const purge = [...db.keys()].filter((n) => !needed.has(n)).reverse();
  purge.forEach((n, i) => {
    if (!a.quiet) req.io.stdout.write(`(${String(i + 1).padStart(String(purge.length).length)}/${purge.length}) Purging ${n} (${db.get(n)?.version})\n`);
    for (const f of apkTable().get(n)?.files ?? []) host.fs.rm(f, { force: true });
  });
  const text = host.fs.exists(INSTALLED) ? host.fs.readFile(INSTALLED) : '';
  host.fs.writeFile(INSTALLED, text.split('\n\n').filter((b) => b && !purge.some((n) => b.startsWith(`P:${n}\n`))).map((b) => `${b}\n\n`).join(''));
  writeData(host, WORLD, keep.map((n) => `${n}\n`).join(''));
  if (!a.quiet) req.io.stdout.write(okLine(host.fs));
  return 0;
}

export async function apk(req: ExternalRequest, host: PkgHost): Promise<number> {
  const a = parse(req.argv.slice(1));
  if (['add', 'del', 'update', 'upgrade'].includes(a.cmd) && host.uid !== 0) {
    req.io.stderr.write('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
    return 99;
  }
  if (a.cmd === 'add') return add(req, host, a);
  if (a.cmd === 'del') return del(req, host, a);
  if (a.cmd === 'update') {
    await host.work(800);
    cacheIndexes(host);
    const [main, community] = repos(host);
    req.io.stdout.write(`v3.24.1-41-g5f0c3a3c8e [${main}]\nv3.24.1-58-g0d1b7e2a94 [${community}]\nOK: 26614 distinct packages available\n`);
    return 0;
  }
  if (a.cmd === 'upgrade') {
    req.io.stdout.write(okLine(host.fs));
    return 0;
  }
  req.io.stderr.write(a.cmd ? `ERROR: '${a.cmd}' is not an apk command. See 'apk --help'.\n` : 'apk-tools 3.0.3, compiled for x86_64.\n');
  return 1;
}
