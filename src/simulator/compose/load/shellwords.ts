// mattn/go-shellwords Parse (ParseEnv and ParseBacktick off), which compose-go uses to split
// `command: npm run dev` and `entrypoint: ...` strings: quotes group, backslash escapes (\t and
// \n become tab and newline), and its quirks — parsing stops silently at an unquoted ; & | < >,
// an unquoted "(" not after "$" is an error, `$(...)` is kept as one word.

export class ShellwordsError extends Error {
  constructor() {
    super('invalid command line string');
  }
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

export function shellwords(line: string): string[] {
  const args: string[] = [];
  let buf = '';
  let escaped = false;
  let dq = false;
  let sq = false;
  let bq = false;
  let dollar = false;
  let got = false;
  for (const r of line) {
    if (escaped) {
      buf += r === 't' ? '\t' : r === 'n' ? '\n' : r;
      escaped = false;
      got = true;
      continue;
    }
    if (r === '\\') {
      if (sq) buf += r;
      else escaped = true;
      continue;
    }
    if (isSpace(r)) {
      if (sq || dq || bq || dollar) buf += r;
      else if (got) {
        args.push(buf);
        buf = '';
        got = false;
      }
      continue;
    }
    if (r === '`' && !sq && !dq && !dollar) bq = !bq;
    else if (r === ')' && !sq && !dq && !bq) {
      if (!dollar) throw new ShellwordsError();
      buf += r;
      dollar = false;
      got = true;
      continue;
    } else if (r === '(' && !sq && !dq && !bq) {
      if (!dollar && buf.endsWith('$')) {
        dollar = true;
        buf += '(';
        continue;
      }
      throw new ShellwordsError();
    } else if (r === '"' && !sq && !dollar) {
      if (dq) got = true;
      dq = !dq;
      continue;
    } else if (r === "'" && !dq && !dollar) {
      if (sq) got = true;
      sq = !sq;
      continue;
    } else if (';&|<>'.includes(r) && !(sq || dq || bq || dollar)) {
      if (r === '>' && buf.length > 0 && buf[0] >= '0' && buf[0] <= '9') got = false;
      break;
    }
    got = true;
    buf += r;
  }
  if (got) args.push(buf);
  if (escaped || sq || dq || bq || dollar) throw new ShellwordsError();
  return args;
}
