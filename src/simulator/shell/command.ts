// The interface every builtin and command implements: argv, streams, the filesystem and the
// shell around it. Commands return their exit status and never throw for ordinary failures.
import type { Vfs } from '../fs/types.ts';
import type { CommandIO, Flavour, ShellHost } from './context.ts';
import type { Where } from './messages.ts';
import type { ShellState } from './state.ts';

export interface ShellApi {
  state: ShellState;
  where(): Where;
  /** Run shell source in a child shell (bash -c, sh script.sh): its own variables, same host. */
  runChild(opts: { source: string; flavour: Flavour; name: string; args: string[]; io: CommandIO; env?: Record<string, string>; command?: boolean }): Promise<number>;
  /** Let time pass (sleep); ends the run when interrupted. */
  wait(ms: number): Promise<void>;
  /** Names of the builtins and implemented commands (for `type`, `which`). */
  isBuiltin(name: string): boolean;
  /** Where `name` would be found on PATH, as exec would find it. */
  findProgram(name: string): string | null;
  /** Which shell a program path runs (sh may be dash or busybox). */
  flavourOf(path: string): Flavour;
  /** Run source in this very shell (eval, `.`): its variables and cd stay. */
  evaluate(source: string, io: CommandIO): Promise<number>;
  /** Loops enclosing the running builtin (break and continue need one). */
  loopDepth(): number;
  /** exec a program (no builtins) with this environment: `env X=1 cmd`, `xargs`. */
  exec(argv: string[], io: CommandIO, env: Record<string, string>): Promise<number>;
}

export interface CommandContext {
  argv: string[];
  io: CommandIO;
  fs: Vfs;
  cwd: string;
  /** The environment the program sees (exported variables plus prefix assignments). */
  env: Record<string, string>;
  host: ShellHost;
  /** GNU coreutils texts, or busybox applet texts when the shell is busybox. */
  flavour: Flavour;
  resolve(path: string): string;
  shell: ShellApi;
}

export type CommandFn = (ctx: CommandContext) => number | Promise<number>;
