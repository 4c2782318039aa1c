// printf: the format is reused until the arguments run out; %s %b %c %d %i %u %o %x %X %e %f %g
// %% with flags, width and precision; numbers that do not parse print bash's complaint
// ("printf: abc: invalid number") and count as 0.
import type { CommandContext } from '../command.ts';
import { unescape } from './echo.ts';

const SPEC = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([sbcdiouxXeEfgG%])/g;

function num(ctx: CommandContext, arg: string | undefined, errors: string[]): number {
  if (arg === undefined || arg === '') return 0;
  if (/^['"]./.test(arg)) return arg.codePointAt(1) ?? 0;
  const n = Number(arg.trim());
  if (Number.isNaN(n)) {
    errors.push(ctx.flavour === 'bash' ? `printf: ${arg}: invalid number` : ctx.flavour === 'dash' ? `printf: ${arg}: expected numeric value` : `invalid number '${arg}'`);
    return parseFloat(arg) || 0;
  }
  return n;
}

function pad(s: string, flags: string, width: number | undefined): string {
  if (width === undefined || s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (flags.includes('0') && /^[+-]?\d/.test(s)) {
    const sign = /^[+-]/.test(s) ? s[0] : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

export function printf(ctx: CommandContext): number {
  const [, format, ...args] = ctx.argv;
  if (format === undefined) {
    ctx.io.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const fmt = unescape(format.replace(/%%/g, '\u0000')).text;
  const errors: string[] = [];
  let out = '';
  let i = 0;
  do {
    const start = i;
    let stop = false;
    out += fmt.replace(SPEC, (_m, flags: string, w: string | undefined, p: string | undefined, conv: string) => {
      if (stop) return '';
      const width = w === '*' ? num(ctx, args[i++], errors) : w === undefined ? undefined : Number(w);
      const prec = p === '*' ? num(ctx, args[i++], errors) : p === undefined ? undefined : Number(p);
      const arg = args[i++];
      let s: string;
      switch (conv) {
        case 's': s = (arg ?? '').slice(0, prec); break;
        case 'b': {
          const u = unescape(arg ?? '');
          stop = u.stop;
          s = u.text;
          break;
        }
        case 'c': s = (arg ?? '').slice(0, 1); break;
        case 'd': case 'i': case 'u': {
          const n = Math.trunc(num(ctx, arg, errors));
          s = `${n >= 0 && flags.includes('+') ? '+' : n >= 0 && flags.includes(' ') ? ' ' : ''}${n}`;
          break;
        }
        case 'o': s = Math.trunc(num(ctx, arg, errors)).toString(8); break;
        case 'x': s = Math.trunc(num(ctx, arg, errors)).toString(16); break;
        case 'X': s = Math.trunc(num(ctx, arg, errors)).toString(16).toUpperCase(); break;
        case 'e': case 'E': s = num(ctx, arg, errors).toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2'); break;
        case 'g': case 'G': s = String(Number(num(ctx, arg, errors).toPrecision(prec || 6))); break;
        default: s = num(ctx, arg, errors).toFixed(prec ?? 6);
      }
      if (conv === 'E' || conv === 'G') s = s.toUpperCase();
      return pad(s, flags, width);
    });
    if (stop || i === start) break;
  } while (i < args.length);
  ctx.io.stdout.write(out.replace(/\u0000/g, '%'));
  for (const e of errors) ctx.io.stderr.write(`${prefixOf(ctx)}${e}\n`);
  return errors.length > 0 ? 1 : 0;
}

function prefixOf(ctx: CommandContext): string {
  const w = ctx.shell.where();
  if (w.flavour === 'dash') return `${w.name}: ${w.line}: `;
  return w.interactive || w.flavour === 'busybox' ? `${w.name}: ` : `${w.name}: line ${w.line}: `;
}
