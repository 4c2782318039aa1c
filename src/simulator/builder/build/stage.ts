// One build stage: FROM (pulling a missing base inside BuildKit, its layers' progress on the
// vertex), the base image's ONBUILD triggers (or the parent stage's ONBUILD instructions) run
// first as `[2/4] ONBUILD COPY ...`, the build context when a step needs it, then each
// instruction in order: ARG and the metadata instructions change the config and history,
// RUN/COPY/ADD/WORKDIR are vertices (an ADD of a URL fetches it in a vertex of its own first).
import type { HistoryEntry } from '../../engine/catalog/types.ts';
import type { Engine } from '../../engine/engine.ts';
import type { ImageRecord } from '../../engine/state.ts';
import type { ArgDecl, Dockerfile, Instruction, Stage } from '../parse/ast.ts';
import { declareArgs } from '../parse/args.ts';
import { parseOnbuildTrigger } from '../parse/dockerfile.ts';
import { envFromStrings, envGetter, type EnvList } from '../parse/env-list.ts';
import { expandInstruction } from '../parse/expand.ts';
import { processWord } from '../parse/shell-lex.ts';
import type { Download } from './add-url.ts';
import { fromVertex, type ResolvedBase } from './bases.ts';
import { baseKey, stepKey } from './cache-key.ts';
import type { BuildContext } from './context.ts';
import { isLayerStep, sourcesOf } from './graph.ts';
import { SCRATCH_CONFIG, type StageState } from './layers.ts';
import { applyMetadata } from './metadata.ts';
import { transferStatus, type Progress } from './progress.ts';
import { layerStep, StepError, type StepEnv } from './steps.ts';
import { runCommand } from './run-command.ts';
import { fetchUrls, needsContext } from './stage-inputs.ts';

export interface StageRequest {
  df: Dockerfile;
  stage: Stage;
  base: ResolvedBase;
  context: BuildContext;
  global: EnvList;
  buildArgs: Record<string, string>;
  noCache: boolean;
  contextRef: string;
  /** FROM <an earlier stage>: that stage and its state (no FROM vertex then). */
  parent?: { stage: Stage; state: StageState };
  fromFiles: StepEnv['fromFiles'];
  storeOf: StepEnv['storeOf'];
  /** Show (and pull) an image COPY --from / --mount from= names, before the step that needs it. */
  ensureSource: (name: string) => void;
  secrets: Readonly<Record<string, string>>;
  /** `[internal] load build context` is shown once per build. */
  contextLoaded: { done: boolean };
  /** The stage's name in step names: its AS name or stage-N; '' in a single-stage Dockerfile. */
  prefix: string;
  /** The host's nameserver (ADD of an unknown host fails looking it up there). */
  nameserver: string;
}

type Planned = { instr: Instruction; onbuild: boolean };

/** uppercaseCmd(processCmdEnv(...)): the step's name, the build environment expanded (RUN keeps quotes and unset names). */
function vertexName(original: string, env: EnvList, escapeToken: string, run: boolean): string {
  let text = original;
  try {
    text = processWord(original, envGetter(env), run ? { escapeToken, rawQuotes: true, skipUnsetEnv: true } : { escapeToken }).result;
  } catch {
    // BuildKit keeps the text as written when it does not lex
  }
  const sp = text.indexOf(' ');
  return sp < 0 ? text.toUpperCase() : `${text.slice(0, sp).toUpperCase()}${text.slice(sp)}`;
}

/** prefixCommand: `[build  2/12] `, the index padded to the width of the total. */
function stepPrefix(stage: string, index: number, total: number, onbuild: boolean): string {
  return `[${stage ? `${stage} ` : ''}${String(index).padStart(String(total).length)}/${total}] ${onbuild ? 'ONBUILD ' : ''}`;
}

function initialState(image: ImageRecord | null, config: ResolvedBase['config']): StageState {
  const cfg = structuredClone(image?.config ?? config ?? SCRATCH_CONFIG);
  const history = (image?.history ?? []).map((h) => ({ created: image?.created, ...h }) as HistoryEntry);
  const s: StageState = { config: cfg, env: envFromStrings(cfg.Env), cmdSet: false, layers: [...(image?.layers ?? [])], history, key: baseKey(image?.id ?? null) };
  if (image?.author) s.author = image.author;
  const origin = image?.source ?? image?.from;
  if (origin) s.origin = { ...origin };
  return s;
}

/** A stage built on an earlier one: its config, layers and history; the environment anew from its Env. */
function inherit(parent: StageState): StageState {
  const s = structuredClone(parent);
  return { ...s, env: envFromStrings(s.config.Env), cmdSet: false };
}

/** initOnBuildTriggers: the base image's OnBuild, or the parent stage's ONBUILD instructions. */
function triggers(req: StageRequest): Instruction[] {
  const exprs = req.parent
    ? req.parent.stage.instructions.flatMap((i) => (i.kind === 'ONBUILD' ? [i.expression] : []))
    : (req.base.config?.OnBuild ?? []);
  return exprs.map((e) => parseOnbuildTrigger(e, req.stage));
}

function contextVertex(progress: Progress, req: StageRequest, planned: Planned[]): void {
  if (!planned.some((p) => needsContext(p.instr)) || req.contextLoaded.done) return;
  req.contextLoaded.done = true;
  const n = progress.vertex('[internal] load build context');
  let size = 0;
  for (const f of req.context.values()) size += f.data.length;
  progress.status(n, transferStatus('context', size));
  progress.done(n, 0);
}

function metadataStep(s: StageState, i: Instruction, req: StageRequest, declared: ArgDecl[]): void {
  let line: string;
  if (i.kind === 'ARG') {
    const r = declareArgs(i, s.env, req.global, { buildArgs: req.buildArgs, escapeToken: req.df.escapeToken });
    s.env = r.env;
    declared.push(...r.declared);
    line = r.history;
  } else {
    const x = i.kind === 'EXPOSE' ? i : expandInstruction(i, s.env, req.df.escapeToken).instruction;
    line = applyMetadata(s, x, req.df.escapeToken);
  }
  if (line === '') return;
  s.history = [...s.history, { created_by: line, comment: 'buildkit.dockerfile.v0', empty_layer: true }];
  s.key = stepKey(s.key, line);
}

export async function runStage(engine: Engine, progress: Progress, req: StageRequest): Promise<{ stage: StageState; fresh: boolean }> {
  const planned: Planned[] = [...triggers(req).map((instr) => ({ instr, onbuild: true })), ...req.stage.instructions.map((instr) => ({ instr, onbuild: false }))];
  const fromVtx = req.base.fromName && !req.parent ? 1 : 0;
  const total = fromVtx + planned.filter((p) => p.onbuild || isLayerStep(p.instr)).length;
  const image = req.parent ? null : fromVertex(engine, progress, req.base, `[${req.prefix ? `${req.prefix} ` : ''}${String(1).padStart(String(total).length)}/${total}] `);
  const s = req.parent ? inherit(req.parent.state) : initialState(image, req.base.config);
  if (planned.some((p) => p.onbuild)) s.config.OnBuild = null;
  contextVertex(progress, req, planned);
  const declared: ArgDecl[] = [];
  const env: StepEnv = {
    engine, progress, context: req.context, noCache: req.noCache, declared, contextRef: req.contextRef,
    fromFiles: req.fromFiles, storeOf: req.storeOf, secrets: req.secrets, escapeToken: req.df.escapeToken,
  };
  let index = fromVtx;
  let fresh = false;
  for (const { instr: i, onbuild } of planned) {
    if (i.kind !== 'RUN' && i.kind !== 'COPY' && i.kind !== 'ADD' && i.kind !== 'WORKDIR') {
      metadataStep(s, i, req, declared);
      continue;
    }
    index++;
    const label = i.kind === 'RUN' ? runCommand(i, s.config.Shell).name : i.original;
    const name = `${stepPrefix(req.prefix, index, total, onbuild)}${vertexName(label, s.env, req.df.escapeToken, i.kind === 'RUN')}`;
    for (const src of sourcesOf(i)) req.ensureSource(src);
    const x = i.kind === 'RUN' ? i : expandInstruction(i, s.env, req.df.escapeToken).instruction;
    const downloads: Download[] = x.kind === 'ADD' ? fetchUrls(engine, progress, x, name, req.nameserver) : [];
    const n = progress.vertex(name);
    try {
      if (await layerStep(env, s, x, n, downloads)) fresh = true;
    } catch (e) {
      if (e instanceof StepError) progress.error(n, e.vertexMessage);
      throw e;
    }
  }
  return { stage: s, fresh };
}
