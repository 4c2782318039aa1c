// tee [-a] FILE..., tr [-d] [-s] [-c] SET1 [SET2], basename NAME [SUFFIX] (-a, -s SUF),
// dirname NAME...: as GNU coreutils 9.1 prints them, busybox's shorter usage errors.
import type { CommandContext } from '../command.ts';
import { badOption, errText, parseOptions, progName, ql } from './util.ts';

export function tee(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'ai', long: { append: 'a', 'ignore-interrupts': 'i' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  let status = 0;
  for (const f of opts.operands) {
    try {
      ctx.fs.writeFile(ctx.resolve(f), ctx.io.stdin, { append: opts.flags.has('a') });
    } catch (e) {
      ctx.io.stderr.write(`${progName(ctx)}: ${f}: ${errText(e)}\n`);
      status = 1;
    }
  }
  ctx.io.stdout.write(ctx.io.stdin);
  return status;
}

const CLASS: Record<string, string> = {
  lower: 'abcdefghijklmnopqrstuvwxyz', upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', digit: '0123456789', space: ' \t\n\r\f\v', blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', xdigit: '0123456789ABCDEFabcdef',
};
CLASS.alpha = CLASS.upper + CLASS.lower;
CLASS.alnum = CLASS.digit + CLASS.alpha;
const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** A tr set as the characters it lists, in order. */
export function expandSet(set: string): string[] {
  const chars: string[] = [];
  for (let i = 0; i < set.length; i++) {
    const cls = /^\[:(\w+):\]/.exec(set.slice(i));
    if (cls && CLASS[cls[1]]) {
      chars.push(...CLASS[cls[1]]);
      i += cls[0].length - 1;
      continue;
    }
    let c = set[i];
    if (c === '\\' && i + 1 < set.length) {
      const oct = /^[0-7]{1,3}/.exec(set.slice(i + 1));
      if (oct) {
        c = String.fromCharCode(parseInt(oct[0], 8));
        i += oct[0].length;
      } else c = ESC[set[++i]] ?? set[i];
    }
    if (set[i + 1] === '-' && i + 2 < set.length) {
      const end = set.charCodeAt(i + 2);
      for (let k = c.charCodeAt(0); k <= end; k++) chars.push(String.fromCharCode(k));
      i += 2;
    } else chars.push(c);
  }
  return chars;
}

function trUsage(ctx: CommandContext, message: string, hint?: string): number {
  const name = progName(ctx);
  if (ctx.flavour === 'busybox') ctx.io.stderr.write(`Usage: tr [-cds] STRING1 [STRING2]\n`);
  else ctx.io.stderr.write(`${name}: ${message}\n${hint ? `${hint}\n` : ''}Try '${name} --help' for more information.\n`);
  return 1;
}

export function tr(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'cdsCt', long: { delete: 'd', 'squeeze-repeats': 's', complement: 'c' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const f = opts.flags;
  const [s1, s2, extra] = opts.operands;
  const del = f.has('d');
  if (s1 === undefined) return trUsage(ctx, 'missing operand');
  if (s2 === undefined && !del && !f.has('s')) return trUsage(ctx, `missing operand after ${ql(ctx, s1)}`, 'Two strings must be given when translating.');
  if (extra !== undefined || (del && !f.has('s') && s2 !== undefined)) return trUsage(ctx, `extra operand ${ql(ctx, extra ?? s2)}`, del ? 'Only one string may be given when deleting without squeezing repeats.' : undefined);
  const set1 = new Set(expandSet(s1));
  const in1 = (c: string) => set1.has(c) !== (f.has('c') || f.has('C'));
  const list1 = expandSet(s1);
  const list2 = s2 === undefined ? [] : expandSet(s2);
  const map = new Map<string, string>();
  if (!del && s2 !== undefined) list1.forEach((c, i) => map.set(c, list2[Math.min(i, list2.length - 1)] ?? c));
  const squeeze = new Set(del || s2 === undefined ? list1 : list2);
  let out = '';
  for (const c of ctx.io.stdin) {
    if (del && in1(c)) continue;
    const t = map.get(c) ?? c;
    if (f.has('s') && out.endsWith(t) && squeeze.has(t)) continue;
    out += t;
  }
  ctx.io.stdout.write(out);
  return 0;
}

/** POSIX basename: trailing slashes off, then the last component, then the suffix. */
function baseOf(name: string, suffix?: string): string {
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '' && name !== '') return '/';
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
}

export function basename(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'az', withArg: 's', long: { multiple: 'a', suffix: 's', zero: 'z' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const ops = opts.operands;
  const multiple = opts.flags.has('a') || opts.values.s !== undefined;
  if (ops.length === 0) return usageError(ctx, 'missing operand');
  if (!multiple && ops.length > 2) return usageError(ctx, `extra operand ${ql(ctx, ops[2])}`);
  const names = multiple ? ops : [ops[0]];
  const suffix = multiple ? opts.values.s : ops[1];
  ctx.io.stdout.write(names.map((n) => `${baseOf(n, suffix)}\n`).join(''));
  return 0;
}

function usageError(ctx: CommandContext, message: string): number {
  const name = progName(ctx);
  if (ctx.flavour === 'busybox') ctx.io.stderr.write(`Usage: ${name} ${name === 'dirname' ? 'FILENAME' : 'FILE [SUFFIX]'}\n`);
  else ctx.io.stderr.write(`${name}: ${message}\nTry '${name} --help' for more information.\n`);
  return 1;
}

export function dirname(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'z', long: { zero: 'z' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  if (opts.operands.length === 0) return usageError(ctx, 'missing operand');
  const dir = (p: string) => {
    const t = p.replace(/\/+$/, '');
    if (t === '') return p.startsWith('/') ? '/' : '.';
    const i = t.lastIndexOf('/');
    if (i === -1) return '.';
    return t.slice(0, i).replace(/\/+$/, '') || '/';
  };
  ctx.io.stdout.write(opts.operands.map((p) => `${dir(p)}\n`).join(''));
  return 0;
}
