// yarn v1 ($YARN_VERSION, 1.22.22 in the node images up to Node.js 24), consistent with the npm model:
// `yarn [install]` (from yarn.lock when it has every pattern package.json asks for, else resolved
// from the registry model and saved; --production / NODE_ENV=production leave devDependencies
// out; --frozen-lockfile refuses to change the lock; node_modules/.yarn-integrity makes a rerun
// "Already up-to-date"), `yarn add NAME... [--dev]`, `yarn run SCRIPT` / `yarn SCRIPT` (the
// script through the shell with node_modules/.bin on PATH), `--version`. Output as yarn writes
// it without a terminal: info/success/steps on stdout, warnings and errors on stderr.
import type { ExternalRequest } from '../../../shell/context.ts';
import { readText, writeData } from '../files.ts';
import type { PkgHost } from '../hook.ts';
import { findPrefix, projectFile, readPackageJson, type NpmContext } from './npm-context.ts';
import { writeEntry } from './npm-install.ts';
import { registryPackage, resolveTree, type LockEntry, type PackageJson } from './npm-tree.ts';
import { parseYarnLock, yarnLock } from './yarn-lock.ts';

const YARN_DEFAULT = '1.22.22';
const DOCS = 'https://yarnpkg.com/en/docs/cli';
/** Optional dependencies for another platform: yarn says so and leaves them out. */
const OPTIONAL: Record<string, string> = { chokidar: 'fsevents@2.3.3', vite: 'fsevents@2.3.3' };

interface Yarn extends NpmContext {
  err(text: string): void;
  start: number;
}

const done = (y: Yarn) => y.out(`Done in ${((y.host.now() - y.start) / 1000).toFixed(2)}s.\n`);

function fail(y: Yarn, message: string, cmd: string, log = false): number {
  y.err(`error ${message}\n`);
  if (log) {
    writeData(y.host, projectFile(y, 'yarn-error.log'), `Arguments: \n  ${y.req.argv.join(' ')}\n\nTrace: \n  Error: ${message}\n`);
    y.out(`info If you think this is a bug, please open a bug report with the information provided in "${projectFile(y, 'yarn-error.log')}".\n`);
  }
  y.out(`info Visit ${DOCS}/${cmd} for documentation about this command.\n`);
  return 1;
}

function wanted(pkg: PackageJson): { name: string; range: string; dev: boolean }[] {
  return [
    ...Object.entries(pkg.dependencies ?? {}).map(([name, range]) => ({ name, range, dev: false })),
    ...Object.entries(pkg.devDependencies ?? {}).map(([name, range]) => ({ name, range, dev: true })),
  ];
}

interface InstallOpts { production: boolean; frozen: boolean; cmd: 'install' | 'add' }

/** Resolve, fetch, link: the install every yarn command that changes node_modules runs. */
async function install(y: Yarn, pkg: PackageJson, o: InstallOpts): Promise<LockEntry[] | number> {
  const lockText = readText(y.host.fs, projectFile(y, 'yarn.lock'));
  if (lockText === undefined) y.out('info No lockfile found.\n');
  y.out('[1/4] Resolving packages...\n');
  await y.host.work(60);
  const deps = wanted(pkg);
  const unknown = deps.find((d) => !registryPackage(d.name));
  if (unknown) return fail(y, `An unexpected error occurred: "https://registry.yarnpkg.com/${unknown.name}: Not found".`, o.cmd, true);
  const patterns = lockText === undefined ? new Map<string, string>() : parseYarnLock(lockText);
  const stale = deps.some((d) => !patterns.has(`${d.name}@${d.range}`));
  if (o.frozen && stale) return fail(y, 'Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.', o.cmd);
  const all = resolveTree(deps.map((d) => ({ name: d.name, dev: d.dev })));
  const entries = all.filter((e) => !(o.production && e.dev));
  const integrity = JSON.stringify({ flags: o.production ? ['production'] : [], topLevelPatterns: deps.map((d) => `${d.name}@${d.range}`).sort(), entries: entries.map((e) => `${e.name}@${e.version}`) });
  const marker = projectFile(y, 'node_modules/.yarn-integrity');
  if (!stale && lockText !== undefined && readText(y.host.fs, marker)?.includes(integrity)) {
    y.out('success Already up-to-date.\n');
    return entries;
  }
  y.out('[2/4] Fetching packages...\n');
  await y.host.work(900 + 20 * entries.length);
  for (const name of new Set(all.map((e) => OPTIONAL[e.name]).filter((x): x is string => !!x))) {
    y.out(`info ${name}: The platform "linux" is incompatible with this module.\ninfo "${name}" is an optional dependency and failed compatibility check. Excluding it from installation.\n`);
  }
  y.out('[3/4] Linking dependencies...\n');
  for (const e of entries) {
    const there = readText(y.host.fs, `${projectFile(y, e.path)}/package.json`);
    if (there === undefined || !there.includes(`"version": "${e.version}"`)) writeEntry(y, e);
  }
  await y.host.work(300 + 5 * entries.length);
  y.out('[4/4] Building fresh packages...\n');
  await y.host.work(400);
  writeData(y.host, marker, `${integrity}\n`);
  if (stale || lockText === undefined) {
    const top = Object.fromEntries(deps.map((d) => [d.name, d.range]));
    writeData(y.host, projectFile(y, 'yarn.lock'), yarnLock(all, top));
    y.out('success Saved lockfile.\n');
  }
  return entries;
}

async function add(y: Yarn, pkg: PackageJson, names: string[], dev: boolean): Promise<number> {
  const before = new Set(resolveTree(wanted(pkg).map((d) => ({ name: d.name, dev: d.dev }))).map((e) => e.name));
  const key = dev ? 'devDependencies' : 'dependencies';
  for (const arg of names) {
    const at = arg.lastIndexOf('@');
    const name = at > 0 ? arg.slice(0, at) : arg;
    const p = registryPackage(name);
    if (!p) {
      y.out('[1/4] Resolving packages...\n');
      return fail(y, `An unexpected error occurred: "https://registry.yarnpkg.com/${name}: Not found".`, 'add', true);
    }
    pkg[key] = { ...(pkg[key] as Record<string, string> | undefined), [name]: `^${p.version}` };
  }
  const entries = await install(y, pkg, { production: false, frozen: false, cmd: 'add' });
  if (typeof entries === 'number') return entries;
  writeData(y.host, projectFile(y, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const fresh = entries.filter((e) => !before.has(e.name));
  const direct = entries.filter((e) => names.some((n) => n === e.name || n.startsWith(`${e.name}@`)));
  const list = (es: LockEntry[]) => es.map((e, i) => `${i === es.length - 1 ? '└─' : '├─'} ${e.name}@${e.version}\n`).join('');
  y.out(`success Saved ${fresh.length} new ${fresh.length === 1 ? 'dependency' : 'dependencies'}.\n`);
  y.out(`info Direct dependencies\n${list(direct)}info All dependencies\n${list(fresh)}`);
  done(y);
  return 0;
}

async function run(y: Yarn, pkg: PackageJson | undefined, script: string, args: string[]): Promise<number> {
  const cmd = pkg?.scripts?.[script];
  if (cmd === undefined) return fail(y, `Command "${script}" not found.`, 'run');
  const sh = y.req.sh;
  if (!sh) return fail(y, 'dockyard: yarn cannot run scripts here', 'run');
  await y.host.work(50);
  const env = { ...y.req.env, PATH: `${projectFile(y, 'node_modules/.bin')}:${y.req.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'}`, npm_lifecycle_event: script };
  for (const [event, line] of [[`pre${script}`, pkg?.scripts?.[`pre${script}`]], [script, [cmd, ...args].join(' ')], [`post${script}`, pkg?.scripts?.[`post${script}`]]]) {
    if (line === undefined) continue;
    y.out(`$ ${line}\n`);
    const code = await sh(line, y.req.io, { ...env, npm_lifecycle_event: event as string, npm_lifecycle_script: line });
    if (code !== 0) return (y.err(`error Command failed with exit code ${code}.\n`), y.out(`info Visit ${DOCS}/run for documentation about this command.\n`), code);
  }
  done(y);
  return 0;
}

export async function yarn(req: ExternalRequest, host: PkgHost): Promise<number> {
  const args = req.argv.slice(1);
  const flags = args.filter((a) => a.startsWith('-'));
  const words = args.filter((a) => !a.startsWith('-'));
  const y: Yarn = { req, host, prefix: findPrefix(host, req.cwd), out: (t) => req.io.stdout.write(t), err: (t) => req.io.stderr.write(t), start: host.now() };
  const version = req.env.YARN_VERSION || YARN_DEFAULT;
  if (flags.includes('-v') || flags.includes('--version')) return (y.out(`${version}\n`), 0);
  const cmd = words[0] ?? 'install';
  const pkg = readPackageJson(y);
  const verb = cmd === 'install' || cmd === 'add' ? cmd : 'run';
  y.out(`yarn ${verb} v${version}\n`);
  if (cmd === 'install') {
    const production = flags.some((f) => f === '--production' || f === '--prod' || f === '--production=true') || req.env.NODE_ENV === 'production';
    const r = await install(y, pkg ?? {}, { production, frozen: flags.includes('--frozen-lockfile') || flags.includes('--immutable'), cmd: 'install' });
    if (typeof r === 'number') return r;
    done(y);
    return 0;
  }
  if (cmd === 'add') {
    if (words.length < 2) return fail(y, 'Missing list of packages to add to your project.', 'add');
    return add(y, pkg ?? {}, words.slice(1), flags.includes('--dev') || flags.includes('-D'));
  }
  const script = cmd === 'run' ? words[1] : cmd;
  if (script === undefined) return fail(y, 'Command "" not found.', 'run');
  const i = args.indexOf(script);
  return run(y, pkg, script, args.slice(i + 1).filter((a) => a !== '--'));
}
