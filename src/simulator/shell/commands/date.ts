// date [-u] [+FORMAT]: the injected clock in UTC (containers have no TZ), default format
// "%a %b %e %H:%M:%S %Z %Y" as coreutils and busybox print it in the C locale.
import type { CommandContext } from '../command.ts';
import { progName } from './util.ts';

export const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const p2 = (n: number) => String(n).padStart(2, '0');

/** strftime for UTC times (ms since the epoch). */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const start = Date.UTC(Y, 0, 1);
  const f: Record<string, () => string> = {
    a: () => DAYS[d.getUTCDay()], A: () => LONG_DAYS[d.getUTCDay()], b: () => MONTHS[m], h: () => MONTHS[m], B: () => LONG_MONTHS[m],
    d: () => p2(day), e: () => String(day).padStart(2), H: () => p2(H), I: () => p2(H % 12 || 12), M: () => p2(d.getUTCMinutes()),
    S: () => p2(d.getUTCSeconds()), Y: () => String(Y), y: () => p2(Y % 100), m: () => p2(m + 1), p: () => (H < 12 ? 'AM' : 'PM'),
    Z: () => 'UTC', z: () => '+0000', s: () => String(Math.floor(ms / 1000)), j: () => String(Math.floor((ms - start) / 86400000) + 1).padStart(3, '0'),
    u: () => String(d.getUTCDay() || 7), w: () => String(d.getUTCDay()), n: () => '\n', t: () => '\t', '%': () => '%',
    N: () => String((ms % 1000) * 1000000).padStart(9, '0'),
  };
  f.F = () => `${Y}-${p2(m + 1)}-${p2(day)}`;
  f.T = () => `${p2(H)}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  f.D = () => `${p2(m + 1)}/${p2(day)}/${p2(Y % 100)}`;
  f.R = () => `${p2(H)}:${p2(d.getUTCMinutes())}`;
  f.c = () => `${DAYS[d.getUTCDay()]} ${MONTHS[m]} ${String(day).padStart(2)} ${f.T()} ${Y}`;
  return format.replace(/%([a-zA-Z%])/g, (all, c: string) => (f[c] ? f[c]() : all));
}

export function date(ctx: CommandContext): number {
  let format = '%a %b %e %H:%M:%S %Z %Y';
  for (const a of ctx.argv.slice(1)) {
    if (a.startsWith('+')) format = a.slice(1);
    else if (a === '-u' || a === '--utc' || a === '-R' || a === '-I') {
      if (a === '-R') format = '%a, %d %b %Y %H:%M:%S %z';
      if (a === '-I') format = '%F';
    } else {
      ctx.io.stderr.write(`${progName(ctx)}: invalid date ${ctx.flavour === 'busybox' ? `'${a}'` : `\u2018${a}\u2019`}\n`);
      return 1;
    }
  }
  ctx.io.stdout.write(`${strftime(format, ctx.host.now())}\n`);
  return 0;
}
