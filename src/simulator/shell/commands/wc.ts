// wc [-l] [-w] [-c] [-m]: counts per file and a total; GNU sizes the columns from the largest
// possible value (7 wide for stdin, one column alone unpadded); busybox pads each to 9.
import { utf8Length } from '../../fs/entry.ts';
import type { CommandContext } from '../command.ts';
import { badOption, errText, parseOptions, progName } from './util.ts';

type Counts = { l: number; w: number; m: number; c: number };

function count(text: string): Counts {
  return { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter((w) => w !== '').length, m: [...text].length, c: utf8Length(text) };
}

export function wc(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'lwcmL', long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  const order = (['l', 'w', 'm', 'c'] as const).filter((k) => opts.flags.has(k));
  const cols = order.length > 0 ? order : (['l', 'w', 'c'] as const);
  const files = opts.operands.length === 0 ? ['-'] : opts.operands;
  const rows: { counts: Counts; name: string }[] = [];
  let status = 0;
  for (const f of files) {
    try {
      rows.push({ counts: count(f === '-' ? ctx.io.stdin : ctx.fs.readFile(ctx.resolve(f))), name: f === '-' ? '' : f });
    } catch (e) {
      ctx.io.stderr.write(`${name}: ${f}: ${errText(e)}\n`);
      status = 1;
    }
  }
  if (files.length > 1) {
    const total: Counts = { l: 0, w: 0, m: 0, c: 0 };
    for (const r of rows) for (const k of ['l', 'w', 'm', 'c'] as const) total[k] += r.counts[k];
    rows.push({ counts: total, name: 'total' });
  }
  let width: number;
  if (ctx.flavour === 'busybox') width = cols.length === 1 && files.length === 1 ? 0 : 9;
  else if (cols.length === 1 && files.length === 1) width = 0;
  else {
    const max = Math.max(0, ...rows.map((r) => r.counts.c));
    width = Math.max(String(max).length, files.includes('-') ? 7 : 1);
  }
  for (const r of rows) {
    const nums = cols.map((k) => String(r.counts[k]).padStart(width)).join(' ');
    ctx.io.stdout.write(`${nums}${r.name ? ` ${r.name}` : ''}\n`);
  }
  return status;
}
