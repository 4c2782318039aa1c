// Running the stages a build needs, in Dockerfile order: each on its base image or the earlier
// stage it names, with the files of other stages and images at hand for COPY --from and RUN
// --mount from= (an image's FROM vertex shows, and it is pulled, before the first step using it).
import type { Engine } from '../../engine/engine.ts';
import type { Dockerfile, Stage } from '../parse/ast.ts';
import type { EnvList } from '../parse/env-list.ts';
import { fromVertex, type ResolvedBase } from './bases.ts';
import type { BuildRequest } from './build.ts';
import type { BuildContext } from './context.ts';
import { isLayerStep, stageByName, type StageNode } from './graph.ts';
import type { StageState } from './layers.ts';
import type { Progress } from './progress.ts';
import { imageFiles, rootStore, stageFiles } from './stage-files.ts';
import { runStage, type StageRequest } from './stage.ts';
import { needsContext } from './stage-inputs.ts';

export interface StagesRequest {
  df: Dockerfile;
  needed: Map<Stage, StageNode>;
  bases: Map<string, ResolvedBase>;
  images: Map<string, ResolvedBase>;
  target: Stage;
  /** The global ARG scope (platform ARGs, meta ARGs). */
  global: EnvList;
  req: BuildRequest;
  context: BuildContext;
  contextRef: string;
  nameserver: string;
}

/** The LLB vertices still to come (FROMs, the context, steps, image sources): the TTY's total. */
function expected(r: StagesRequest): number {
  let n = r.images.size;
  let ctx = false;
  for (const [st, node] of r.needed) {
    if (!node.parent && node.base !== 'scratch') n++;
    n += st.instructions.filter(isLayerStep).length;
    ctx ||= st.instructions.some(needsContext);
  }
  return n + (ctx ? 1 : 0);
}

interface Sources {
  fromFiles: StageRequest['fromFiles'];
  storeOf: StageRequest['storeOf'];
  ensureSource: StageRequest['ensureSource'];
}

/** Files of the stages built so far and of the images named by --from, for the stage at `idx`. */
function sourcesFor(engine: Engine, progress: Progress, r: StagesRequest, built: Map<Stage, StageState>, shown: Set<ResolvedBase>, idx: number): Sources {
  const image = (name: string) => {
    const base = r.images.get(name);
    if (base && !shown.has(base)) {
      shown.add(base);
      fromVertex(engine, progress, base, '');
    }
    return base?.image ?? undefined;
  };
  const dep = (from: string) => {
    const st = stageByName(r.df, from, idx);
    return st ? built.get(st) : undefined;
  };
  return {
    fromFiles: (from, sources) => {
      const st = dep(from);
      if (st) return stageFiles(engine, st, sources);
      const im = image(from);
      return im ? imageFiles(engine, im, sources) : undefined;
    },
    storeOf: (from) => {
      const st = dep(from);
      const im = st ? undefined : image(from);
      return st ? rootStore(engine, st) : im ? rootStore(engine, im) : undefined;
    },
    ensureSource: (name) => void (dep(name) ?? image(name)),
  };
}

export async function runStages(engine: Engine, progress: Progress, r: StagesRequest): Promise<{ state: StageState; fresh: boolean }> {
  const { df } = r;
  const built = new Map<Stage, StageState>();
  const shown = new Set<ResolvedBase>();
  const contextLoaded = { done: false };
  progress.expect(expected(r));
  let fresh = false;
  for (const [stage, { base, parent }] of r.needed) {
    const idx = df.stages.indexOf(stage);
    const parentState = parent && built.get(parent);
    const out = await runStage(engine, progress, {
      df, stage, base: r.bases.get(base) ?? { name: base, image: null, digest: '', config: null, fromName: '', lines: [] },
      parent: parent && parentState ? { stage: parent, state: parentState } : undefined,
      context: r.context, global: r.global, buildArgs: r.req.buildArgs, noCache: r.req.noCache, contextRef: r.contextRef,
      ...sourcesFor(engine, progress, r, built, shown, idx),
      secrets: r.req.secrets ?? {}, contextLoaded, nameserver: r.nameserver,
      // BuildKit names stages once there is more than one state, images COPY --from names included
      prefix: df.stages.length + r.images.size > 1 ? stage.name || `stage-${idx}` : '',
    });
    if (out.fresh) fresh = true;
    built.set(stage, out.stage);
  }
  return { state: built.get(r.target) as StageState, fresh };
}
