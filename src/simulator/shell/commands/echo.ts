// echo as each shell's builtin has it: bash and busybox take -n, -e, -E (clustered, up to the
// first other word) and expand escapes only with -e; dash takes only -n and always expands.
import type { CommandContext } from '../command.ts';

/** Backslash escapes of echo -e / printf %b; `stop` reports \c (no further output). */
export function unescape(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (n in simple) out += simple[n];
    else if (n === 'c') return { text: out, stop: true };
    else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))?.[0] ?? '';
      out += String.fromCharCode(parseInt(m || '0', 8));
      i += m.length;
    } else if (n === 'x' && /^[0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))?.[0] ?? '';
      out += String.fromCharCode(parseInt(m, 16));
      i += m.length;
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}

export function echo(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = ctx.flavour === 'dash';
  while (args.length > 0) {
    const a = args[0];
    const allowed = ctx.flavour === 'dash' ? /^-n+$/ : /^-[neE]+$/;
    if (!allowed.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else escapes = false;
    }
    args.shift();
  }
  let text = args.join(' ');
  if (escapes) {
    const u = unescape(text);
    text = u.text;
    if (u.stop) newline = false;
  }
  ctx.io.stdout.write(newline ? `${text}\n` : text);
  return 0;
}
