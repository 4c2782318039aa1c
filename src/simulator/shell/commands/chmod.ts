// chmod [-R] MODE FILE...: octal modes (755) and symbolic ones (+x, u+rw, go-w, a=r), as
// coreutils applies them (a bare +x honours the umask 022, so it gives x to all).
import type { CommandContext } from '../command.ts';
import { badOption, errText, parseOptions, progName, qa } from './util.ts';

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };
const PERM: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111, s: 0o6000, t: 0o1000 };

/** The new mode, or null when the mode text is invalid. */
export function applyMode(spec: string, mode: number): number | null {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let result = mode;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxst]*)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' ? 0o7777 & ~0o022 : [...m[1]].reduce((acc, c) => acc | WHO[c], 0);
    const bits = [...m[3]].reduce((acc, c) => acc | PERM[c], 0) & who;
    if (m[2] === '+') result |= bits;
    else if (m[2] === '-') result &= ~bits;
    else result = (result & ~(who & 0o777)) | bits;
  }
  return result;
}

export function chmod(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const modeIndex = args.findIndex((a) => !/^-[Rfv]+$/.test(a) || /^-[rwx]+$/.test(a));
  const opts = parseOptions(args.filter((_, i) => i !== modeIndex), { flags: 'Rfvc', long: { recursive: 'R' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  const spec = args[modeIndex];
  if (spec === undefined) return badOption(ctx, 'missing operand');
  if (opts.operands.length === 0) return badOption(ctx, `missing operand after ${qa(spec)}`);
  let status = 0;
  const apply = (label: string, path: string) => {
    const st = ctx.fs.stat(path);
    const next = applyMode(spec, st.mode);
    if (next === null) throw new Error('invalid');
    ctx.fs.chmod(path, next);
    if (opts.flags.has('R') && st.kind === 'dir') for (const n of ctx.fs.readdir(path)) apply(`${label}/${n}`, `${path}/${n}`);
  };
  if (applyMode(spec, 0) === null) {
    ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: invalid mode '${spec}'\n` : `${name}: invalid mode: ${qa(spec)}\nTry '${name} --help' for more information.\n`);
    return 1;
  }
  for (const f of opts.operands) {
    try {
      apply(f, ctx.resolve(f));
    } catch (e) {
      ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: ${f}: ${errText(e)}\n` : `${name}: cannot access ${qa(f)}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
}
