// What the shell runs against, injected by its host (the learner's machine or a container):
// a filesystem, identity, processes, a clock, and hooks for time and for programs the shell
// does not implement itself (docker, curl, apt-get ...). Also the command interface.
import type { Vfs } from '../fs/types.ts';

/** Which shell is talking: decides messages, prompts and builtin quirks. */
export type Flavour = 'bash' | 'dash' | 'busybox';

export interface ShellUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  user: string;
  /** Full command line as `ps` shows it. */
  command: string;
  tty?: string;
  /** Start time (ms on the clock). */
  start: number;
  stat?: string;
  vsz?: number;
  rss?: number;
}

export interface Sink {
  write(text: string): void;
}

/** Streams of one command: stdin as a whole string (pipes run stage after stage). */
export interface CommandIO {
  stdin: string;
  /** What is left of stdin for `read`, shared by the commands of a block or loop. */
  input?: { rest: string };
  stdout: Sink;
  stderr: Sink;
  /** stdout is the terminal (ls prints columns, not one name per line). */
  tty: boolean;
  /** stdin is the learner's terminal (not a pipe, a file or a here-document): read it line by line. */
  terminal?: TerminalReader;
}

/** What the learner gives a program reading the terminal: a line, Ctrl+D (end of input) or Ctrl+C. */
export type TerminalInput = { kind: 'line'; text: string } | { kind: 'eof' } | { kind: 'interrupt' };

/**
 * The learner's terminal as a program reads it, one line at a time (psql at its prompt, a [y/N]
 * question). The prompt is the terminal's (what the UI shows before the line), not output;
 * `hidden` turns echo off (a password).
 */
export interface TerminalReader {
  read(prompt: string, opts?: { hidden?: boolean }): Promise<TerminalInput>;
}

export interface ExternalRequest {
  name: string;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  io: CommandIO;
  /** Run a command line in a child `sh -c` in `cwd` (as npm runs a package.json script). */
  sh?(command: string, io: CommandIO, env: Record<string, string>): Promise<number>;
}

export interface ShellHost {
  fs: Vfs;
  user: ShellUser;
  hostname: string;
  flavour: Flavour;
  now(): number;
  /** PID of this shell ($$). */
  pid: number;
  processes?(): ProcessInfo[];
  /** Deliver a signal; false when there is no such process. */
  signal?(pid: number, signal: string): boolean;
  /** Let `ms` of time pass (sleep); the host decides how. Default: return at once. */
  wait?(ms: number): Promise<'elapsed' | 'interrupted'>;
  /**
   * Waits suspend the process until the simulated clock gets there (a container's main process
   * in the background): each wait starts a fresh step count, so only a loop that never waits
   * is cut off as runaway.
   */
  waitsSuspend?: boolean;
  /** Programs the shell does not implement; undefined when the host has none by that name. */
  external?(request: ExternalRequest): Promise<number> | number | undefined;
  /**
   * `exec PROGRAM ARGS` (the builtin): the host may take the program over instead of the shell
   * running it (a container's main process becoming a server the simulator models); the shell
   * then ends with the returned status. Undefined: the shell execs it as usual.
   */
  execHandoff?(argv: string[], env: Record<string, string>, cwd: string): Promise<number> | undefined;
  /** Where a program lives, overriding the PATH search in `fs` (null: not installed). */
  findProgram?(name: string): string | null | undefined;
  /** uname facts; defaults describe a Linux x86_64 host. */
  kernel?: { release: string; version: string; machine: string };
  /** `bash` or `sh` typed at an interactive prompt: the session nests a new interactive shell. */
  enterShell?(flavour: Flavour, name: string): void;
  /** Streamed output of the top-level command, as produced. */
  onOutput?(text: string, stream: 'stdout' | 'stderr'): void;
  /** The learner's terminal: the stdin of commands whose input is not redirected. */
  terminal?: TerminalReader;
}

export interface Limits {
  /** Commands and loop iterations one run may take. */
  maxSteps: number;
  /** Bytes of output (all streams and pipes) one run may produce. */
  maxOutput: number;
}

export const DEFAULT_LIMITS: Limits = { maxSteps: 20000, maxOutput: 1 << 20 };
