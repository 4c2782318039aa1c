// stat [-L] [-c FORMAT] FILE...: GNU coreutils 9.1's default layout (File/Size/Blocks/IO Block,
// Device/Inode/Links, Access/Uid/Gid, the four times) or busybox's, and -c with %n %N %s %a %A
// %u %U %g %G %F %i %h %b %y %Y %x %z %w.
import type { Stat } from '../../fs/types.ts';
import type { CommandContext } from '../command.ts';
import { strftime } from './date.ts';
import { blocks, modeString } from './ls-format.ts';
import { idNames, quote } from './ls.ts';
import { badOption, errText, parseOptions, progName, qa } from './util.ts';

const TYPES = { file: 'regular file', dir: 'directory', symlink: 'symbolic link' };

/** A stable inode number per path (the model has none). */
function inode(path: string): number {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619) >>> 0;
  return 100000 + (h % 3900000);
}

interface Target {
  name: string;
  path: string;
  st: Stat;
}

function fields(ctx: CommandContext, t: Target): Record<string, () => string> {
  const users = idNames(ctx, '/etc/passwd');
  const groups = idNames(ctx, '/etc/group');
  const time = () => strftime('%Y-%m-%d %H:%M:%S.%N %z', t.st.mtime);
  const busybox = ctx.flavour === 'busybox';
  return {
    n: () => t.name,
    N: () => (busybox ? `'${t.name}'` : quote(t.name)) + (t.st.kind === 'symlink' ? ` -> ${busybox ? `'${t.st.target}'` : quote(t.st.target ?? '')}` : ''),
    s: () => String(t.st.size),
    a: () => (t.st.mode & 0o7777).toString(8),
    A: () => modeString(t.st),
    u: () => String(t.st.uid),
    g: () => String(t.st.gid),
    U: () => users.get(t.st.uid) ?? 'UNKNOWN',
    G: () => groups.get(t.st.gid) ?? 'UNKNOWN',
    F: () => (t.st.kind === 'file' && t.st.size === 0 ? 'regular empty file' : TYPES[t.st.kind]),
    i: () => String(inode(t.path)),
    h: () => String(t.st.nlink),
    b: () => String(blocks(t.st) * 2),
    B: () => '512',
    o: () => '4096',
    y: time,
    x: time,
    z: time,
    w: time,
    Y: () => String(Math.floor(t.st.mtime / 1000)),
    X: () => String(Math.floor(t.st.mtime / 1000)),
    Z: () => String(Math.floor(t.st.mtime / 1000)),
    '%': () => '%',
  };
}

function format(ctx: CommandContext, t: Target, fmt: string): string {
  const f = fields(ctx, t);
  return fmt.replace(/%(-?\d*)([a-zA-Z%])/g, (all, width: string, c: string) => {
    if (!f[c]) return all;
    const v = f[c]();
    const w = Math.abs(Number(width || 0));
    return width.startsWith('-') ? v.padEnd(w) : v.padStart(w);
  });
}

function defaultFormat(ctx: CommandContext, t: Target): string {
  const f = fields(ctx, t);
  const busybox = ctx.flavour === 'busybox';
  const file = f.N();
  const device = busybox ? `Device: 30h/48d\tInode: ${f.i().padEnd(10)}  Links: ${f.h()}` : `Device: 0,48\tInode: ${f.i().padEnd(11)} Links: ${f.h()}`;
  const owner = `Access: (${(t.st.mode & 0o7777).toString(8).padStart(4, '0')}/${f.A()})  Uid: (${f.u().padStart(5)}/${f.U().padStart(8)})   Gid: (${f.g().padStart(5)}/${f.G().padStart(8)})`;
  const times = ['Access', 'Modify', 'Change'].map((k) => `${k}: ${f.y()}`);
  if (!busybox) times.push(` Birth: ${f.w()}`);
  return [`  File: ${file}`, `  Size: ${f.s().padEnd(10)}\tBlocks: ${f.b().padEnd(10)} IO Block: 4096   ${f.F()}`, device, owner, ...times].join('\n');
}

export function stat(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'Lt', withArg: 'c', long: { dereference: 'L', format: 'c', printf: 'c' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  if (opts.operands.length === 0) return badOption(ctx, 'missing operand');
  let status = 0;
  for (const op of opts.operands) {
    const path = ctx.resolve(op);
    try {
      const st = opts.flags.has('L') ? ctx.fs.stat(path) : ctx.fs.lstat(path);
      if (st.kind === 'symlink') st.target = ctx.fs.readlink(path);
      const t = { name: op, path, st };
      ctx.io.stdout.write(`${opts.values.c !== undefined ? format(ctx, t, opts.values.c) : defaultFormat(ctx, t)}\n`);
    } catch (e) {
      ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: can't stat '${op}': ${errText(e)}\n` : `${name}: cannot statx ${qa(op)}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
}
