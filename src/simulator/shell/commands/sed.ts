// sed [-n] [-E|-r] [-i[SUF]] [-s] [-e SCRIPT]... [SCRIPT] [FILE]...: the stream editor over
// sed-script.ts's commands; GNU wording ("-e expression #1, char 5: ...") or busybox's.
import type { CommandContext } from '../command.ts';
import { errText, progName } from './util.ts';
import { parseScript, SedError, type Addr, type SedCmd, type Subst } from './sed-script.ts';

interface Options {
  quiet: boolean;
  extended: boolean;
  inPlace: boolean;
  scripts: string[];
  files: string[];
}

function options(args: string[]): Options | { error: string } {
  const o: Options = { quiet: false, extended: false, inPlace: false, scripts: [], files: [] };
  const long: Record<string, keyof Options> = { '--quiet': 'quiet', '--silent': 'quiet', '--regexp-extended': 'extended', '--in-place': 'inPlace' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      o.files.push(...args.slice(i + 1));
      break;
    }
    if (long[a.split('=')[0]]) (o as unknown as Record<string, boolean>)[long[a.split('=')[0]]] = true;
    else if (a.startsWith('--expression')) o.scripts.push(a.includes('=') ? a.slice(13) : (args[++i] ?? ''));
    else if (a.startsWith('-') && a.length > 1 && !a.startsWith('--')) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'n') o.quiet = true;
        else if (c === 'E' || c === 'r') o.extended = true;
        else if (c === 's' || c === 'u') continue;
        else if (c === 'i') {
          o.inPlace = true;
          break;
        } else if (c === 'e') {
          const rest = a.slice(j + 1);
          if (rest === '' && i + 1 >= args.length) return { error: "option requires an argument -- 'e'" };
          o.scripts.push(rest !== '' ? rest : args[++i]);
          break;
        } else return { error: `invalid option -- '${c}'` };
      }
    } else if (a.startsWith('--')) return { error: `unrecognized option '${a}'` };
    else o.files.push(a);
  }
  return o;
}

function substitute(s: Subst, text: string): string | null {
  s.re.lastIndex = 0;
  let out = '';
  let last = 0;
  let count = 0;
  let changed = false;
  for (let m = s.re.exec(text); m; m = s.re.exec(text)) {
    count++;
    if (count === s.nth || (s.global && count > s.nth)) {
      out += text.slice(last, m.index) + s.rep(m);
      last = m.index + m[0].length;
      changed = true;
      if (!s.global) break;
    }
    if (m[0] === '') s.re.lastIndex++;
  }
  return changed ? out + text.slice(last) : null;
}

function matches(a: Addr, line: string, n: number, isLast: boolean): boolean {
  if (a.kind === 'line') return a.n === n;
  if (a.kind === 'last') return isLast;
  return a.re.test(line);
}

function selected(c: SedCmd, line: string, n: number, isLast: boolean): boolean {
  let hit: boolean;
  if (!c.a1) hit = true;
  else if (!c.a2) hit = matches(c.a1, line, n, isLast);
  else if (c.active) {
    hit = true;
    const a2 = c.a2;
    if (a2.kind === 'line' ? n >= a2.n : matches(a2, line, n, isLast)) c.active = false;
  } else {
    hit = matches(c.a1, line, n, isLast);
    if (hit) c.active = c.a2.kind === 'line' ? c.a2.n > n : !(c.a2.kind === 'last' && isLast);
  }
  return hit !== c.neg;
}

interface Run {
  cmds: SedCmd[];
  quiet: boolean;
  n: number;
  quit?: number;
}

/** Run the script over some lines; returns the output text. */
function edit(run: Run, text: string): string {
  const input = text.split('\n');
  const trailing = input[input.length - 1] === '';
  if (trailing) input.pop();
  let out = '';
  for (let i = 0; i < input.length && run.quit === undefined; i++) {
    run.n++;
    let ps = input[i];
    const isLast = i === input.length - 1;
    let after = '';
    let deleted = false;
    for (const c of run.cmds) {
      if (!selected(c, ps, run.n, isLast)) continue;
      if (c.name === 's') {
        const r = substitute(c.s!, ps);
        if (r !== null) {
          ps = r;
          if (c.s!.print) out += `${ps}\n`;
        }
      } else if (c.name === 'p') out += `${ps}\n`;
      else if (c.name === '=') out += `${run.n}\n`;
      else if (c.name === 'i') out += `${c.text}\n`;
      else if (c.name === 'a') after += `${c.text}\n`;
      else if (c.name === 'c') {
        if (!c.a2 || !c.active) out += `${c.text}\n`;
        deleted = true;
      } else if (c.name === 'd') deleted = true;
      else if (c.name === 'q' || c.name === 'Q') {
        run.quit = c.code;
        if (c.name === 'Q') deleted = true;
      }
      if (deleted || run.quit !== undefined) break;
    }
    if (!deleted && !run.quiet) out += `${ps}\n`;
    out += after;
  }
  return trailing || !out.endsWith('\n') || run.quit !== undefined ? out : out.slice(0, -1);
}

function scriptError(ctx: CommandContext, e: SedError, index: number): number {
  const name = progName(ctx);
  ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: ${e.busybox}\n` : `${name}: -e expression #${index}, char ${e.char}: ${e.message}\n`);
  return 1;
}

function usage(ctx: CommandContext): number {
  const name = progName(ctx);
  ctx.io.stderr.write(ctx.flavour === 'busybox' ? `Usage: sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n   or: sed [-i[SFX]] [-nrE] CMD [FILE]...\n` : `Usage: ${name} [OPTION]... {script-only-if-no-other-script} [input-file]...\n`);
  return 1;
}

export async function sed(ctx: CommandContext): Promise<number> {
  const name = progName(ctx);
  const o = options(ctx.argv.slice(1));
  if ('error' in o) {
    ctx.io.stderr.write(`${name}: ${o.error}\n`);
    return usage(ctx);
  }
  if (o.scripts.length === 0) {
    const s = o.files.shift();
    if (s === undefined) return usage(ctx);
    o.scripts.push(s);
  }
  const cmds: SedCmd[] = [];
  for (const [i, s] of o.scripts.entries()) {
    try {
      cmds.push(...parseScript(s, o.extended));
    } catch (e) {
      if (e instanceof SedError) return scriptError(ctx, e, i + 1);
      if (e instanceof SyntaxError) {
        ctx.io.stderr.write(`${name}: -e expression #${i + 1}, char ${s.length}: Invalid preceding regular expression\n`);
        return 1;
      }
      throw e;
    }
  }
  if (o.inPlace && o.files.length === 0) {
    ctx.io.stderr.write(ctx.flavour === 'busybox' ? `Usage: sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n` : `${name}: no input files\n`);
    return ctx.flavour === 'busybox' ? 1 : 1;
  }
  return runFiles(ctx, o, cmds);
}

function runFiles(ctx: CommandContext, o: Options, cmds: SedCmd[]): number {
  const run: Run = { cmds, quiet: o.quiet, n: 0 };
  const name = progName(ctx);
  let status = 0;
  const files = o.files.length === 0 ? ['-'] : o.files;
  let joined = '';
  for (const f of files) {
    if (run.quit !== undefined) break;
    let text: string;
    try {
      text = f === '-' ? ctx.io.stdin : ctx.fs.readFile(ctx.resolve(f));
    } catch (e) {
      ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: ${f}: ${errText(e)}\n` : `${name}: can't read ${f}: ${errText(e)}\n`);
      status = 2;
      continue;
    }
    if (!o.inPlace) {
      joined += joined !== '' && !joined.endsWith('\n') ? `\n${text}` : text;
      continue;
    }
    run.n = 0;
    for (const c of cmds) c.active = false;
    try {
      ctx.fs.writeFile(ctx.resolve(f), edit(run, text));
    } catch (e) {
      ctx.io.stderr.write(`${name}: couldn't open temporary file ${f}: ${errText(e)}\n`);
      return 4;
    }
  }
  if (!o.inPlace) ctx.io.stdout.write(edit(run, joined));
  return run.quit ?? status;
}
