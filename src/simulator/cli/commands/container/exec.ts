// docker container exec / docker exec: run a command in a running container. With -it and a
// shell the terminal enters that shell (exit leaves the container running); otherwise the
// command's output streams until it ends and its status is the command's. Flags: -d, -e,
// --env-file, -i, -t, -u, -w, --privileged (accepted), --detach-keys (validated).
import { createExec } from '../../../engine/containers/exec.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { execProblem, runExec } from '../../../runtime/exec.ts';
import type { CommandContext, CommandSpec } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import { trimRef } from './each-container.ts';
import { parseEnvFile, validateDetachKeys } from './exec-options.ts';

const USE = 'exec [OPTIONS] CONTAINER COMMAND [ARG...]';
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

export const exec: CommandSpec = {
  name: 'exec',
  use: USE,
  short: 'Execute a command in a running container',
  aliasesLine: 'docker container exec, docker exec',
  interspersed: false,
  args: { min: 2 },
  flags: [
    { name: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
    { name: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
    { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
    { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    { name: 'user', short: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
  ],
  async run(ctx, args, flags) {
    const [ref, ...argv] = args;
    const env = execEnv(ctx, flagList(flags, 'env-file'), flagList(flags, 'env'));
    validateDetachKeys(flagString(flags, 'detach-keys'));
    getContainer(ctx.engine, trimRef(ref));
    const tty = flagBool(flags, 'tty');
    const interactive = flagBool(flags, 'interactive');
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
    return runExec(engine, container, spec, { stdin, stdout: (t) => ctx.stdout.write(t), stderr: (t) => ctx.stderr.write(t), wait: ctx.wait });
  },
};
