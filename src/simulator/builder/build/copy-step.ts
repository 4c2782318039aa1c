// COPY and ADD: what they read (the build context, a stage or image with --from, heredoc
// documents, URLs for ADD) and what they write: files at the destination, owned per --chown,
// moded per --chmod, local tar archives unpacked by ADD. The plan is made before the cache
// lookup (its checksum is part of the key), the writes after a miss.
import { resolveUser } from '../../engine/containers/user.ts';
import type { Vfs } from '../../fs/types.ts';
import type { Instruction } from '../parse/ast.ts';
import type { Download } from './add-url.ts';
import { unpackArchive } from './archive.ts';
import type { CopiedFile } from './cache-key.ts';
import type { BuildContext } from './context.ts';
import { MissingSourceError, planCopy, type CopyPlan } from './copy.ts';

export type CopyInstr = Extract<Instruction, { kind: 'COPY' | 'ADD' }>;

export interface CopyInput {
  /** The writes (ADD's local files marked `archive`: unpacked when they are one) and the checksummed inputs. */
  plan: CopyPlan;
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

function join(dir: string, name: string): string {
  return `${dir.replace(/\/+$/, '')}/${name}`.replace(/\/+/g, '/');
}

/** The writes and checksummed inputs of a COPY/ADD (dest absolute, '/' kept). */
export function planInputs(i: CopyInstr, ctx: BuildContext, dest: string, ref: string, downloads: readonly Download[]): CopyInput {
  const local = i.sources.filter((s) => !(i.kind === 'ADD' && isUrl(s)));
  const plan: CopyPlan = local.length ? planCopy(ctx, local, dest, ref, { parents: i.kind === 'COPY' && i.parents, excludes: i.excludes }) : { writes: [], files: [] };
  if (i.kind === 'ADD' && (i.unpack ?? true)) for (const w of plan.writes) if (w.direct) w.archive = true;
  const many = i.sources.length + i.inline.length > 1;
  for (const d of downloads) {
    const target = dest.endsWith('/') || many ? join(dest, d.name) : dest;
    plan.writes.push({ dest: target, dir: false, data: d.data, mode: 0o600, size: d.size });
    plan.files.push({ path: `url:${d.name}`, data: d.digest, mode: 0o600 });
  }
  for (const doc of i.inline) {
    const target = dest.endsWith('/') || many ? join(dest, doc.path) : dest;
    plan.writes.push({ dest: target, dir: false, data: doc.data, mode: 0o644 });
    plan.files.push({ path: `inline:${doc.path}`, data: doc.data, mode: 0o644 });
  }
  return { plan };
}

/** --chmod: an octal mode (symbolic modes are left alone here). */
function chmodOf(i: CopyInstr): number | null {
  return /^[0-7]{1,4}$/.test(i.chmod) ? parseInt(i.chmod, 8) : null;
}

/** --chown resolved in the stage's own /etc/passwd and /etc/group. */
function chownOf(fs: Vfs, i: CopyInstr): { uid: number; gid: number } | null {
  if (!i.chown) return null;
  try {
    const u = resolveUser(fs, i.chown);
    return { uid: u.uid, gid: i.chown.includes(':') ? u.gid : u.uid === 0 ? 0 : u.gid };
  } catch {
    const name = i.chown.split(':')[0];
    throw new MissingSourceError(`unable to convert uid/gid chown string to host mapping: can't find uid for user ${name}: no such user: ${name}`);
  }
}

function mkdirp(fs: Vfs, dir: string): void {
  if (!fs.exists(dir)) fs.mkdir(dir, { recursive: true });
}

/** Write the plan into the stage's writable layer (`fs` is the stage's union). */
export async function writeInputs(fs: Vfs, i: CopyInstr, input: CopyInput, dest: string): Promise<void> {
  const mode = chmodOf(i);
  const owner = chownOf(fs, i);
  mkdirp(fs, dest.endsWith('/') ? dest : dest.slice(0, dest.lastIndexOf('/')) || '/');
  const fix = (p: string, m: number) => {
    fs.chmod(p, mode ?? m);
    if (owner) fs.chown(p, owner.uid, owner.gid);
  };
  for (const w of input.plan.writes) {
    mkdirp(fs, w.dest.slice(0, w.dest.lastIndexOf('/')) || '/');
    if (w.dir) {
      mkdirp(fs, w.dest);
      fix(w.dest, w.mode);
      continue;
    }
    const items = w.archive ? await unpackArchive(w.data) : null;
    if (items) {
      mkdirp(fs, dest);
      unpackInto(fs, dest, items, fix);
      continue;
    }
    fs.writeFile(w.dest, w.data, { mode: w.mode });
    if (w.size !== undefined) setSize(fs, w.dest, w.size);
    fix(w.dest, w.mode);
  }
}

function unpackInto(fs: Vfs, dir: string, items: Awaited<ReturnType<typeof unpackArchive>> & object, fix: (p: string, m: number) => void): void {
  for (const it of items) {
    const p = join(dir, it.path);
    mkdirp(fs, p.slice(0, p.lastIndexOf('/')) || '/');
    if (it.kind === 'dir') mkdirp(fs, p);
    else if (it.kind === 'symlink') {
      if (!fs.exists(p)) fs.symlink(it.target, p);
      continue;
    } else fs.writeFile(p, it.data, { mode: it.mode });
    fix(p, it.mode);
  }
}

/** A marker file standing for a binary of `size` bytes. */
function setSize(fs: Vfs, path: string, size: number): void {
  const real = fs.realpath(path);
  const e = fs.store.get(real);
  if (e?.kind === 'file') fs.store.put(real, { ...e, size });
}

/** The history text: `ADD --chown=x src... dest` (BuildKit's commitMessage). */
export function copyHistory(i: CopyInstr): string {
  const flags = `${i.kind === 'COPY' && i.parents ? ' --parents' : ''}${i.chown ? ` --chown=${i.chown}` : ''}${i.chmod ? ` --chmod=${i.chmod}` : ''}`;
  return `${i.kind}${flags} ${[...i.sources, ...i.inline.map((d) => `<<${d.path}`)].join(' ')} ${i.dest}`;
}

export type { CopiedFile };
