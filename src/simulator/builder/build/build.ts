// `docker build` on BuildKit (the docker driver, containerd image store): read the Dockerfile,
// resolve the base image (pulling it when missing), run the target stage's steps with the layer
// cache, export the image. Progress goes to `emit` as buildx's plain printer writes it.
import { findImage } from '../../engine/images.ts';
import { pullImage, resolveRemote } from '../../engine/pull.ts';
import { parseRefStrict } from '../../engine/refs.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Vfs } from '../../fs/types.ts';
import { formatRFC3339Nano } from '../../util/format/units.ts';
import type { Dockerfile, Stage } from '../parse/ast.ts';
import { globalArgs, resolveFrom } from '../parse/args.ts';
import type { EnvList } from '../parse/env-list.ts';
import { DockerfileError, formatBuildFailure, formatSourceExcerpt } from '../parse/errors.ts';
import { parseDockerfile } from '../parse/dockerfile.ts';
import { readContext } from './context.ts';
import { exportImage } from './export-image.ts';
import { PlainPrinter } from './plain-progress.ts';
import type { StageState } from './layers.ts';
import { runStage, type StageBase } from './stage.ts';
import { stageFiles } from './stage-files.ts';
import { StepError } from './steps.ts';

export interface BuildRequest {
  fs: Vfs;
  /** Absolute paths. */
  contextDir: string;
  dockerfile: string;
  /** The Dockerfile's name as buildx prints it in errors ('Dockerfile'). */
  dockerfileName: string;
  names: { full: string; familiar: string }[];
  buildArgs: Record<string, string>;
  noCache: boolean;
  target: string;
}

export type BuildOutcome = { ok: true; imageId: string } | { ok: false; error: string };

const fail = (message: string): BuildOutcome => ({ ok: false, error: `ERROR: failed to build: failed to solve: ${message}\n` });

function pickStage(df: Dockerfile, target: string): Stage | string {
  if (!target) return df.stages[df.stages.length - 1];
  return df.stages.find((s) => s.name === target.toLowerCase()) ?? `target stage "${target}" could not be found`;
}

function randomRef(engine: Engine): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const word = () => Array.from({ length: 25 }, () => chars[engine.randInt(chars.length)]).join('');
  return `${word()}::${word()}`;
}

/** `[internal] load metadata` and the FROM image: local, pulled, or scratch. */
function loadBase(engine: Engine, printer: PlainPrinter, name: string): StageBase {
  if (name === 'scratch') return { image: null, fromName: '' };
  let ref;
  try {
    ref = parseRefStrict(name);
  } catch (e) {
    throw new DockerfileError(`failed to parse stage name "${name}": ${(e as Error).message}`);
  }
  const n = printer.vertex(`[internal] load metadata for ${ref.full}`);
  const local = findImage(engine, name);
  let digest = '';
  try {
    digest = resolveRemote(ref).digest;
  } catch {
    if (!local) {
      const msg = `${name}: failed to resolve source metadata for ${ref.full}: ${ref.full}: not found`;
      printer.error(n, msg);
      throw new DockerfileError(msg);
    }
  }
  engine.advance(local ? 300 : 600);
  printer.done(n, local ? 300 : 600);
  return { image: local ?? null, ref, digest, fromName: `${ref.full}${digest ? `@${digest}` : ''}` };
}

export async function runBuild(engine: Engine, req: BuildRequest, emit: (text: string) => void): Promise<BuildOutcome> {
  const { fs } = req;
  const printer = new PlainPrinter(emit);
  const n1 = printer.vertex(`[internal] load build definition from ${req.dockerfileName}`);
  const source = fs.exists(req.dockerfile) ? fs.readFile(req.dockerfile) : undefined;
  printer.transfer(n1, 'dockerfile', source === undefined ? 2 : source.length);
  printer.done(n1, 0);
  if (source === undefined) return fail(`failed to read dockerfile: open ${req.dockerfileName}: no such file or directory`);
  let df: Dockerfile;
  let stage: Stage | string;
  try {
    df = parseDockerfile(source);
    stage = pickStage(df, req.target);
  } catch (e) {
    if (e instanceof DockerfileError) return { ok: false, error: formatBuildFailure(e, req.dockerfileName, source) };
    throw e;
  }
  if (typeof stage === 'string') return fail(stage);
  try {
    return await buildStage(engine, req, printer, df, stage);
  } catch (e) {
    if (e instanceof StepError) {
      return { ok: false, error: `${formatSourceExcerpt(req.dockerfileName, source, e.lines)}ERROR: failed to build: failed to solve: ${e.message}\n` };
    }
    if (e instanceof DockerfileError) return { ok: false, error: formatBuildFailure(e, req.dockerfileName, source) };
    throw e;
  }
}

/** The stage a FROM or COPY --from names: by AS name or index; undefined for an image. */
function stageByName(df: Dockerfile, name: string, before: number): Stage | undefined {
  if (/^\d+$/.test(name)) return df.stages[Number(name)];
  return df.stages.slice(0, before).find((s) => s.name !== '' && s.name === name.toLowerCase());
}

/** The target and the stages it needs (FROM <stage>, COPY --from=<stage>), in Dockerfile order. */
function neededStages(df: Dockerfile, target: Stage, global: EnvList): Map<Stage, { base: string; parent?: Stage }> {
  const out = new Map<Stage, { base: string; parent?: Stage }>();
  const visit = (st: Stage): void => {
    if (out.has(st)) return;
    const idx = df.stages.indexOf(st);
    const base = resolveFrom(st, global, df.escapeToken).baseName;
    const parent = stageByName(df, base, idx);
    out.set(st, parent ? { base, parent } : { base });
    if (parent) visit(parent);
    for (const i of st.instructions) {
      const dep = i.kind === 'COPY' && i.from ? stageByName(df, i.from, idx) : undefined;
      if (dep) visit(dep);
    }
  };
  visit(target);
  return new Map([...out].sort((a, b) => df.stages.indexOf(a[0]) - df.stages.indexOf(b[0])));
}

async function buildStage(engine: Engine, req: BuildRequest, printer: PlainPrinter, df: Dockerfile, target: Stage): Promise<BuildOutcome> {
  const global = globalArgs(df.metaArgs, [], { buildArgs: req.buildArgs, escapeToken: df.escapeToken });
  const needed = neededStages(df, target, global);
  const bases = new Map<string, StageBase>();
  for (const { base, parent } of needed.values()) if (!parent && !bases.has(base)) bases.set(base, loadBase(engine, printer, base));
  const { context, ignoreSize } = readContext(req.fs, req.contextDir, req.dockerfile);
  const n3 = printer.vertex('[internal] load .dockerignore');
  printer.transfer(n3, 'context', ignoreSize || 2);
  printer.done(n3, 0);
  const built = new Map<Stage, StageState>();
  const contextRef = randomRef(engine);
  const contextLoaded = { done: false };
  let fresh = false;
  for (const [stage, { base, parent }] of needed) {
    const idx = df.stages.indexOf(stage);
    const fromFiles = (from: string, sources: readonly string[]) => {
      const dep = stageByName(df, from, idx);
      const st = dep && built.get(dep);
      return st ? stageFiles(engine, st, sources) : undefined;
    };
    const r = await runStage(engine, printer, {
      df, stage, base: bases.get(base) ?? { image: null, fromName: '' }, parent: parent && built.get(parent), context, global,
      buildArgs: req.buildArgs, noCache: req.noCache, contextRef, fromFiles, contextLoaded,
      prefix: df.stages.length > 1 ? stage.name || `stage-${idx}` : '',
    });
    if (r.fresh) fresh = true;
    built.set(stage, r.stage);
  }
  const state = built.get(target) as StageState;
  const baseCreated = state.history.find((h) => (h as { created?: string }).created) as { created?: string } | undefined;
  const image = exportImage(engine, printer, state, { names: req.names, fresh, baseCreated: baseCreated?.created ?? formatRFC3339Nano(0) });
  return { ok: true, imageId: image.id };
}
