// type NAME... and command -v NAME: where a name would come from (function, builtin or a path
// on PATH), as scripts check for a program before using it; eval and `.`/source, which run
// text in the current shell (`. /etc/os-release; echo $ID`).
import type { CommandContext } from '../command.ts';
import { ExitSignal } from '../errors.ts';

function describe(ctx: CommandContext, name: string): { path: string | null; kind: 'function' | 'builtin' | 'file' | null } {
  if (Object.hasOwn(ctx.shell.state.functions, name)) return { path: name, kind: 'function' };
  if (ctx.shell.isBuiltin(name)) return { path: name, kind: 'builtin' };
  const path = name.includes('/') ? (ctx.fs.exists(ctx.resolve(name)) ? name : null) : ctx.shell.findProgram(name);
  return { path, kind: path ? 'file' : null };
}

export function type(ctx: CommandContext): number {
  let status = 0;
  for (const name of ctx.argv.slice(1)) {
    const d = describe(ctx, name);
    if (d.kind === 'function') ctx.io.stdout.write(`${name} is a ${ctx.flavour === 'dash' ? 'shell function' : 'function'}\n`);
    else if (d.kind === 'builtin') ctx.io.stdout.write(`${name} is a shell builtin\n`);
    else if (d.kind === 'file') ctx.io.stdout.write(`${name} is ${d.path}\n`);
    else {
      const w = ctx.shell.where();
      if (ctx.flavour === 'bash') ctx.io.stderr.write(`${w.interactive ? `${w.name}: ` : `${w.name}: line ${w.line}: `}type: ${name}: not found\n`);
      else ctx.io.stdout.write(`${name}: not found\n`);
      status = ctx.flavour === 'bash' ? 1 : 127;
    }
  }
  return status;
}

/** `command -v NAME` (and `command NAME args`, which skips functions). */
export async function command(ctx: CommandContext): Promise<number> {
  const args = ctx.argv.slice(1);
  if (args[0] === '-v' || args[0] === '-V') {
    // bash looks up every name (success when one is found); dash and busybox only the first.
    const names = ctx.flavour === 'bash' ? args.slice(1) : args.slice(1, 2);
    let found = 0;
    for (const name of names) {
      const d = describe(ctx, name);
      if (d.path) {
        ctx.io.stdout.write(`${d.path}\n`);
        found++;
      }
    }
    return found > 0 ? 0 : ctx.flavour === 'bash' ? 1 : 127;
  }
  if (args.length === 0) return 0;
  return ctx.shell.exec(args, ctx.io, ctx.env);
}

export function evalCmd(ctx: CommandContext): Promise<number> | number {
  const source = ctx.argv.slice(1).join(' ');
  return source.trim() === '' ? 0 : ctx.shell.evaluate(source, ctx.io);
}

export function source(ctx: CommandContext): Promise<number> | number {
  const file = ctx.argv[1];
  const w = ctx.shell.where();
  if (file === undefined) {
    if (ctx.flavour === 'bash') ctx.io.stderr.write(`${w.interactive ? `${w.name}: ` : `${w.name}: line ${w.line}: `}${ctx.argv[0]}: filename argument required\n${ctx.argv[0]}: usage: ${ctx.argv[0]} filename [arguments]\n`);
    return 2;
  }
  let text: string;
  try {
    text = ctx.fs.readFile(ctx.resolve(file));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (ctx.flavour === 'bash') ctx.io.stderr.write(`${w.interactive ? `${w.name}: ` : `${w.name}: line ${w.line}: `}${file}: ${msg}\n`);
    else if (ctx.flavour === 'dash') ctx.io.stderr.write(`${w.name}: ${w.line}: ${ctx.argv[0]}: cannot open ${file}: No such file\n`);
    else ctx.io.stderr.write(`${w.name}: ${ctx.argv[0]}: line ${w.line}: can't open '${file}': ${msg}\n`);
    if (ctx.flavour === 'bash') return 1;
    // `.` is a special builtin: its failure ends a non-interactive dash or busybox shell.
    if (!ctx.shell.state.interactive) throw new ExitSignal(2);
    return 2;
  }
  return ctx.shell.evaluate(text, ctx.io);
}
