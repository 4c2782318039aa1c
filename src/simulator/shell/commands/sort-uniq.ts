// sort [-r -n -u -f -k N -t C] and uniq [-c -d -u -i]: byte order as in the C and C.UTF-8
// locales; numeric sort compares leading numbers and falls back to the whole line, as GNU does.
import type { CommandContext } from '../command.ts';
import { badOption, errText, lines, parseOptions, progName } from './util.ts';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function leadingNumber(s: string): number {
  const m = /^\s*(-?\d*\.?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

export function sort(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'rnufbhV', withArg: 'kto', long: { reverse: 'r', 'numeric-sort': 'n', unique: 'u', 'ignore-case': 'f' } });
  if ('error' in opts) return badOption(ctx, opts.error, 2);
  const name = progName(ctx);
  const all: string[] = [];
  let status = 0;
  for (const f of opts.operands.length === 0 ? ['-'] : opts.operands) {
    try {
      all.push(...lines(f === '-' ? ctx.io.stdin : ctx.fs.readFile(ctx.resolve(f))));
    } catch (e) {
      ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: ${f}: ${errText(e)}\n` : `${name}: cannot read: ${f}: ${errText(e)}\n`);
      return 2;
    }
  }
  const field = opts.values.k ? Number(opts.values.k.split(/[,.]/)[0]) : 0;
  const sep = opts.values.t;
  const key = (line: string): string => {
    if (!field) return line;
    const parts = sep !== undefined ? line.split(sep) : line.trim().split(/\s+/);
    return parts.slice(field - 1).join(sep ?? ' ');
  };
  const fold = opts.flags.has('f');
  const keyCmp = (a: string, b: string): number => {
    const ka = key(a);
    const kb = key(b);
    if (opts.flags.has('n') || opts.flags.has('h')) return leadingNumber(ka) - leadingNumber(kb);
    return fold ? cmp(ka.toUpperCase(), kb.toUpperCase()) : cmp(ka, kb);
  };
  const sorted = all.sort((a, b) => {
    const k = keyCmp(a, b);
    const r = k !== 0 || opts.flags.has('u') ? k : cmp(a, b);
    return opts.flags.has('r') ? -r : r;
  });
  const out = opts.flags.has('u') ? sorted.filter((l, i) => i === 0 || keyCmp(sorted[i - 1], l) !== 0) : sorted;
  ctx.io.stdout.write(out.map((l) => `${l}\n`).join(''));
  return status;
}

export function uniq(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'cdui', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  const input = opts.operands[0];
  let text: string;
  try {
    text = input === undefined || input === '-' ? ctx.io.stdin : ctx.fs.readFile(ctx.resolve(input));
  } catch (e) {
    ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: can't open '${input}': ${errText(e)}\n` : `${name}: ${input}: ${errText(e)}\n`);
    return 1;
  }
  const same = (a: string, b: string) => (opts.flags.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
  const groups: { line: string; n: number }[] = [];
  for (const l of lines(text)) {
    const last = groups[groups.length - 1];
    if (last && same(last.line, l)) last.n++;
    else groups.push({ line: l, n: 1 });
  }
  const out = groups
    .filter((g) => (opts.flags.has('d') ? g.n > 1 : opts.flags.has('u') ? g.n === 1 : true))
    .map((g) => (opts.flags.has('c') ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`));
  const result = out.join('');
  if (opts.operands[1]) ctx.fs.writeFile(ctx.resolve(opts.operands[1]), result);
  else ctx.io.stdout.write(result);
  return 0;
}
