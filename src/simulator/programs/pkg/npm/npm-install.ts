// `npm install [name...]` and `npm ci`: the tree comes from package-lock.json when there is one
// (npm ci insists on it, and on it matching package.json), else from the registry model; each
// package lands in node_modules/<name>/ with its package.json (so require() finds it), bins in
// node_modules/.bin. npm's summary: "added N packages, and audited N+1 packages in 2s", funding,
// "found 0 vulnerabilities". Errors: EUSAGE (ci without a lock, or out of sync), E404.
import { writeData, writeProgram, readText, sizeFor } from '../files.ts';
import { duration, npmError, noPackageJson, projectFile, readPackageJson, type NpmContext } from './npm-context.ts';
import { CI_USAGE } from './npm-usage.ts';
import { integrity, lockEntries, registryPackage, resolveTree, satisfies, type LockEntry, type PackageJson } from './npm-tree.ts';

export interface InstallOptions { ci: boolean; omitDev: boolean; saveDev: boolean; audit: boolean; fund: boolean }

type Lock = { name?: string; packages?: Record<string, Record<string, unknown>> };

function readLock(ctx: NpmContext): Lock | undefined {
  const text = readText(ctx.host.fs, projectFile(ctx, 'package-lock.json')) ?? readText(ctx.host.fs, projectFile(ctx, 'npm-shrinkwrap.json'));
  return text === undefined ? undefined : (JSON.parse(text) as Lock);
}

function wanted(pkg: PackageJson): [string, string, boolean][] {
  return [
    ...Object.entries(pkg.dependencies ?? {}).map(([n, r]): [string, string, boolean] => [n, r, false]),
    ...Object.entries(pkg.devDependencies ?? {}).map(([n, r]): [string, string, boolean] => [n, r, true]),
  ];
}

/** validateLockfile: every dependency of package.json in the lock, at a version its range allows. */
function outOfSync(pkg: PackageJson, lock: Lock): string[] {
  const errors: string[] = [];
  for (const [name, range] of wanted(pkg)) {
    const e = lock.packages?.[`node_modules/${name}`];
    if (!e) errors.push(`Missing: ${name}@${range} from lock file`);
    else if (!satisfies(String(e.version), range)) errors.push(`Invalid: lock file's ${name}@${String(e.version)} does not satisfy ${name}@${range}`);
  }
  return errors;
}

export function writeEntry(ctx: NpmContext, e: LockEntry): void {
  const dir = projectFile(ctx, e.path);
  writeData(ctx.host, `${dir}/package.json`, `${JSON.stringify({ name: e.name, version: e.version, main: 'index.js' }, null, 2)}\n`);
  writeData(ctx.host, `${dir}/index.js`, '', sizeFor(e.name, 2000, 120000));
  for (const bin of e.bins) writeProgram(ctx.host, projectFile(ctx, `node_modules/.bin/${bin}`), 400);
}

function lockFor(ctx: NpmContext, pkg: PackageJson, entries: LockEntry[]): string {
  const root: Record<string, unknown> = { name: pkg.name ?? ctx.prefix.split('/').pop(), version: pkg.version };
  if (pkg.dependencies) root.dependencies = pkg.dependencies;
  if (pkg.devDependencies) root.devDependencies = pkg.devDependencies;
  const packages: Record<string, unknown> = { '': root };
  for (const e of entries) {
    const p: Record<string, unknown> = { version: e.version, resolved: `https://registry.npmjs.org/${e.name}/-/${e.name.split('/').pop()}-${e.version}.tgz`, integrity: integrity(e.name, e.version) };
    if (e.dev) p.dev = true;
    if (e.bins.length) p.bin = Object.fromEntries(e.bins.map((b) => [b, `bin/${b}.js`]));
    packages[e.path] = p;
  }
  return `${JSON.stringify({ name: root.name, version: pkg.version, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

function summary(ctx: NpmContext, added: number, total: number, funding: number, ms: number, o: InstallOptions): void {
  const audited = o.audit ? total + 1 : 0;
  const what = added ? `added ${added} package${added === 1 ? '' : 's'}${audited ? ', and ' : ''}` : `up to date${audited ? ', ' : ''}`;
  ctx.out(`\n${what}${audited ? `audited ${audited} package${audited === 1 ? '' : 's'}` : ''} in ${duration(ms)}\n`);
  if (funding && o.fund) ctx.out(`\n${funding} package${funding === 1 ? ' is' : 's are'} looking for funding\n  run \`npm fund\` for details\n`);
  if (o.audit) ctx.out('\nfound 0 vulnerabilities\n');
}

/** Add `npm install name...` to package.json; the first unknown name is npm's E404. */
function addToPackageJson(ctx: NpmContext, pkg: PackageJson, names: string[], dev: boolean): number | undefined {
  for (const arg of names) {
    const at = arg.lastIndexOf('@');
    const name = at > 0 ? arg.slice(0, at) : arg;
    const p = registryPackage(name);
    if (!p) {
      const id = `${name}@${at > 0 ? arg.slice(at + 1) : '*'}`;
      return npmError(ctx, [['code', 'E404'], ['404', `Not Found - GET https://registry.npmjs.org/${name} - Not found`], ['404', ''], ['404', ` '${id}' is not in this registry.`], ['404', ''], ['404', 'Note that you can also install from a'], ['404', 'tarball, folder, http url, or git url.']], 1);
    }
    const key = dev ? 'devDependencies' : 'dependencies';
    pkg[key] = { ...(pkg[key] as Record<string, string> | undefined), [name]: `^${p.version}` };
  }
  return undefined;
}

function missingFromRegistry(ctx: NpmContext, pkg: PackageJson): number | undefined {
  const unknown = wanted(pkg).find(([n]) => !registryPackage(n));
  return unknown ? addToPackageJson(ctx, {}, [`${unknown[0]}@${unknown[1]}`], false) : undefined;
}

export async function npmInstall(ctx: NpmContext, names: string[], o: InstallOptions): Promise<number> {
  const fs = ctx.host.fs;
  let pkg = readPackageJson(ctx);
  const lock = readLock(ctx);
  if (o.ci && !lock) return npmError(ctx, [['code', 'EUSAGE'], ['', `\nThe \`npm ci\` command can only install with an existing package-lock.json or\nnpm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nlater to generate a package-lock.json file, then try again.\n\n${CI_USAGE}`]], 1);
  if (!pkg && o.ci) return noPackageJson(ctx);
  pkg ??= {};
  if (o.ci && lock) {
    const errors = outOfSync(pkg, lock);
    if (errors.length) return npmError(ctx, [['code', 'EUSAGE'], ['', `\n\`npm ci\` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with \`npm install\` before continuing.\n\n${errors.join('\n')}\n\n${CI_USAGE}`]], 1);
    fs.rm(projectFile(ctx, 'node_modules'), { recursive: true, force: true });
  }
  const failed = addToPackageJson(ctx, pkg, names, o.saveDev) ?? (lock && !names.length ? undefined : missingFromRegistry(ctx, pkg));
  if (failed !== undefined) return failed;
  const fromLock = lock && !names.length && outOfSync(pkg, lock).length === 0;
  const entries = (fromLock ? lockEntries(lock) : resolveTree(wanted(pkg).map(([n, , dev]) => ({ name: n, dev })))).filter((e) => !(o.omitDev && e.dev));
  let added = 0;
  for (const e of entries) {
    const there = readText(fs, `${projectFile(ctx, e.path)}/package.json`);
    if (there !== undefined && there.includes(`"version": "${e.version}"`)) continue;
    writeEntry(ctx, e);
    added++;
  }
  const ms = 1300 + 12 * added;
  await ctx.host.work(ms);
  if (names.length) writeData(ctx.host, projectFile(ctx, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const lockText = lockFor(ctx, pkg, entries);
  if (!o.ci && !fromLock) writeData(ctx.host, projectFile(ctx, 'package-lock.json'), lockText);
  if (entries.length) writeData(ctx.host, projectFile(ctx, 'node_modules/.package-lock.json'), lockText);
  const funding = entries.filter((e) => e.funding || registryPackage(e.name)?.funding).length;
  summary(ctx, added, entries.length, funding, ms, o);
  return 0;
}
