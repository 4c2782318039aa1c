// export, unset and exit: the builtins that change the shell itself. `export` alone lists the
// environment the way each shell does (bash `declare -x K="v"`, dash/busybox `export K='v'`).
import type { CommandContext } from '../command.ts';
import { ExitSignal, LoopSignal, ReturnSignal } from '../errors.ts';
import { builtinError } from '../messages.ts';
import { exportVar, getVar, setVar, unsetVar } from '../state.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function message(ctx: CommandContext, builtin: string, text: string): void {
  ctx.io.stderr.write(builtinError(ctx.shell.where(), builtin, text));
}

/** An error in a special builtin ends a non-interactive dash or busybox shell (POSIX). */
function special(ctx: CommandContext, status: number): number {
  if (ctx.flavour !== 'bash' && !ctx.shell.state.interactive) throw new ExitSignal(status);
  return status;
}

export function exportCmd(ctx: CommandContext): number {
  const state = ctx.shell.state;
  const args = ctx.argv.slice(1).filter((a) => a !== '-n' && a !== '-p');
  if (args.length === 0) {
    for (const k of Object.keys(state.env).sort()) {
      const v = state.env[k];
      ctx.io.stdout.write(ctx.flavour === 'bash' ? `declare -x ${k}="${v.replace(/(["\\$`])/g, '\\$1')}"\n` : `export ${k}='${v.replace(/'/g, "'\\''")}'\n`);
    }
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq === -1 ? a : a.slice(0, eq);
    if (!NAME.test(name)) {
      message(ctx, 'export', ctx.flavour === 'bash' ? `\`${a}': not a valid identifier` : `${a}: bad variable name`);
      status = special(ctx, ctx.flavour === 'bash' ? 1 : 2);
      continue;
    }
    exportVar(state, name, eq === -1 ? undefined : a.slice(eq + 1));
  }
  return status;
}

export function unset(ctx: CommandContext): number {
  for (const a of ctx.argv.slice(1)) if (a !== '-v' && a !== '-f') unsetVar(ctx.shell.state, a);
  return 0;
}

export function exit(ctx: CommandContext): number {
  const arg = ctx.argv[1];
  const state = ctx.shell.state;
  // An interactive bash says "exit" first, even when the arguments then turn out wrong.
  if (state.interactive && ctx.flavour === 'bash') ctx.io.stderr.write('exit\n');
  if (ctx.argv.length > 2 && ctx.flavour === 'bash') {
    message(ctx, 'exit', 'too many arguments');
    return 1;
  }
  let code = state.lastExit;
  if (arg !== undefined) {
    if (!/^[+-]?\d+$/.test(arg.trim())) {
      if (ctx.flavour === 'bash') message(ctx, 'exit', `${arg}: numeric argument required`);
      else message(ctx, 'exit', `Illegal number: ${arg}`);
      code = 2;
    } else code = ((Number(arg) % 256) + 256) % 256;
  }
  throw new ExitSignal(code);
}

/** `return [N]` from a function (bash's "can only `return' from a function" elsewhere). */
export function returnCmd(ctx: CommandContext): number {
  const arg = ctx.argv[1];
  throw new ReturnSignal(arg !== undefined && /^\d+$/.test(arg) ? Number(arg) % 256 : ctx.shell.state.lastExit);
}

/** `local NAME=value`: a plain assignment here (functions share the shell's variables). */
export function local(ctx: CommandContext): number {
  for (const a of ctx.argv.slice(1)) {
    const eq = a.indexOf('=');
    if (eq > 0) setVar(ctx.shell.state, a.slice(0, eq), a.slice(eq + 1));
  }
  return 0;
}

export function history(ctx: CommandContext): number {
  const list = ctx.shell.state.history;
  const fmt = ctx.flavour === 'busybox' ? (i: number) => `${String(i).padStart(4)} ` : (i: number) => `${String(i + 1).padStart(5)}  `;
  ctx.io.stdout.write(list.map((line, i) => `${fmt(i)}${line}\n`).join(''));
  return 0;
}

/** set: `set -e`/`+e`, `set -- args` (positional parameters); alone, the variables. */
export function set(ctx: CommandContext): number {
  const state = ctx.shell.state;
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    const names = [...new Set([...Object.keys(state.env), ...Object.keys(state.locals)])].sort();
    const quote = (v: string) => (ctx.flavour === 'dash' || /[^A-Za-z0-9_./:@%+=,-]/.test(v) || v === '' ? `'${v.replace(/'/g, "'\\''")}'` : v);
    ctx.io.stdout.write(names.map((n) => `${n}=${quote(getVar(state, n) ?? '')}\n`).join(''));
    return 0;
  }
  while (args.length > 0 && /^[-+][a-zA-Z]+$/.test(args[0])) {
    const opt = args.shift() as string;
    if (opt.includes('e')) state.errexit = opt.startsWith('-');
    if (opt.includes('o')) args.shift();
  }
  if (args[0] === '--') {
    args.shift();
    state.args = args;
  } else if (args.length > 0) state.args = args;
  return 0;
}

/** break [N] and continue [N]; outside a loop bash complains and goes on, the others ignore it. */
export function loopControl(ctx: CommandContext): number {
  const kind = ctx.argv[0] === 'break' ? 'break' : 'continue';
  const depth = ctx.shell.loopDepth();
  if (depth === 0) {
    if (ctx.flavour === 'bash') message(ctx, kind, "only meaningful in a `for', `while', or `until' loop");
    return 0;
  }
  const n = ctx.argv[1] === undefined ? 1 : Number(ctx.argv[1]);
  throw new LoopSignal(kind, Number.isInteger(n) && n > 0 ? Math.min(n, depth) : 1);
}
