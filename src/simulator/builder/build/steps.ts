// The layer steps of a stage (RUN, COPY/ADD, WORKDIR) with the layer cache: a hit prints
// `#N CACHED` and takes the cached layers; a miss runs the step and records it under its key.
import type { HistoryEntry } from '../../engine/catalog/types.ts';
import type { Engine } from '../../engine/engine.ts';
import { formatRFC3339Nano } from '../../util/format/units.ts';
import type { LayerEntry } from '../../fs/types.ts';
import { createUnionFs } from '../../fs/union-fs.ts';
import type { ArgDecl, Instruction } from '../parse/ast.ts';
import { runCommandString } from '../parse/args.ts';
import { envToStrings } from '../parse/env-list.ts';
import { filesChecksum, stepKey } from './cache-key.ts';
import type { BuildContext } from './context.ts';
import { planCopy, type CopyPlan } from './copy.ts';
import { stageLayers, storeLayer, type StageState } from './layers.ts';
import type { PlainPrinter } from './plain-progress.ts';
import { runStep } from './run-step.ts';

/** A step failed: the vertex error and the message after `failed to solve: `. */
export class StepError extends Error {
  readonly lines: number[];
  readonly vertexMessage: string;
  constructor(vertexMessage: string, message: string, lines: number[]) {
    super(message);
    this.vertexMessage = vertexMessage;
    this.lines = lines;
  }
}

export interface StepEnv {
  engine: Engine;
  printer: PlainPrinter;
  context: BuildContext;
  noCache: boolean;
  declared: ArgDecl[];
  /** The context's ref as BuildKit names it in checksum errors. */
  contextRef: string;
  /** COPY --from=<stage>: that stage's files under the sources; undefined when it names no stage. */
  fromFiles: (from: string, sources: readonly string[]) => BuildContext | undefined;
}

type Step = Extract<Instruction, { kind: 'RUN' | 'COPY' | 'ADD' | 'WORKDIR' }>;

function lines(i: Instruction): number[] {
  const out: number[] = [];
  for (let n = i.range.start; n <= Math.max(i.range.start, i.range.end); n++) out.push(n);
  return out;
}

function commit(env: StepEnv, s: StageState, key: string, upper: Record<string, LayerEntry>, createdBy: string): void {
  const layer = storeLayer(env.engine, upper);
  if (layer) s.layers = [...s.layers, layer];
  const created = formatRFC3339Nano(env.engine.now());
  s.history = [...s.history, { created, created_by: createdBy, comment: 'buildkit.dockerfile.v0', ...(layer ? {} : { empty_layer: true }) } as HistoryEntry];
  s.key = key;
  (env.engine.state.buildCache ??= {})[key] = { layers: s.layers, config: structuredClone(s.config), history: s.history };
}

function resolvePath(workdir: string, p: string): string {
  if (p.startsWith('/')) return p;
  const base = workdir && workdir !== '/' ? workdir : '';
  return p === '.' || p === './' ? `${base}/` : `${base}/${p.replace(/^\.\//, '')}`;
}

/** A writable layer over the stage's files; over `scratch` it first gets the root directory. */
function stageFs(env: StepEnv, s: StageState): { upper: Record<string, LayerEntry>; fs: ReturnType<typeof createUnionFs> } {
  const layers = stageLayers(env.engine, s);
  const upper: Record<string, LayerEntry> = layers.length ? {} : { '/': { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: env.engine.now() } };
  return { upper, fs: createUnionFs({ layers, upper, now: () => env.engine.now() }) };
}

function writeFiles(env: StepEnv, s: StageState, plan: CopyPlan, dest: string): Record<string, LayerEntry> {
  const { upper, fs } = stageFs(env, s);
  const root = dest.endsWith('/') ? dest : dest.slice(0, dest.lastIndexOf('/')) || '/';
  fs.mkdir(root, { recursive: true });
  for (const w of plan.writes) {
    const parent = w.dest.slice(0, w.dest.lastIndexOf('/')) || '/';
    fs.mkdir(parent, { recursive: true });
    if (w.dir) fs.mkdir(w.dest, { recursive: true });
    else fs.writeFile(w.dest, w.data, { mode: w.mode });
    fs.chmod(w.dest, w.mode);
  }
  return upper;
}

async function runInstr(env: StepEnv, s: StageState, i: Extract<Step, { kind: 'RUN' }>, n: number, key: string): Promise<void> {
  const argv = i.command.form === 'exec' ? i.command.args : [...(s.config.Shell ?? ['/bin/sh', '-c']), ...i.command.args];
  const start = env.engine.now();
  const t0 = start + 60 + env.engine.randInt(120);
  const r = await runStep({ layers: stageLayers(env.engine, s), argv, env: Object.fromEntries(s.env), cwd: s.config.WorkingDir, user: s.config.User, start: t0 });
  for (const o of r.output) env.printer.log(n, o.at - start, o.text);
  const process = `process "${argv.join(' ')}" did not complete successfully`;
  if (r.exitCode === null) {
    const msg = `${process}: runc run failed: unable to start container process: error during container init: exec: "${argv[0]}": stat ${argv[0]}: no such file or directory`;
    throw new StepError(msg, msg, lines(i));
  }
  if (r.exitCode !== 0) throw new StepError(`${process}: exit code: ${r.exitCode}`, `${process}: exit code: ${r.exitCode}`, lines(i));
  env.engine.advance(Math.max(0, r.end - env.engine.now()) + 40);
  commit(env, s, key, r.upper, `RUN ${runCommandString(argv, env.declared, s.env)} # buildkit`);
}

function copySource(env: StepEnv, i: Extract<Step, { kind: 'COPY' | 'ADD' }>): BuildContext {
  if (i.kind !== 'COPY' || !i.from) return env.context;
  const files = env.fromFiles(i.from, i.sources);
  if (files) return files;
  const msg = `COPY --from=${i.from}: copying from an image is not modelled yet by this simulator`;
  throw new StepError(msg, msg, lines(i));
}

function copyPlan(env: StepEnv, i: Extract<Step, { kind: 'COPY' | 'ADD' }>, ctx: BuildContext): CopyPlan {
  try {
    return planCopy(ctx, i.sources, '/', env.contextRef);
  } catch (e) {
    const msg = (e as Error).message;
    throw new StepError(msg, `failed to compute cache key: ${msg}`, lines(i));
  }
}

/** Key of the step and, for COPY/ADD, its plan (computed before the cache lookup, as BuildKit does). */
function prepare(env: StepEnv, s: StageState, i: Step): { key: string; plan?: CopyPlan; ctx?: BuildContext } {
  const runEnv = JSON.stringify({ env: envToStrings(s.env), wd: s.config.WorkingDir, user: s.config.User, shell: s.config.Shell ?? null });
  if (i.kind === 'RUN') return { key: stepKey(s.key, `${i.original}\n${runEnv}`) };
  if (i.kind === 'WORKDIR') return { key: stepKey(s.key, `WORKDIR ${resolvePath(s.config.WorkingDir, i.path)}`) };
  const ctx = copySource(env, i);
  const plan = copyPlan(env, i, ctx);
  const dest = resolvePath(s.config.WorkingDir, i.dest);
  const from = i.kind === 'COPY' ? i.from : '';
  return { key: stepKey(s.key, `${i.kind} ${from} ${JSON.stringify(i.sources)} ${dest} ${i.chown} ${i.chmod}`, filesChecksum(plan.files)), plan, ctx };
}

/** Run one layer step (already expanded) as vertex `n`; false when it came from the cache. */
export async function layerStep(env: StepEnv, s: StageState, i: Step, n: number): Promise<boolean> {
  const start = env.engine.now();
  const { key, plan, ctx } = prepare(env, s, i);
  if (i.kind === 'WORKDIR') s.config.WorkingDir = resolvePath(s.config.WorkingDir, i.path).replace(/(.)\/+$/, '$1');
  const hit = env.noCache ? undefined : env.engine.state.buildCache?.[key];
  if (hit) {
    s.layers = hit.layers;
    s.history = hit.history;
    s.key = key;
    env.printer.cached(n);
    return false;
  }
  if (i.kind === 'RUN') await runInstr(env, s, i, n, key);
  else if (i.kind === 'WORKDIR') {
    const { upper, fs } = stageFs(env, s);
    fs.mkdir(s.config.WorkingDir, { recursive: true });
    commit(env, s, key, upper, `WORKDIR ${s.config.WorkingDir}`);
  } else if (plan && ctx) {
    const dest = resolvePath(s.config.WorkingDir, i.dest);
    const real = planCopy(ctx, i.sources, dest, env.contextRef);
    env.engine.advance(20 + env.engine.randInt(40));
    const flags = `${i.chown ? ` --chown=${i.chown}` : ''}${i.chmod ? ` --chmod=${i.chmod}` : ''}`;
    commit(env, s, key, writeFiles(env, s, real, dest), `${i.kind}${flags} ${i.sources.join(' ')} ${i.dest} # buildkit`);
  }
  env.printer.done(n, env.engine.now() - start);
  return true;
}
