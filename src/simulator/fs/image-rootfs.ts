// Base image filesystems generated on demand from a small description (family, version, tools,
// extra files): the usual tree, /etc/os-release, accounts, and programs as small marker files
// with plausible sizes. Layers are cached by description, so every image and container built
// on the same base shares one immutable layer object.
import { dirEntry, fileEntry, symlinkEntry } from './entry.ts';
import { createLayer, type Layer } from './layer.ts';
import { dirname } from './path.ts';
import {
  ALPINE_BIN, ALPINE_REAL, ALPINE_SBIN, ALPINE_USR_BIN, ALPINE_USR_SBIN, BUSYBOX_APPLETS, DEBIAN_BIN, DEBIAN_SBIN, TOOL_PROGRAMS, words,
} from './rootfs-data.ts';
import { accounts, DEBIAN_BASHRC, DEBIAN_PROFILE, osRelease } from './rootfs-etc.ts';
import type { FileEntry, LayerEntry } from './types.ts';

export type OsFamily = 'debian' | 'ubuntu' | 'alpine' | 'busybox' | 'scratch';

export type FileSpec = string | { data: string; mode?: number; size?: number; uid?: number; gid?: number };

export interface RootfsSpec {
  family: OsFamily;
  /** VERSION_ID: '13', '24.04', '3.24.1'. */
  version?: string;
  /** Point release where os-release shows one: '13.7', '24.04.3'. */
  pointRelease?: string;
  codename?: string;
  /** Extra programs by name ('curl', 'ps', 'bash', 'node') or absolute path ('/usr/local/bin/node'). */
  tools?: string[];
  /** Extra files by absolute path; parent directories are created. */
  files?: Record<string, FileSpec>;
  /** mtime of every entry, ms (the image's build time). */
  created?: number;
}

const ELF = '\x7fELF\x02\x01\x01';

/** A deterministic, plausible binary size for a program name (20 kB to 1.2 MB). */
function sizeOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  return 18000 + (h % 1200000);
}

class Builder {
  readonly entries: Record<string, LayerEntry> = {};
  readonly t: number;
  constructor(t: number) {
    this.t = t;
    this.entries['/'] = dirEntry(t);
  }
  dir(path: string, mode = 0o755): void {
    if (this.entries[path]) return;
    if (path !== '/') this.dir(dirname(path));
    this.entries[path] = dirEntry(this.t, undefined, mode);
  }
  file(path: string, spec: FileSpec): void {
    this.dir(dirname(path));
    const s = typeof spec === 'string' ? { data: spec } : spec;
    const e: FileEntry = fileEntry(s.data, this.t, { uid: s.uid ?? 0, gid: s.gid ?? 0 }, s.mode ?? 0o644);
    if (s.size !== undefined) e.size = s.size;
    this.entries[path] = e;
  }
  link(path: string, target: string): void {
    this.dir(dirname(path));
    this.entries[path] = symlinkEntry(target, this.t);
  }
  program(path: string): void {
    if (this.entries[path]) return;
    this.file(path, { data: ELF, mode: 0o755, size: sizeOf(path) });
  }
}

const SKELETON = ['/dev', '/etc', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/local/bin', '/var/cache', '/var/lib', '/var/log', '/var/spool', '/var/tmp'];

function debianLike(b: Builder, spec: RootfsSpec): void {
  for (const d of [...SKELETON, '/boot', '/usr/bin', '/usr/sbin', '/usr/lib/x86_64-linux-gnu', '/usr/lib64', '/usr/share/doc', '/usr/include', '/usr/games', '/usr/src', '/usr/libexec', '/usr/local/sbin', '/usr/local/lib', '/usr/local/share', '/usr/local/etc', '/usr/local/include', '/usr/local/src', '/usr/local/games', '/usr/local/man', '/var/backups', '/var/local', '/var/mail', '/var/opt', '/run/lock', '/etc/apt/sources.list.d', '/etc/apt/apt.conf.d', '/var/lib/dpkg', '/var/lib/apt/lists']) b.dir(d);
  b.dir('/tmp', 0o1777);
  b.dir('/root', 0o700);
  for (const [l, t] of [['/bin', 'usr/bin'], ['/sbin', 'usr/sbin'], ['/lib', 'usr/lib'], ['/lib64', 'usr/lib64'], ['/var/run', '/run'], ['/var/lock', '/run/lock']]) b.link(l, t);
  for (const n of words(DEBIAN_BIN)) b.program(`/usr/bin/${n}`);
  for (const n of words(DEBIAN_SBIN)) b.program(`/usr/sbin/${n}`);
  b.link('/usr/bin/sh', 'dash');
  b.link('/usr/bin/rbash', 'bash');
  b.file('/usr/lib/x86_64-linux-gnu/libc.so.6', { data: ELF, mode: 0o755, size: 1922136 });
  b.file('/usr/lib/os-release', osRelease(spec) ?? '');
  b.link('/etc/os-release', '../usr/lib/os-release');
  b.file('/root/.bashrc', DEBIAN_BASHRC);
  b.file('/root/.profile', DEBIAN_PROFILE);
  b.file('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n');
  if (spec.family === 'debian') {
    b.file('/etc/debian_version', `${spec.pointRelease ?? `${(spec.version ?? '13').split('.')[0]}.7`}\n`);
    b.file('/etc/issue', `Debian GNU/Linux ${(spec.version ?? '13').split('.')[0]} \\n \\l\n\n`);
    b.file('/etc/apt/sources.list.d/debian.sources', 'Types: deb\n# http://snapshot.debian.org/archive/debian/20260915T000000Z\nURIs: http://deb.debian.org/debian\nSuites: trixie trixie-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.pgp\n');
  } else {
    for (const d of ['bin', 'lib', 'sbin']) b.dir(`/${d}.usr-is-merged`);
    b.entries['/home/ubuntu'] = dirEntry(b.t, { uid: 1000, gid: 1000 }, 0o750);
    b.file('/etc/debian_version', 'trixie/sid\n');
    b.file('/etc/issue', `Ubuntu ${spec.pointRelease ?? (spec.version === '24.04' || !spec.version ? '24.04.3' : spec.version)} LTS \\n \\l\n\n`);
  }
}

function alpine(b: Builder, spec: RootfsSpec): void {
  for (const d of [...SKELETON, '/bin', '/sbin', '/lib/apk/db', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/share/apk', '/usr/local/lib', '/usr/local/share', '/var/empty', '/var/mail', '/var/opt', '/etc/apk/keys', '/etc/profile.d']) b.dir(d);
  b.dir('/tmp', 0o1777);
  b.dir('/root', 0o700);
  b.file('/bin/busybox', { data: ELF, mode: 0o755, size: 808712 });
  for (const n of words(ALPINE_BIN)) if (n !== 'busybox') b.link(`/bin/${n}`, '/bin/busybox');
  for (const n of words(ALPINE_USR_BIN)) b.link(`/usr/bin/${n}`, '/bin/busybox');
  for (const n of words(ALPINE_SBIN)) b.link(`/sbin/${n}`, '/bin/busybox');
  for (const n of words(ALPINE_USR_SBIN)) b.link(`/usr/sbin/${n}`, '/bin/busybox');
  for (const p of ALPINE_REAL) b.program(p);
  b.file('/lib/ld-musl-x86_64.so.1', { data: ELF, mode: 0o755, size: 667328 });
  b.link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1');
  const version = spec.version ?? '3.24.1';
  b.file('/etc/os-release', osRelease(spec) ?? '');
  b.file('/etc/alpine-release', `${version}\n`);
  b.file('/etc/issue', `Welcome to Alpine Linux ${version.split('.').slice(0, 2).join('.')}\nKernel \\r on \\m (\\l)\n\n`);
  b.file('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n');
  b.file('/etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\n');
  b.file('/etc/profile', 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n\nexport PAGER=less\numask 022\n');
}

function busybox(b: Builder): void {
  for (const d of ['/dev', '/etc', '/home', '/lib', '/usr/sbin', '/var/spool/mail', '/var/www', '/bin']) b.dir(d);
  b.dir('/tmp', 0o1777);
  b.dir('/root', 0o700);
  b.link('/lib64', 'lib');
  const names = [...new Set(['busybox', ...words(BUSYBOX_APPLETS)])];
  for (const n of names) {
    b.file(`/bin/${n}`, { data: ELF, mode: 0o755, size: 1133936 });
    (b.entries[`/bin/${n}`] as FileEntry).nlink = names.length;
  }
}

function programPath(family: OsFamily, name: string): string {
  if (name.startsWith('/')) return name;
  if (name === 'bash' && family === 'alpine') return '/bin/bash';
  return family === 'busybox' ? `/bin/${name}` : `/usr/bin/${name}`;
}

const cache = new Map<string, Layer>();

/** The base layer for a description; the same description always gives the same object. */
export function imageRootfs(spec: RootfsSpec): Layer {
  const key = JSON.stringify(spec);
  const hit = cache.get(key);
  if (hit) return hit;
  const b = new Builder(spec.created ?? 0);
  if (spec.family === 'debian' || spec.family === 'ubuntu') debianLike(b, spec);
  else if (spec.family === 'alpine') alpine(b, spec);
  else if (spec.family === 'busybox') busybox(b);
  if (spec.family !== 'scratch') {
    const { passwd, group } = accounts(spec);
    b.file('/etc/passwd', passwd);
    b.file('/etc/group', group);
  }
  for (const tool of spec.tools ?? []) {
    for (const name of TOOL_PROGRAMS[tool] ?? [tool]) {
      if (spec.family === 'alpine' && b.entries[`/bin/${name}`]) continue;
      b.program(programPath(spec.family, name));
    }
  }
  for (const [path, f] of Object.entries(spec.files ?? {})) b.file(path, f);
  const layer = createLayer(b.entries);
  cache.set(key, layer);
  return layer;
}

/** A layer holding just these files (an application layer over a base: nginx's config, a COPY). */
export function filesLayer(files: Record<string, FileSpec>, created = 0): Layer {
  const b = new Builder(created);
  for (const [path, f] of Object.entries(files)) b.file(path, f);
  return createLayer(b.entries);
}
