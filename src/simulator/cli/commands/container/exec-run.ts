// docker container exec / docker exec: what the command does (its spec, flags and help are in
// exec.ts, which loads this module the first time the command runs).
import { createExec } from '../../../engine/containers/exec.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { execProblem, runExec } from '../../../runtime/exec.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import { trimRef } from './each-container.ts';
import { parseEnvFile, validateDetachKeys } from './exec-options.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './exec.ts';

/** cli/streams In.CheckTty's error (docker/cli 29.4 and later; run-run.ts says it too). */
const NOT_A_TERMINAL = 'cannot attach stdin to a TTY-enabled container because stdin is not a terminal';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** opts.ValidateEnv on each -e (a flag error, 125), then ReadKVEnvStrings: the files' values first. */
function execEnv(ctx: CommandContext, files: string[], values: string[]): string[] {
  const bad = values.find((v) => v.split('=')[0] === '');
  if (bad !== undefined) {
    const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
    const message = `invalid argument "${bad}" for "-e, --env" flag: invalid environment variable: ${bad}`;
    throw new CliError(`${message}\n\nUsage:  ${parent} ${USE}\n\nRun '${ctx.path} --help' for more information`, 125);
  }
  const out: string[] = [];
  for (const f of files) out.push(...parseEnvFile(f, ctx.host.readFile?.(f), ctx.env));
  for (const v of values) out.push(v.includes('=') || ctx.env[v] === undefined ? v : `${v}=${ctx.env[v]}`);
  return out;
}

/** A shell that reads commands from its terminal: no -c, no script. */
function isInteractiveShell(argv: string[]): boolean {
  const name = argv[0].split('/').pop() ?? '';
  return SHELLS.has(name) && argv.slice(1).every((a) => a.startsWith('-') && !/^-[a-zA-Z]*c/.test(a));
}

export async function runExecCommand(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const [ref, ...argv] = args;
  const env = execEnv(ctx, flagList(flags, 'env-file'), flagList(flags, 'env'));
  validateDetachKeys(flagString(flags, 'detach-keys'));
  getContainer(ctx.engine, trimRef(ref));
  const tty = flagBool(flags, 'tty');
  const interactive = flagBool(flags, 'interactive');
  // In.CheckTty, after the inspect (no such container first), before the exec is created.
  if (!flagBool(flags, 'detach') && tty && interactive && !ctx.host.terminal) throw new CliError(NOT_A_TERMINAL, 1);
  const req = { argv, user: flagString(flags, 'user'), env, workdir: flagString(flags, 'workdir'), tty };
  const { container, spec } = createExec(ctx.engine, trimRef(ref), req);
  const engine = ctx.engine;
  if (flagBool(flags, 'detach')) {
    // A detached process runs to its end at once (its waits take no time here).
    void runExec(engine, container, spec, { stdin: '', stdout: () => {}, stderr: () => {}, wait: async () => 'elapsed' });
    return 0;
  }
  const stdin = interactive ? (ctx.host.stdin?.() ?? '') : '';
  // A shell on the learner's terminal (-i, stdin not piped): the terminal enters it.
  if (interactive && stdin === '' && isInteractiveShell(argv) && ctx.host.enterContainerShell) {
    const problem = execProblem(engine, container, spec);
    if (problem) {
      ctx.stdout.write(`${problem.text}\n`);
      return problem.code;
    }
    return ctx.host.enterContainerShell(container.id, { exec: spec });
  }
  // Any other program with -i reads the learner's terminal itself (psql, redis-cli at their prompts).
  const terminal = interactive && stdin === '' ? ctx.host.terminal : undefined;
  return runExec(engine, container, spec, { stdin, terminal, stdout: (t) => ctx.stdout.write(t), stderr: (t) => ctx.stderr.write(t), wait: ctx.wait });
}
