// grep [-i -v -n -c -l -L -r -R -w -x -q -s -h -H -o -E -F -e PAT]: basic regular expressions
// translated to JavaScript ones (\( \) \{ \} \| literal-vs-special as POSIX says), file name
// prefixes with several files or -r, exit 0 on a match, 1 on none, 2 on trouble.
import type { CommandContext } from '../command.ts';
import { badOption, errText, lines, parseOptions, progName } from './util.ts';

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v', blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f',
};

/** POSIX BRE/ERE to a JavaScript source string. */
export function toJsRegex(pattern: string, extended: boolean): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') {
      const end = pattern.indexOf(']', i + (pattern[i + 1] === '^' ? 3 : 2));
      if (end !== -1) {
        out += pattern.slice(i, end + 1).replace(/\[:(\w+):\]/g, (m, n: string) => CLASSES[n] ?? m).replace(/\\/g, '\\\\');
        i = end;
        continue;
      }
    }
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i];
      if (!extended && '(){}|+?'.includes(n)) out += n;
      else out += `\\${n}`;
    } else if (!extended && '(){}|+?'.includes(c)) out += `\\${c}`;
    else if (c === '/') out += '\\/';
    else out += c;
  }
  return out;
}

export function grep(ctx: CommandContext): number {
  const name = progName(ctx);
  const opts = parseOptions(ctx.argv.slice(1), {
    flags: 'ivnclLrRwxqshHoEFG',
    withArg: 'em',
    long: { 'ignore-case': 'i', 'invert-match': 'v', 'line-number': 'n', count: 'c', recursive: 'r', quiet: 'q', regexp: 'e', color: 'Z', colour: 'Z' },
  });
  if ('error' in opts) return badOption(ctx, opts.error, 2);
  const f = opts.flags;
  const operands = [...opts.operands];
  const pattern = opts.values.e ?? operands.shift();
  if (pattern === undefined) {
    ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: bad usage\n` : `Usage: ${name} [OPTION]... PATTERNS [FILE]...\nTry '${name} --help' for more information.\n`);
    return 2;
  }
  let source = f.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : toJsRegex(pattern, f.has('E'));
  if (f.has('w')) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  if (f.has('x')) source = `^(?:${source})$`;
  let re: RegExp;
  try {
    re = new RegExp(source, f.has('i') ? 'gi' : 'g');
  } catch (e) {
    const why = String(e);
    const text = /out of order/.test(why) ? 'Invalid range end' : /class|\[/.test(why) && !/group|\(/.test(why) ? 'Unmatched [, [^, [:, [., or [=' : /\)/.test(why) ? 'Unmatched ) or \\)' : 'Unmatched ( or \\(';
    ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: bad regex '${pattern}': ${text}\n` : `${name}: ${text}\n`);
    return 2;
  }
  const recursive = f.has('r') || f.has('R');
  const files = operands.length > 0 ? operands : recursive ? ['.'] : ['-'];
  const inputs: { label: string; text: string }[] = [];
  let trouble = false;
  const walk = (label: string, path: string, top: boolean) => {
    try {
      const st = top ? ctx.fs.stat(path) : ctx.fs.lstat(path);
      if (st.kind === 'dir') {
        if (!recursive) {
          // busybox grep passes over a directory silently.
          if (!f.has('s') && ctx.flavour !== 'busybox') ctx.io.stderr.write(`${name}: ${label}: Is a directory\n`);
          return;
        }
        for (const n of ctx.fs.readdir(path)) walk(label === '.' && operands.length === 0 ? n : `${label.replace(/\/$/, '')}/${n}`, `${path === '/' ? '' : path}/${n}`, false);
      } else if (st.kind === 'file') inputs.push({ label, text: ctx.fs.readFile(path) });
    } catch (e) {
      trouble = true;
      if (!f.has('s')) ctx.io.stderr.write(`${name}: ${label}: ${errText(e)}\n`);
    }
  };
  for (const file of files) {
    if (file === '-') inputs.push({ label: '(standard input)', text: ctx.io.stdin });
    else walk(file, ctx.resolve(file), true);
  }
  const prefixNames = f.has('H') || (!f.has('h') && (files.length > 1 || recursive));
  let matched = false;
  for (const { label, text } of inputs) {
    let n = 0;
    const out: string[] = [];
    lines(text).forEach((line, i) => {
      re.lastIndex = 0;
      const hit = re.test(line) !== f.has('v');
      if (!hit) return;
      n++;
      if (f.has('o') && !f.has('v')) {
        for (const m of line.match(re) ?? []) if (m !== '') out.push(`${prefixNames ? `${label}:` : ''}${f.has('n') ? `${i + 1}:` : ''}${m}`);
      } else out.push(`${prefixNames ? `${label}:` : ''}${f.has('n') ? `${i + 1}:` : ''}${line}`);
    });
    if (n > 0) matched = true;
    if (f.has('q')) continue;
    if (f.has('l')) {
      if (n > 0) ctx.io.stdout.write(`${label}\n`);
    } else if (f.has('L')) {
      if (n === 0) ctx.io.stdout.write(`${label}\n`);
    } else if (f.has('c')) ctx.io.stdout.write(`${prefixNames ? `${label}:` : ''}${n}\n`);
    else if (out.length > 0) ctx.io.stdout.write(`${out.join('\n')}\n`);
  }
  if (f.has('q') && matched) return 0;
  return trouble ? 2 : matched ? 0 : 1;
}
