// cp [-r|-R|-a] [-p] SOURCE... DEST and mv SOURCE... DEST, with coreutils' checks and texts:
// "cannot stat", "-r not specified; omitting directory", "target 'x' is not a directory",
// copying a directory into itself; busybox's shorter forms.
import { basename, isWithin } from '../../fs/path.ts';
import type { Stat, Vfs } from '../../fs/types.ts';
import type { CommandContext } from '../command.ts';
import { badOption, errText, parseOptions, progName, qa } from './util.ts';

function isDir(fs: Vfs, path: string): boolean {
  try {
    return fs.stat(path).kind === 'dir';
  } catch {
    return false;
  }
}

/** Copy one tree; symlinks inside a recursive copy stay symlinks (cp -r does not follow them). */
function copyTree(fs: Vfs, from: string, to: string, st: Stat, keep: boolean): void {
  if (st.kind === 'symlink') fs.symlink(st.target ?? '', to);
  else if (st.kind === 'dir') {
    if (!isDir(fs, to)) fs.mkdir(to, { mode: st.mode });
    for (const name of fs.readdir(from)) copyTree(fs, `${from}/${name}`, `${to}/${name}`, fs.lstat(`${from}/${name}`), keep);
  } else {
    fs.writeFile(to, fs.readFile(from), { mode: st.mode });
    if (keep) fs.utimes(to, st.mtime);
  }
}

interface Plan {
  sources: string[];
  dest: string;
  intoDir: boolean;
}

function plan(ctx: CommandContext, operands: string[]): Plan | number {
  const name = progName(ctx);
  if (operands.length === 0) return badOption(ctx, 'missing file operand');
  if (operands.length === 1) return badOption(ctx, `missing destination file operand after ${qa(operands[0])}`);
  const dest = operands[operands.length - 1];
  const intoDir = isDir(ctx.fs, ctx.resolve(dest));
  if (operands.length > 2 && !intoDir) {
    ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: '${dest}' is not a directory\n` : `${name}: target ${qa(dest)} is not a directory\n`);
    return 1;
  }
  return { sources: operands.slice(0, -1), dest, intoDir };
}

export function cp(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'rRapfivnPdLT', long: { recursive: 'r', archive: 'a', force: 'f', preserve: 'p' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const p = plan(ctx, opts.operands);
  if (typeof p === 'number') return p;
  const name = progName(ctx);
  const recursive = opts.flags.has('r') || opts.flags.has('R') || opts.flags.has('a');
  let status = 0;
  for (const src of p.sources) {
    const from = ctx.resolve(src);
    const target = p.intoDir ? `${p.dest}/${basename(src)}` : p.dest;
    const to = ctx.resolve(target);
    try {
      const st = recursive ? ctx.fs.lstat(from) : ctx.fs.stat(from);
      if (st.kind === 'dir' && !recursive) {
        ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: omitting directory '${src}'\n` : `${name}: -r not specified; omitting directory ${qa(src)}\n`);
        status = 1;
        continue;
      }
      if (st.kind === 'dir' && isWithin(to, from)) {
        ctx.io.stderr.write(`${name}: cannot copy a directory, ${qa(src)}, into itself, ${qa(target)}\n`);
        status = 1;
        continue;
      }
      copyTree(ctx.fs, from, to, st.kind === 'symlink' && !recursive ? ctx.fs.stat(from) : st, opts.flags.has('a') || opts.flags.has('p'));
    } catch (e) {
      const msg = errText(e);
      const missing = !ctx.fs.exists(from) && msg === 'No such file or directory';
      if (missing) ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: can't stat '${src}': ${msg}\n` : `${name}: cannot stat ${qa(src)}: ${msg}\n`);
      else ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: can't create '${target}': ${msg}\n` : `${name}: cannot create regular file ${qa(target)}: ${msg}\n`);
      status = 1;
    }
  }
  return status;
}

export function mv(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'finvuT', long: { force: 'f', 'no-clobber': 'n', verbose: 'v' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const p = plan(ctx, opts.operands);
  if (typeof p === 'number') return p;
  const name = progName(ctx);
  let status = 0;
  for (const src of p.sources) {
    const from = ctx.resolve(src);
    const target = p.intoDir ? `${p.dest}/${basename(src)}` : p.dest;
    const to = ctx.resolve(target);
    try {
      const st = ctx.fs.lstat(from);
      if (st.kind === 'dir' && isWithin(to, from) && to !== from) {
        ctx.io.stderr.write(`${name}: cannot move ${qa(src)} to a subdirectory of itself, ${qa(target)}\n`);
        status = 1;
        continue;
      }
      if (st.kind === 'dir' && ctx.fs.exists(to) && !isDir(ctx.fs, to)) {
        ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: can't rename '${src}': Not a directory\n` : `${name}: cannot overwrite non-directory ${qa(target)} with directory ${qa(src)}\n`);
        status = 1;
        continue;
      }
      ctx.fs.rename(from, to);
      if (opts.flags.has('v')) ctx.io.stdout.write(`renamed ${qa(src)} -> ${qa(target)}\n`);
    } catch (e) {
      const msg = errText(e);
      const missing = msg === 'No such file or directory' && !ctx.fs.exists(from);
      if (ctx.flavour === 'busybox') ctx.io.stderr.write(`${name}: can't rename '${src}': ${msg}\n`);
      else ctx.io.stderr.write(missing ? `${name}: cannot stat ${qa(src)}: ${msg}\n` : `${name}: cannot move ${qa(src)} to ${qa(target)}: ${msg}\n`);
      status = 1;
    }
  }
  return status;
}
