// The layer a catalog image adds over its base OS, generated from the catalog's facts: the
// programs its tools, runtimes, ENTRYPOINT and CMD name (marker files at their real paths,
// entrypoints as shell scripts), the content texts (nginx's config and welcome page), its data
// directories, working directory and VOLUMEs, and the service account its Dockerfile creates.
import { dirEntry, fileEntry, symlinkEntry } from '../../fs/entry.ts';
import { createLayer, type Layer } from '../../fs/layer.ts';
import { dirname } from '../../fs/path.ts';
import { TOOL_PROGRAMS } from '../../fs/rootfs-data.ts';
import type { FileEntry, LayerEntry } from '../../fs/types.ts';
import type { CatalogImage, CatalogRepo } from '../catalog/types.ts';
import { entrypointScript, NEXTCLOUD_CRON, NGINX_ENTRYPOINT_D, SERVICE_USERS, STICKY_DATA, type ServiceUser } from './app-data.ts';
import { isScriptName, programPath, RUNTIMES } from './program-paths.ts';

const ELF = '\x7fELF\x02\x01\x01';
const BIN_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

/** A deterministic binary size for a program path (30 kB to 2 MB). */
function sizeOf(path: string): number {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619) >>> 0;
  return 30000 + (h % 2000000);
}

class AppBuilder {
  readonly entries: Record<string, LayerEntry> = {};
  readonly base: Layer;
  readonly t: number;
  constructor(base: Layer, t: number) {
    this.base = base;
    this.t = t;
  }
  has(path: string): boolean {
    return Object.hasOwn(this.entries, path) || Object.hasOwn(this.base.entries, path);
  }
  dir(path: string, owner = { uid: 0, gid: 0 }, mode = 0o755): void {
    if (path === '/' || Object.hasOwn(this.entries, path)) return;
    this.dir(dirname(path));
    this.entries[path] = dirEntry(this.t, owner, mode);
  }
  /** `path` through the base's directory links (/bin -> usr/bin on merged-/usr systems): a COPY to /bin/tini lands in /usr/bin. */
  real(path: string): string {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const prefix = `/${parts.slice(0, i).join('/')}`;
      const e = this.base.entries[prefix];
      if (e?.kind !== 'symlink') continue;
      const target = e.target.startsWith('/') ? e.target : `${dirname(prefix)}/${e.target}`.replace(/^\/\//, '/');
      return this.real(`${target}/${parts.slice(i).join('/')}`);
    }
    return path;
  }
  file(path: string, data: string, mode = 0o644): FileEntry {
    const at = this.real(path);
    this.dir(dirname(at));
    const e = fileEntry(data, this.t, undefined, mode);
    this.entries[at] = e;
    return e;
  }
  program(path: string): void {
    if (this.has(path) || this.has(this.real(path))) return;
    this.file(path, ELF, 0o755).size = sizeOf(path);
  }
  link(path: string, target: string): void {
    const at = this.real(path);
    this.dir(dirname(at));
    this.entries[at] = symlinkEntry(target, this.t);
  }
  /** Whether the base already has a program by this name on the standard PATH. */
  hasProgram(name: string): boolean {
    return BIN_DIRS.some((d) => this.has(`${d}/${name}`));
  }
}

/** Yarn v1 ships only in the node images that set YARN_VERSION (not in Node.js 26 and later). */
function withoutYarn(names: string[], image: CatalogImage): string[] {
  const yarn = image.config.Env.some((e) => e.startsWith('YARN_VERSION='));
  return yarn ? names.flatMap((n) => (n === 'yarn' ? ['yarn', 'yarnpkg'] : [n])) : names.filter((n) => n !== 'yarn');
}

function addTools(b: AppBuilder, repo: CatalogRepo, image: CatalogImage, family: string): void {
  const names = withoutYarn([...image.osInfo.tools, ...(RUNTIMES[repo.name] ?? [])], image);
  for (const tool of names) {
    for (const name of TOOL_PROGRAMS[tool] ?? [tool]) {
      if (!SHELLS.has(name) && !b.hasProgram(name)) b.program(programPath(name, image.config.Env, family));
      // the .NET images put dotnet on PATH as a link (ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet)
      if (name === 'dotnet' && !b.has('/usr/bin/dotnet')) b.link('/usr/bin/dotnet', '/usr/share/dotnet/dotnet');
    }
  }
}

/** ENTRYPOINT and CMD programs (and scripts an entrypoint chains to, as elasticsearch's tini does). */
function addEntrypoints(b: AppBuilder, repo: CatalogRepo, image: CatalogImage, family: string): void {
  const { Entrypoint, Cmd } = image.config;
  const named = [...(Entrypoint ?? []).filter((a, i) => i === 0 || (a.startsWith('/') && isScriptName(a))), Cmd?.[0]];
  const cmd0 = Cmd?.[0];
  for (const name of named) {
    if (!name || name.startsWith('-') || SHELLS.has(name.split('/').pop() ?? '')) continue;
    if (!name.includes('/') && b.hasProgram(name)) continue;
    const path = programPath(name, image.config.Env, family);
    if (b.has(path)) continue;
    if (isScriptName(path)) b.file(path, entrypointScript(repo.name, path, cmd0), 0o755);
    else b.program(path);
  }
}

function addContent(b: AppBuilder, repo: CatalogRepo): void {
  for (const [path, text] of Object.entries(repo.content ?? {})) {
    const under = b.base.entries[path];
    if (path.startsWith('/') && under?.kind !== 'dir') b.file(path, text);
  }
  if (repo.name === 'nextcloud') for (const [path, text] of Object.entries(NEXTCLOUD_CRON)) b.file(path, text, path === '/cron.sh' ? 0o755 : 0o600);
  if (repo.name === 'nginx') {
    b.link('/var/log/nginx/access.log', '/dev/stdout');
    b.link('/var/log/nginx/error.log', '/dev/stderr');
    b.dir('/var/cache/nginx');
    b.dir('/docker-entrypoint.d');
    for (const [name, text] of Object.entries(NGINX_ENTRYPOINT_D)) b.file(`/docker-entrypoint.d/${name}`, text, 0o755);
  }
}

function addAccount(b: AppBuilder, user: ServiceUser): void {
  for (const [file, line] of [['/etc/passwd', user.passwd], ['/etc/group', user.group]] as const) {
    const below = b.base.entries[file];
    const text = below?.kind === 'file' ? below.data : '';
    b.file(file, `${text}${line}\n`);
  }
  if (user.home) b.dir(user.home, { uid: user.uid, gid: user.uid });
}

function addDirectories(b: AppBuilder, repo: CatalogRepo, image: CatalogImage, user: ServiceUser | undefined): void {
  const owner = user ? { uid: user.uid, gid: user.uid } : undefined;
  const mode = STICKY_DATA.has(repo.name) ? 0o1777 : 0o755;
  const data = [image.startup.dataDir, ...Object.keys(image.config.Volumes ?? {})].filter((d): d is string => !!d && d !== '/');
  for (const d of data) if (!b.has(d)) b.dir(d, owner, mode);
  const wd = image.config.WorkingDir;
  if (wd && wd !== '/' && !b.has(wd)) b.dir(wd);
}

/** The app layer of `image` over `base` (whose files it may extend, as /etc/passwd). */
export function appLayer(repo: CatalogRepo, image: CatalogImage, base: Layer, family: string): Layer {
  const b = new AppBuilder(base, Date.parse(image.created) || 0);
  const accounts = SERVICE_USERS[repo.name];
  const user = accounts ? (family === 'alpine' ? accounts.alpine : accounts.debian) : undefined;
  if (user && family !== 'scratch' && family !== 'busybox') addAccount(b, user);
  addTools(b, repo, image, family);
  addEntrypoints(b, repo, image, family);
  addContent(b, repo);
  addDirectories(b, repo, image, user);
  return createLayer(b.entries);
}
