// test and [: file tests, string and integer comparisons, ! -a -o and parentheses, with each
// shell's error texts ("bash: [: missing `]'", "[: a: integer expression expected").
import type { CommandContext } from '../command.ts';

class TestError extends Error {}

const UNARY = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-z', '-n', '-b', '-c', '-p', '-S', '-t', '-g', '-u', '-k', '-O', '-G']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '<', '>', '-nt', '-ot', '-ef']);

function messages(ctx: CommandContext) {
  const w = ctx.shell.where();
  const name = ctx.argv[0];
  const p = w.flavour === 'dash' ? `${w.name}: ${w.line}: ${name}: ` : w.flavour === 'busybox' ? `${w.name}: ` : w.interactive ? `${w.name}: ${name}: ` : `${w.name}: line ${w.line}: ${name}: `;
  return {
    prefix: p,
    integer: (a: string) => (w.flavour === 'bash' ? `${a}: integer expression expected` : w.flavour === 'dash' ? `Illegal number: ${a}` : `${a}: bad number`),
    missing: w.flavour === 'bash' ? "missing `]'" : 'missing ]',
  };
}

export function test(ctx: CommandContext): number {
  const m = messages(ctx);
  let args = ctx.argv.slice(1);
  if (ctx.argv[0] === '[') {
    if (args[args.length - 1] !== ']') {
      ctx.io.stderr.write(`${m.prefix}${m.missing}\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluate(ctx, args, m.integer) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    ctx.io.stderr.write(`${m.prefix}${e.message}\n`);
    return 2;
  }
}

function evaluate(ctx: CommandContext, args: string[], integer: (a: string) => string): boolean {
  let pos = 0;
  const peek = (k = 0) => args[pos + k];
  const int = (a: string): number => {
    if (!/^\s*[+-]?\d+\s*$/.test(a)) throw new TestError(integer(a));
    return Number(a);
  };
  const primary = (): boolean => {
    const a = args[pos++];
    if (a === undefined) throw new TestError('argument expected');
    if (a === '(' && pos < args.length) {
      const v = or();
      if (args[pos++] !== ')') throw new TestError("`)' expected");
      return v;
    }
    if (UNARY.has(a) && pos < args.length && !BINARY.has(peek() ?? '')) return unary(ctx, a, args[pos++]);
    if (BINARY.has(peek() ?? '') && pos + 1 < args.length) {
      const op = args[pos++];
      const b = args[pos++];
      switch (op) {
        case '=': case '==': return a === b;
        case '!=': return a !== b;
        case '<': return a < b;
        case '>': return a > b;
        case '-eq': return int(a) === int(b);
        case '-ne': return int(a) !== int(b);
        case '-lt': return int(a) < int(b);
        case '-le': return int(a) <= int(b);
        case '-gt': return int(a) > int(b);
        case '-ge': return int(a) >= int(b);
        default: return false;
      }
    }
    if (pos < args.length && peek() !== '-a' && peek() !== '-o' && peek() !== ')') {
      throw new TestError(args.length - pos > 1 ? 'too many arguments' : `${peek()}: binary operator expected`);
    }
    return a !== '';
  };
  const not = (): boolean => {
    if (peek() === '!' && pos + 1 < args.length) {
      pos++;
      return !not();
    }
    return primary();
  };
  const and = (): boolean => {
    let v = not();
    while (peek() === '-a' && pos + 1 < args.length) {
      pos++;
      v = not() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (peek() === '-o' && pos + 1 < args.length) {
      pos++;
      v = and() || v;
    }
    return v;
  };
  if (args.length === 0) return false;
  const v = or();
  if (pos < args.length) throw new TestError('too many arguments');
  return v;
}

function unary(ctx: CommandContext, op: string, a: string): boolean {
  if (op === '-z') return a === '';
  if (op === '-n') return a !== '';
  if (op === '-t') return false;
  const path = ctx.resolve(a);
  try {
    const st = op === '-L' || op === '-h' ? ctx.fs.lstat(path) : ctx.fs.stat(path);
    switch (op) {
      case '-f': return st.kind === 'file';
      case '-d': return st.kind === 'dir';
      case '-s': return st.size > 0 && st.kind === 'file';
      case '-L': case '-h': return st.kind === 'symlink';
      case '-x': return (st.mode & 0o111) !== 0 || (st.kind === 'dir' && ctx.host.user.uid === 0);
      case '-r': case '-w': return ctx.host.user.uid === 0 || (st.mode & (op === '-r' ? 0o444 : 0o222)) !== 0;
      case '-e': return true;
      default: return false;
    }
  } catch {
    return false;
  }
}
