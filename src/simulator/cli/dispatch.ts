// The one place where a docker command line becomes output and an exit code, as docker/cli's
// main does: global flags (HandleGlobalFlags, Initialize), finding the (sub)command (cobra's
// Traverse), --help, flag and argument-count errors, and every error a command or the daemon
// raises printed once on stderr with its exit code.
import { CliError, Interrupted } from '../errors/cli-error.ts';
import { DaemonError, daemonErrorText } from '../errors/daemon-error.ts';
import type { CommandContext, CommandSpec, GroupSpec, Output } from './command.ts';
import { FlagError, parseFlags } from './flags.ts';
import { initGlobalOptions } from './global-options.ts';
import { ROOT_FLAGS, ROOT_USE, rootHelp, versionLine } from './root.ts';
import { findForHelp, traverse, type Target } from './traverse.ts';
import { argsError, commandHelp, groupHelp, groupUseLine, useLine } from './usage.ts';
import { prepareCommand } from './prepare.ts';

export type BaseContext = Omit<CommandContext, 'path'>;

/** cobra's FlagErrorFunc: pflag's message, the usage line, exit 125. */
function flagError(message: string, use: string, path: string): CliError {
  return new CliError(`${message}\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`, 125);
}

/**
 * Parse `argv` as pflag would for a command, turning its errors into FlagErrorFunc's (docker's,
 * or a plugin root's `plain` one: the message alone, exit 1).
 */
function parseFor(argv: string[], specs: Parameters<typeof parseFlags>[1], use: string, path: string, interspersed = true, errors?: GroupSpec['flagErrors']) {
  try {
    return parseFlags(argv, specs, interspersed);
  } catch (e) {
    if (e instanceof FlagError) throw errors === 'plain' ? new CliError(e.message, 1) : flagError(e.message, use, path);
    throw e;
  }
}

/**
 * Help text. The root's closing line is bold (aec) when written to a terminal; the resolved
 * result keeps the plain text.
 */
function writeHelp(ctx: BaseContext, out: Output, text: string): void {
  const plain = 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/';
  if (!ctx.tty || !text.includes(plain)) {
    out.write(text);
    return;
  }
  out.streamOnly(text.replace(plain, `\x1b[1m${plain}\x1b[0m`));
  out.resultOnly(text);
}

/** Run `docker <argv...>`; returns the exit code after writing all output through ctx. */
export async function dispatch(argv: string[], ctx: BaseContext): Promise<number> {
  try {
    await prepareCommand(argv, ctx.engine);
    return await dispatchInner(argv, ctx);
  } catch (e) {
    if (e instanceof CliError) {
      if (e.message) ctx.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof DaemonError) {
      ctx.stderr.write(`${daemonErrorText(e)}\n`);
      return 1;
    }
    if (e instanceof Interrupted) return e.exitCode;
    throw e;
  }
}

async function dispatchInner(argv: string[], ctx: BaseContext): Promise<number> {
  const global = parseFor(argv, ROOT_FLAGS, ROOT_USE, 'docker', false);
  for (const w of global.warnings) ctx.stderr.write(`${w}\n`);
  const hosts = global.flags.host;
  if (Array.isArray(hosts) && hosts.length > 1) {
    throw flagError(`invalid argument ${JSON.stringify(hosts[1])} for "-H, --host" flag: specify only one -H`, ROOT_USE, 'docker');
  }
  const client = initGlobalOptions(global.flags, ctx.env);
  const base: BaseContext = { ...ctx, client };
  const version = global.flags.version === true;
  if (global.args.length === 0) return runRoot(base, [], global.help, version);
  return runTarget(base, traverse(global.args), global.help, version);
}

/**
 * `help` and `version` are the values the global flags left on the root's flags: --help is
 * persistent (every command sees it), --version is the root's own (`docker -v ps` runs ps).
 */
async function runTarget(ctx: BaseContext, target: Target, help: boolean, version: boolean): Promise<number> {
  switch (target.kind) {
    case 'root':
      return runRoot(ctx, target.args, help, version);
    case 'help':
      return runHelpCommand(ctx, target.args, help);
    case 'group':
      return runGroup(ctx, target.group, target.path, target.args, help);
    case 'command':
      for (const w of target.warnings ?? []) ctx.stderr.write(`${w}\n`);
      return runCommand(target.groupFlags ? { ...ctx, groupFlags: target.groupFlags } : ctx, target.spec, target.parentPath, target.args, help || target.help, target.group?.flagErrors);
    case 'error':
      throw new CliError(target.message, 1);
  }
}

/** The root command: help, --version, or `docker: unknown command` (its RunE). */
function runRoot(ctx: BaseContext, args: string[], help: boolean, version: boolean): number {
  const parsed = parseFor(args, ROOT_FLAGS, ROOT_USE, 'docker');
  if (help || parsed.help) {
    writeHelp(ctx, ctx.stdout, rootHelp());
    return 0;
  }
  if (version || parsed.flags.version === true) {
    ctx.stdout.write(`${versionLine()}\n`);
    return 0;
  }
  if (parsed.args.length === 0) {
    // command.ShowHelp(dockerCli.Err()): `docker` alone prints the help on stderr and succeeds.
    writeHelp(ctx, ctx.stderr, rootHelp());
    return 0;
  }
  throw new CliError(`docker: unknown command: docker ${parsed.args[0]}\n\nRun 'docker --help' for more information`, 1);
}

/** A management command run by itself: help (stdout with --help, stderr alone) or an unknown subcommand. */
async function runGroup(ctx: BaseContext, group: GroupSpec, path: string, args: string[], help: boolean): Promise<number> {
  const use = groupUseLine(group);
  const parsed = parseFor(args, group.flags ?? [], use, path, !group.flags, group.flagErrors);
  for (const w of parsed.warnings) ctx.stderr.write(`${w}\n`);
  if (help || parsed.help) {
    ctx.stdout.write(group.help?.(path) ?? groupHelp(path, group));
    return 0;
  }
  if (group.run) return (await group.run({ ...ctx, path }, parsed.args, parsed.flags)) ?? 0;
  if (parsed.args.length > 0) {
    // cli.NoArgs on a command with subcommands.
    throw new CliError(`docker: unknown command: ${path} ${parsed.args[0]}\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`, 1);
  }
  writeHelp(ctx, ctx.stderr, groupHelp(path, group));
  return 0;
}

async function runCommand(ctx: BaseContext, spec: CommandSpec, parentPath: string, args: string[], help: boolean, flagErrors?: GroupSpec['flagErrors']): Promise<number> {
  const path = `${parentPath} ${spec.name}`;
  const parsed = parseFor(args, spec.flags, useLine(parentPath, spec), path, spec.interspersed !== false, flagErrors);
  for (const w of parsed.warnings) ctx.stderr.write(`${w}\n`);
  if (help || parsed.help) {
    ctx.stdout.write(commandHelp(parentPath, spec));
    return 0;
  }
  const argErr = argsError(path, spec, parentPath, parsed.args.length);
  if (argErr) throw new CliError(argErr, 1);
  const connectError = ctx.client?.connectError;
  if (connectError && (!spec.reportsConnectError || ctx.client?.initError)) throw new CliError(connectError, 1);
  const code = await spec.run({ ...ctx, path }, parsed.args, parsed.flags);
  return typeof code === 'number' ? code : 0;
}

const HELP_USE = 'docker help [command]';

/** `docker help [COMMAND]`: cobra's help command (docker/cli's setupHelpCommand). */
function runHelpCommand(ctx: BaseContext, args: string[], help: boolean): number {
  const parsed = parseFor(args, [], HELP_USE, 'docker help');
  if (help || parsed.help) {
    ctx.stdout.write(`Usage:  ${HELP_USE}\n\nHelp about the command\n`);
    return 0;
  }
  const { target, rest } = findForHelp(parsed.args);
  if (rest.length > 0 || (parsed.args.length > 0 && !target)) {
    throw new CliError(`unknown help topic: ${rest.join(' ')}`, 1);
  }
  if (!target) writeHelp(ctx, ctx.stdout, rootHelp());
  else if (target.kind === 'group') ctx.stdout.write(target.group.help?.(target.path) ?? groupHelp(target.path, target.group));
  else if (target.kind === 'command') ctx.stdout.write(commandHelp(target.parentPath, target.spec));
  return 0;
}
