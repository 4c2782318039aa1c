// head and tail: -n N (also -N, tail -n +N), -c N, headers "==> f <==" for several files,
// GNU's "cannot open 'x' for reading", busybox's shorter texts.
import type { CommandContext } from '../command.ts';
import { badOption, errText, parseOptions, progName, qa } from './util.ts';

function run(ctx: CommandContext, which: 'head' | 'tail'): number {
  const args = ctx.argv.slice(1).map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const opts = parseOptions(args, { flags: 'qvfF', withArg: 'nc', long: { lines: 'n', bytes: 'c', quiet: 'q', verbose: 'v', follow: 'f' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  const spec = opts.values.n ?? opts.values.c ?? '10';
  const fromStart = which === 'tail' && spec.startsWith('+');
  const count = Number(spec.replace(/^[+-]/, ''));
  if (!Number.isInteger(count)) {
    ctx.io.stderr.write(`${name}: invalid number of ${opts.values.c !== undefined ? 'bytes' : 'lines'}: ${qa(spec)}\n`);
    return 1;
  }
  const files = opts.operands.length === 0 ? ['-'] : opts.operands;
  const show = (text: string) => (opts.values.c !== undefined ? bytes(text, which, count, fromStart) : linesOf(text, which, count, fromStart));
  // GNU prints each file as it goes; busybox opens them all first and heads only what opened.
  const opened: { label: string; text: string }[] = [];
  let status = 0;
  let first = true;
  const print = (label: string, text: string, headers: boolean) => {
    if (headers) ctx.io.stdout.write(`${first ? '' : '\n'}==> ${label} <==\n`);
    first = false;
    ctx.io.stdout.write(show(text));
  };
  const gnuHeaders = (files.length > 1 && !opts.flags.has('q')) || opts.flags.has('v');
  for (const f of files) {
    let text: string;
    try {
      text = f === '-' ? ctx.io.stdin : ctx.fs.readFile(ctx.resolve(f));
    } catch (e) {
      const msg = errText(e);
      if (ctx.flavour === 'busybox') ctx.io.stderr.write(which === 'head' ? `${name}: ${f}: ${msg}\n` : `${name}: can't open '${f}': ${msg}\n`);
      else ctx.io.stderr.write(`${name}: cannot open ${qa(f)} for reading: ${msg}\n`);
      status = 1;
      continue;
    }
    const label = f === '-' ? 'standard input' : f;
    if (ctx.flavour === 'busybox') opened.push({ label, text });
    else print(label, text, gnuHeaders);
  }
  if (ctx.flavour === 'busybox') {
    if (opened.length === 0 && which === 'tail') ctx.io.stderr.write(`${name}: no files\n`);
    const headers = (opened.length > 1 && !opts.flags.has('q')) || opts.flags.has('v');
    for (const o of opened) print(o.label, o.text, headers);
  }
  return status;
}

function bytes(text: string, which: 'head' | 'tail', n: number, fromStart: boolean): string {
  if (which === 'head') return text.slice(0, n);
  return fromStart ? text.slice(Math.max(0, n - 1)) : n === 0 ? '' : text.slice(-n);
}

function linesOf(text: string, which: 'head' | 'tail', n: number, fromStart: boolean): string {
  const parts = text.split(/(?<=\n)/);
  if (which === 'head') return parts.slice(0, n).join('');
  if (fromStart) return parts.slice(Math.max(0, n - 1)).join('');
  return n === 0 ? '' : parts.slice(-n).join('');
}

export const head = (ctx: CommandContext): number => run(ctx, 'head');
export const tail = (ctx: CommandContext): number => run(ctx, 'tail');
