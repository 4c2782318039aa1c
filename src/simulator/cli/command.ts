// What a docker command is: a declarative spec (use line, flags, argument count, help text) and
// one run function. The dispatcher parses flags, checks arguments and turns thrown errors into
// stderr and an exit code; a command only calls the engine and writes its output.
import type { Engine } from '../engine/engine.ts';
import type { ExecSpec } from '../engine/containers/exec.ts';
import type { Vfs } from '../fs/types.ts';
import type { TerminalReader } from '../shell/context.ts';
import type { FlagSpec, ParsedFlags } from './flags.ts';

export interface Output {
  /** Text for both the live stream and the command's result. */
  write(text: string): void;
  /** Text only for the live terminal stream (in-place progress drawn with ANSI on a TTY). */
  streamOnly(text: string): void;
  /** Text only for the resolved result (the plain, non-TTY rendering of progress). */
  resultOnly(text: string): void;
}

export interface CommandContext {
  engine: Engine;
  stdout: Output;
  stderr: Output;
  /** The client's stdout is a terminal: progress is drawn in place (ANSI), as docker does on a TTY. */
  tty: boolean;
  /** The command path as invoked, e.g. 'docker container rm' or 'docker rm'. */
  path: string;
  /** The host shell's environment (for `-e KEY` without a value, `--env-file` lookups ...). */
  env: Record<string, string>;
  /** Host-side services a command may need (files, the interactive session); filled by the session. */
  host: HostServices;
  /**
   * Wait `ms` of simulated time on behalf of the learner (an attached container, `logs -f`).
   * Resolves 'interrupted' on Ctrl+C. `ms` Infinity waits for Ctrl+C only.
   */
  wait(ms: number): Promise<'elapsed' | 'interrupted'>;
  /** Resolves once the world changes (a container exits, a log line is written) or Ctrl+C. */
  waitForChange(ms?: number): Promise<'changed' | 'elapsed' | 'interrupted'>;
  /** The CLI's global options (-D, --context, -H) as resolved by the dispatcher. */
  client?: ClientOptions;
  /** Flags given to the command's group before it (`docker compose -f a.yml up`: -f). */
  groupFlags?: ParsedFlags;
}

export interface ClientOptions {
  context: string;
  debug: boolean;
  /** Set when -H/--context point at no daemon: the error a daemon request fails with. */
  connectError?: string;
  /** The client could not even be set up (an unknown context): nothing is printed before the error. */
  initError?: boolean;
}

/** Services of the host session a docker command may use; later issues widen this. */
export interface HostServices {
  /** Read a host file by absolute or cwd-relative path, or undefined when it does not exist. */
  readFile?(path: string): string | undefined;
  /**
   * Enter an interactive shell inside a container (docker run -it, exec -it, start -ai); resolves
   * with the shell's exit code once the learner leaves it. Without `exec` it is the container's
   * main process (a shell, or another program reading the terminal: `run -it postgres psql`);
   * with it, a process `docker exec` starts (its argv, user, env and workdir).
   */
  enterContainerShell?(containerId: string, opts: { execId?: string; shell?: string[]; exec?: ExecSpec }): Promise<number>;
  /** One line of the learner's stdin (a [y/N] prompt); undefined at end of input. */
  readLine?(): Promise<string | undefined>;
  /** The learner's terminal when it is the command's stdin (not piped): `docker exec -it db psql` hands it on. */
  terminal?: TerminalReader;
  /** What is piped into the command's stdin (`echo x | docker exec -i c cat`); undefined for the terminal. */
  stdin?(): string | undefined;
  /** The host's files as the learner sees them, and the shell's working directory (docker cp, build contexts). */
  hostFs?(): { fs: Vfs; cwd: string };
  /** The command's stdout is the learner's terminal (docker cp then prints its summary). */
  isTerminal?: boolean;
}


export interface ArgsRule {
  min?: number;
  max?: number;
}

export interface CommandSpec {
  /** The word that invokes it under its parent: 'rm'. */
  name: string;
  /** Other words for it under the same parent: ['remove']. */
  aliases?: string[];
  /** cobra's Use: 'rm [OPTIONS] CONTAINER [CONTAINER...]'. */
  use: string;
  short: string;
  long?: string;
  example?: string;
  /** The 'Aliases:' line of --help, e.g. 'docker container rm, docker container remove, docker rm'. */
  aliasesLine?: string;
  flags: FlagSpec[];
  args?: ArgsRule;
  /** false for run/create/exec: flags stop at the first argument (the image or container). */
  interspersed?: boolean;
  run(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number | void> | number | void;
  /**
   * Prints client-side output before it needs the daemon (docker version, docker info): it gets
   * ctx.client.connectError instead of the dispatcher failing it up front.
   */
  reportsConnectError?: boolean;
}

/** A management command (docker container, docker image ...) grouping subcommands. */
export interface GroupSpec {
  name: string;
  /** cobra's Use when it is more than the name ('volume COMMAND'): the group's usage line in errors. */
  use?: string;
  short: string;
  aliases?: string[];
  commands: CommandSpec[];
  /**
   * Flags the group parses itself before its subcommand, as a plugin root does (cobra's
   * TraverseChildren): `docker compose -p demo up`. Subcommands see them as ctx.groupFlags.
   */
  flags?: FlagSpec[];
  /**
   * The group's FlagErrorFunc, which its subcommands inherit (cobra walks up to it): 'plain' is a
   * plugin root's StatusError{StatusCode: 1, Status: err.Error()} (compose's main): pflag's
   * message alone and exit 1, instead of docker's usage line and 125.
   */
  flagErrors?: 'plain';
  /** The group's own help text (a plugin root's), instead of the management-command layout. */
  help?(path: string): string;
  /** Runs when no subcommand is named (a plugin root's RunE); without it, help or unknown command. */
  run?(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number | void> | number | void;
}

export function flagBool(flags: ParsedFlags, name: string): boolean {
  return flags[name] === true;
}

export function flagString(flags: ParsedFlags, name: string, fallback = ''): string {
  const v = flags[name];
  return typeof v === 'string' ? v : fallback;
}

export function flagInt(flags: ParsedFlags, name: string, fallback: number): number {
  const v = flags[name];
  return typeof v === 'number' ? v : fallback;
}

export function flagList(flags: ParsedFlags, name: string): string[] {
  const v = flags[name];
  return Array.isArray(v) ? v : [];
}

/** Whether a flag was given at all (pflag's Changed). */
export function flagSet(flags: ParsedFlags, name: string): boolean {
  return flags[name] !== undefined;
}
