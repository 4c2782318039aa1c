// The layer steps of a stage (RUN, COPY/ADD, WORKDIR) with the layer cache: a hit prints
// `#N CACHED` and takes the cached layers; a miss runs the step and records it under its key.
import type { LayerEntry } from '../../fs/types.ts';
import { createUnionFs } from '../../fs/union-fs.ts';
import { envToStrings } from '../parse/env-list.ts';
import type { Download } from './add-url.ts';
import { filesChecksum, stepKey } from './cache-key.ts';
import type { BuildContext } from './context.ts';
import { MissingSourceError } from './copy.ts';
import { copyHistory, planInputs, writeInputs, type CopyInput, type CopyInstr } from './copy-step.ts';
import { stageLayers, type StageState } from './layers.ts';
import { prepareRun, runInstr, type PreparedRun } from './run-instr.ts';
import { commit, lines, resolvePath, StepError, type Step, type StepEnv } from './step-base.ts';

export { StepError, type StepEnv } from './step-base.ts';

/** A writable layer over the stage's files; over `scratch` it first gets the root directory. */
function stageFs(env: StepEnv, s: StageState): { upper: Record<string, LayerEntry>; fs: ReturnType<typeof createUnionFs> } {
  const layers = stageLayers(env.engine, s);
  const upper: Record<string, LayerEntry> = layers.length ? {} : { '/': { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: env.engine.now() } };
  return { upper, fs: createUnionFs({ layers, upper, now: () => env.engine.now() }) };
}

function copySource(env: StepEnv, i: CopyInstr): BuildContext {
  if (i.kind !== 'COPY' || !i.from) return env.context;
  const files = env.fromFiles(i.from, i.sources);
  if (files) return files;
  const msg = `COPY --from=${i.from}: no stage or image by that name`;
  throw new StepError(msg, msg, lines(i));
}

interface Prepared {
  key: string;
  copy?: CopyInput;
  run?: PreparedRun;
}

/** Key of the step and what it needs (computed before the cache lookup, as BuildKit does). */
function prepare(env: StepEnv, s: StageState, i: Step, downloads: readonly Download[]): Prepared {
  const runEnv = JSON.stringify({ env: envToStrings(s.env), wd: s.config.WorkingDir, user: s.config.User, shell: s.config.Shell ?? null });
  if (i.kind === 'RUN') {
    const run = prepareRun(env, s, i);
    return { key: stepKey(s.key, `${i.original}\n${JSON.stringify(i.heredocs)}\n${runEnv}`, run.mounts.keyPart), run };
  }
  if (i.kind === 'WORKDIR') return { key: stepKey(s.key, `WORKDIR ${resolvePath(s.config.WorkingDir, i.path)}`) };
  const dest = resolvePath(s.config.WorkingDir, i.dest);
  let copy: CopyInput;
  try {
    copy = planInputs(i, copySource(env, i), dest, env.contextRef, downloads);
  } catch (e) {
    if (!(e instanceof MissingSourceError)) throw e;
    throw new StepError(e.message, `failed to compute cache key: ${e.message}`, lines(i));
  }
  const from = i.kind === 'COPY' ? i.from : '';
  const text = `${i.kind} ${from} ${JSON.stringify(i.sources)} ${dest} ${i.chown} ${i.chmod} ${i.kind === 'COPY' && i.parents}`;
  return { key: stepKey(s.key, text, filesChecksum(copy.plan.files)), copy };
}

async function runCopy(env: StepEnv, s: StageState, i: CopyInstr, copy: CopyInput, key: string): Promise<void> {
  const dest = resolvePath(s.config.WorkingDir, i.dest);
  const { upper, fs } = stageFs(env, s);
  try {
    await writeInputs(fs, i, copy, dest);
  } catch (e) {
    if (!(e instanceof MissingSourceError)) throw e;
    throw new StepError(e.message, e.message, lines(i));
  }
  env.engine.advance(20 + env.engine.randInt(40));
  commit(env, s, key, upper, `${copyHistory(i)} # buildkit`);
}

/** Run one layer step (already expanded) as vertex `n`; false when it came from the cache. */
export async function layerStep(env: StepEnv, s: StageState, i: Step, n: number, downloads: readonly Download[] = []): Promise<boolean> {
  const start = env.engine.now();
  const p = prepare(env, s, i, downloads);
  if (i.kind === 'WORKDIR') s.config.WorkingDir = resolvePath(s.config.WorkingDir, i.path).replace(/(.)\/+$/, '$1');
  const hit = env.noCache ? undefined : env.engine.state.buildCache?.[p.key];
  if (hit) {
    s.layers = hit.layers;
    s.history = hit.history;
    s.key = p.key;
    env.progress.cached(n);
    return false;
  }
  if (i.kind === 'RUN' && p.run) await runInstr(env, s, i, n, p.key, p.run);
  else if (i.kind === 'WORKDIR') {
    const { upper, fs } = stageFs(env, s);
    fs.mkdir(s.config.WorkingDir, { recursive: true });
    commit(env, s, p.key, upper, `WORKDIR ${s.config.WorkingDir}`);
  } else if (p.copy && i.kind !== 'RUN') await runCopy(env, s, i, p.copy, p.key);
  env.progress.done(n, env.engine.now() - start);
  return true;
}
