// Starting a `docker exec` process in a running container (ContainerExecStart): runc changes to
// the working directory and finds the program on the process's PATH, or the start fails with
// its error (which the daemon writes into the attached stream, exit 126/127); then the program
// runs in the shell over the container's files, beside the main process, in `ps` while it runs.
import { containerFs, syncSizeRw } from '../engine/containers/container-fs.ts';
import { execStartError, lookPath } from '../engine/containers/exec-path.ts';
import type { ExecSpec } from '../engine/containers/exec.ts';
import { resolveUser } from '../engine/containers/user.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import { DEFAULT_LIMITS, type TerminalReader } from '../shell/context.ts';
import { runArgv } from '../shell/shell.ts';
import { containerShellHost } from './container-host.ts';
import { runtimeOf } from './runtime.ts';

export interface ExecIO {
  stdin: string;
  /** The learner's terminal as its stdin (`docker exec -it db psql`), when nothing is piped in. */
  terminal?: TerminalReader;
  stdout(text: string): void;
  stderr(text: string): void;
  wait(ms: number): Promise<'elapsed' | 'interrupted'>;
}

/** runc's failure to start the process, as `docker exec` prints it, with its exit code. */
export function execProblem(engine: Engine, c: ContainerRecord, spec: ExecSpec): { text: string; code: 126 | 127 } | undefined {
  const fs = containerFs(engine, c);
  let cwdError: string | undefined;
  try {
    if (fs.stat(spec.workdir).kind !== 'dir') cwdError = 'not a directory';
  } catch {
    cwdError = 'no such file or directory';
  }
  if (cwdError) {
    return { text: execStartError(`chdir to cwd (${JSON.stringify(spec.workdir)}) set in config.json failed: ${cwdError}`, 127), code: 127 };
  }
  const found = lookPath(fs, spec.argv[0], spec.env.PATH, spec.workdir);
  return 'why' in found ? { text: execStartError(found.why, found.code), code: found.code } : undefined;
}

/** Run the exec'd program to its end; returns its exit status. */
export async function runExec(engine: Engine, c: ContainerRecord, spec: ExecSpec, io: ExecIO): Promise<number> {
  const problem = execProblem(engine, c, spec);
  if (problem) {
    io.stdout(`${problem.text}\n`);
    return problem.code;
  }
  const table = runtimeOf(engine).processes;
  const user = resolveUser(containerFs(engine, c), spec.user);
  const pid = table.add(c, spec.argv.join(' '), user.name ?? String(user.uid), spec.tty, engine.now());
  const host = containerShellHost(engine, c, {
    user,
    pid,
    now: () => engine.now(),
    wait: io.wait,
    processes: () => table.list(engine, c),
    // With a TTY the program's stderr is the same terminal as its stdout.
    onOutput: (text, stream) => (stream === 'stdout' || spec.tty ? io.stdout(text) : io.stderr(text)),
  });
  if (io.terminal) host.terminal = io.terminal;
  try {
    const r = await runArgv(host, spec.argv, { cwd: spec.workdir, env: spec.env }, DEFAULT_LIMITS, spec.tty, io.stdin);
    return r?.exitCode ?? 127;
  } finally {
    table.remove(c, pid);
    syncSizeRw(engine, c);
  }
}
