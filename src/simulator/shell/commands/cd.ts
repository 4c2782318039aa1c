// cd and pwd, the shell builtins: logical paths (symlinks kept in $PWD, as `cd -L`), `cd` to
// $HOME, `cd -` to $OLDPWD (printing it), and each shell's wording when it fails.
import { resolvePath } from '../../fs/path.ts';
import type { CommandContext } from '../command.ts';
import { exportVar, getVar, setVar } from '../state.ts';
import { errText } from './util.ts';

function fail(ctx: CommandContext, text: string): number {
  ctx.io.stderr.write(builtinMsg(ctx, text));
  return ctx.flavour === 'bash' ? 1 : 2;
}

function builtinMsg(ctx: CommandContext, text: string): string {
  const w = ctx.shell.where();
  if (w.flavour === 'bash') return `${w.interactive ? `${w.name}: ` : `${w.name}: line ${w.line}: `}cd: ${text}\n`;
  if (w.flavour === 'dash') return `${w.name}: ${w.line}: cd: ${text}\n`;
  return w.interactive ? `${w.name}: cd: ${text}\n` : `${w.name}: cd: line ${w.line}: ${text}\n`;
}

export function cd(ctx: CommandContext): number {
  const state = ctx.shell.state;
  const args = ctx.argv.slice(1).filter((a, i) => !(i === 0 && (a === '-L' || a === '-P')));
  if (args.length > 1 && ctx.flavour === 'bash') return fail(ctx, 'too many arguments');
  let target: string | undefined = args[0];
  let print = false;
  if (target === undefined || target === '') {
    target = getVar(state, 'HOME');
    if (target === undefined) return fail(ctx, 'HOME not set');
  } else if (target === '-') {
    target = getVar(state, 'OLDPWD');
    if (target === undefined) return fail(ctx, 'OLDPWD not set');
    print = true;
  }
  const dir = resolvePath(state.cwd, target);
  try {
    const st = ctx.fs.stat(dir);
    if (st.kind !== 'dir') throw Object.assign(new Error('Not a directory'), { code: 'ENOTDIR' });
  } catch (e) {
    const text = e instanceof Error && 'code' in e && e.code === 'ENOTDIR' ? 'Not a directory' : errText(e);
    if (ctx.flavour === 'bash') return fail(ctx, `${target}: ${text}`);
    if (ctx.flavour === 'dash') return fail(ctx, `can't cd to ${target}`);
    return fail(ctx, `can't cd to ${target}: ${text}`);
  }
  const old = state.cwd;
  state.cwd = dir;
  setOrExport(ctx, 'OLDPWD', old);
  setOrExport(ctx, 'PWD', dir);
  if (print) ctx.io.stdout.write(`${dir}\n`);
  return 0;
}

function setOrExport(ctx: CommandContext, name: string, value: string): void {
  const state = ctx.shell.state;
  if (Object.hasOwn(state.env, name) || name === 'PWD') exportVar(state, name, value);
  else setVar(state, name, value);
}

export function pwd(ctx: CommandContext): number {
  ctx.io.stdout.write(`${ctx.shell.state.cwd}\n`);
  return 0;
}
