// A shell's own state, plain JSON so a session can be snapshotted: variables (exported or
// not), functions (their syntax trees), working directory, last status, positional parameters
// and history.
import type { Command } from './ast.ts';

export interface ShellState {
  /** Exported variables, in the order they were set: what `env` prints. */
  env: Record<string, string>;
  /** Shell variables that are not exported. */
  locals: Record<string, string>;
  cwd: string;
  lastExit: number;
  /** $0 and $1..$n. */
  name: string;
  args: string[];
  history: string[];
  functions: Record<string, Command>;
  /** Interactive shells print "command not found" without a line number and ask for more input. */
  interactive: boolean;
  /** `set -e`. */
  errexit?: boolean;
  /** Line number offset of the current script or -c string, for messages. */
  lineBase?: number;
}

export function newState(init: Partial<ShellState> & { cwd: string }): ShellState {
  return { env: {}, locals: {}, lastExit: 0, name: 'bash', args: [], history: [], functions: {}, interactive: false, ...init };
}

export function getVar(s: ShellState, name: string): string | undefined {
  if (Object.hasOwn(s.locals, name)) return s.locals[name];
  return Object.hasOwn(s.env, name) ? s.env[name] : undefined;
}

export function setVar(s: ShellState, name: string, value: string): void {
  if (Object.hasOwn(s.env, name)) s.env[name] = value;
  else s.locals[name] = value;
}

export function exportVar(s: ShellState, name: string, value?: string): void {
  const v = value ?? getVar(s, name);
  delete s.locals[name];
  if (v !== undefined) s.env[name] = v;
  else s.env[name] = '';
}

export function unsetVar(s: ShellState, name: string): void {
  delete s.locals[name];
  delete s.env[name];
}

/** A copy for a subshell or command substitution: changes there never come back. */
export function forkState(s: ShellState): ShellState {
  return { ...s, env: { ...s.env }, locals: { ...s.locals }, args: [...s.args], functions: { ...s.functions }, history: s.history };
}

/** What a shell does to its environment when it starts: PWD, and bash's SHLVL. */
export function startShell(s: ShellState, bash: boolean): ShellState {
  s.env.PWD ??= s.cwd;
  if (bash) {
    const level = Number(s.env.SHLVL ?? '0');
    delete s.env.SHLVL;
    s.env.SHLVL = String((Number.isInteger(level) ? level : 0) + 1);
  }
  return s;
}

/** bash's FNV-1 string hash (hashlib.c), which orders its variable table. */
function fnv1(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) {
    h = Math.imul(h, 16777619) >>> 0;
    h = (h ^ name.charCodeAt(i)) >>> 0;
  }
  return h;
}

/**
 * The environment in the order bash hands it to programs: by bucket of its 1024-bucket
 * variable table, then `_` last. That is why `env` in a container prints HOSTNAME, PWD, HOME,
 * TERM, SHLVL, PATH in that order.
 */
export function bashEnvOrder(env: Record<string, string>): Record<string, string> {
  const names = Object.keys(env).filter((n) => n !== '_');
  names.sort((a, b) => (fnv1(a) & 1023) - (fnv1(b) & 1023));
  const out: Record<string, string> = {};
  for (const n of names) out[n] = env[n];
  if (Object.hasOwn(env, '_')) out._ = env._;
  return out;
}
