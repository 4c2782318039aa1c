// cut -c LIST | -f LIST [-d DELIM] [-s]: ranges such as 2-, -3, 1,4-5, as coreutils and busybox
// take them (characters here are code points).
import type { CommandContext } from '../command.ts';
import { badOption, lines, parseOptions, progName, readInputs } from './util.ts';

function selector(list: string): ((n: number) => boolean) | null {
  const ranges: [number, number][] = [];
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '') || m[1] === '0') return null;
    const from = m[1] === '' ? 1 : Number(m[1]);
    const to = m[2] === '' ? from : m[3] === '' ? Infinity : Number(m[3]);
    ranges.push([from, to]);
  }
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

export function cut(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 's', withArg: 'cfdb', long: { characters: 'c', fields: 'f', delimiter: 'd', bytes: 'b', 'only-delimited': 's' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  const list = opts.values.c ?? opts.values.b ?? opts.values.f;
  if (list === undefined) return badOption(ctx, 'you must specify a list of bytes, characters, or fields');
  const pick = selector(list);
  if (!pick) {
    ctx.io.stderr.write(`${name}: invalid byte/character position ${ctx.flavour === 'busybox' ? `'${list}'` : `\u2018${list}\u2019`}\n`);
    return 1;
  }
  const delim = opts.values.d ?? '\t';
  const { texts, failed } = readInputs(ctx, opts.operands);
  let out = '';
  for (const { text } of texts) {
    for (const line of lines(text)) {
      if (opts.values.f === undefined) {
        out += `${[...line].filter((_, i) => pick(i + 1)).join('')}\n`;
        continue;
      }
      if (!line.includes(delim)) {
        if (!opts.flags.has('s')) out += `${line}\n`;
        continue;
      }
      out += `${line.split(delim).filter((_, i) => pick(i + 1)).join(delim)}\n`;
    }
  }
  ctx.io.stdout.write(out);
  return failed ? 1 : 0;
}
