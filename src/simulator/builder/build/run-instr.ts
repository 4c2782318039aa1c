// RUN as a step: the command (run-command.ts) with its mounts (run-mounts.ts) run by the simulated
// shell over the stage's files; output on the vertex with its times; a failure is BuildKit's
// `process "..." did not complete successfully: exit code: N`; the layer and history otherwise.
import { fileEntry } from '../../fs/entry.ts';
import { emptyTree, MemoryStore } from '../../fs/memory-fs.ts';
import type { Instruction } from '../parse/ast.ts';
import { runCommandString } from '../parse/args.ts';
import { expandMounts } from '../parse/expand.ts';
import { stageLayers, type StageState } from './layers.ts';
import { runCommand, type RunCommand } from './run-command.ts';
import { planMounts, type MountPlan } from './run-mounts.ts';
import { runStep } from './run-step.ts';
import { commit, lines, StepError, type StepEnv } from './step-base.ts';

type Run = Extract<Instruction, { kind: 'RUN' }>;

export interface PreparedRun {
  command: RunCommand;
  mounts: MountPlan;
}

export function prepareRun(env: StepEnv, s: StageState, i: Run): PreparedRun {
  const command = runCommand(i, s.config.Shell);
  const parsed = expandMounts(i, s.env, env.escapeToken);
  const mounts = planMounts({ engine: env.engine, context: env.context, secrets: env.secrets, storeOf: env.storeOf }, parsed, s.config.WorkingDir);
  if (command.pipe) {
    const store = new MemoryStore(emptyTree(env.engine.now()));
    store.put(`/${command.pipe.name}`, fileEntry(command.pipe.data, env.engine.now(), undefined, 0o755));
    mounts.mounts.push({ target: '/dev/pipes', store, readonly: true });
  }
  return { command, mounts };
}

function fail(i: Run, message: string): never {
  throw new StepError(message, message, lines(i));
}

export async function runInstr(env: StepEnv, s: StageState, i: Run, n: number, key: string, p: PreparedRun): Promise<void> {
  if (p.mounts.missing) fail(i, `secret ${p.mounts.missing}: not found`);
  const argv = p.command.argv;
  const start = env.engine.now();
  const t0 = start + 60 + env.engine.randInt(120);
  const r = await runStep({
    layers: stageLayers(env.engine, s),
    argv: p.command.exec ?? argv,
    env: { ...Object.fromEntries(s.env), ...p.mounts.env },
    cwd: s.config.WorkingDir,
    user: s.config.User,
    start: t0,
    mounts: p.mounts.mounts,
  });
  for (const o of r.output) env.progress.log(n, o.at - start, o.text);
  env.engine.advance(Math.max(0, r.end - env.engine.now()) + 40);
  const process = `process "${argv.join(' ')}" did not complete successfully`;
  if (r.exitCode === null) {
    fail(i, `${process}: runc run failed: unable to start container process: error during container init: exec: "${argv[0]}": stat ${argv[0]}: no such file or directory`);
  }
  if (r.exitCode !== 0) fail(i, `${process}: exit code: ${r.exitCode}`);
  commit(env, s, key, r.upper, `RUN ${runCommandString(argv, env.declared, s.env)} # buildkit`);
}
