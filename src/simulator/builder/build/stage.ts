// One build stage: FROM (pulling a missing base inside BuildKit, its layers' progress on the
// vertex), the build context when a COPY/ADD needs it, then each instruction in order: ARG and
// the metadata instructions change the config and history, RUN/COPY/ADD/WORKDIR are vertices.
import type { HistoryEntry } from '../../engine/catalog/types.ts';
import type { Engine } from '../../engine/engine.ts';
import { pullImage } from '../../engine/pull.ts';
import type { Ref } from '../../engine/refs.ts';
import type { ImageRecord } from '../../engine/state.ts';
import type { ArgDecl, Dockerfile, Instruction, Stage } from '../parse/ast.ts';
import { declareArgs } from '../parse/args.ts';
import { envFromStrings, envGetter, type EnvList } from '../parse/env-list.ts';
import { processWord } from '../parse/shell-lex.ts';
import { expandInstruction } from '../parse/expand.ts';
import { baseKey, stepKey } from './cache-key.ts';
import type { BuildContext } from './context.ts';
import { SCRATCH_CONFIG, type StageState } from './layers.ts';
import { applyMetadata } from './metadata.ts';
import type { PlainPrinter } from './plain-progress.ts';
import { layerStep, StepError, type StepEnv } from './steps.ts';

export interface StageBase {
  image: ImageRecord | null;
  ref?: Ref;
  digest?: string;
  /** `docker.io/library/alpine:latest@sha256:...`; '' for scratch. */
  fromName: string;
}

export interface StageRequest {
  df: Dockerfile;
  stage: Stage;
  base: StageBase;
  context: BuildContext;
  global: EnvList;
  buildArgs: Record<string, string>;
  noCache: boolean;
  contextRef: string;
  /** FROM <an earlier stage>: its state (no FROM vertex then). */
  parent?: StageState;
  fromFiles: StepEnv['fromFiles'];
  /** `[internal] load build context` is shown once per build. */
  contextLoaded: { done: boolean };
  /** The stage's name in step names: its AS name or stage-N; '' in a single-stage Dockerfile. */
  prefix: string;
}

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
function stepPrefix(stage: string, index: number, total: number): string {
  return `[${stage ? `${stage} ` : ''}${String(index).padStart(String(total).length)}/${total}] `;
}

const LAYER_KINDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

/** The FROM vertex; pulls the base when it is not on the daemon. */
function fromVertex(engine: Engine, printer: PlainPrinter, req: StageRequest, total: number): ImageRecord | null {
  const { base } = req;
  if (!base.fromName) return null;
  const n = printer.vertex(`${stepPrefix(req.prefix, 1, total)}FROM ${base.fromName}`);
  const start = engine.now();
  printer.status(n, `resolve ${base.fromName}`, 0);
  let image = base.image;
  if (!image && base.ref) {
    image = pullImage(engine, base.ref, () => {});
    for (const l of image.layers) {
      const size = l.size >= 1e6 ? `${(l.size / 1e6).toFixed(2)}MB` : `${(l.size / 1e3).toFixed(2)}kB`;
      printer.status(n, `${l.digest} ${size} / ${size}`, 200);
      printer.status(n, `extracting ${l.digest}`, 100);
    }
  }
  printer.done(n, engine.now() - start);
  return image;
}

function initialState(image: ImageRecord | null): StageState {
  const config = structuredClone(image?.config ?? SCRATCH_CONFIG);
  const history = (image?.history ?? []).map((h) => ({ created: image?.created, ...h }) as HistoryEntry);
  const s: StageState = { config, env: envFromStrings(config.Env), cmdSet: false, layers: [...(image?.layers ?? [])], history, key: baseKey(image?.id ?? null) };
  const origin = image?.source ?? image?.from;
  if (origin) s.origin = { ...origin };
  return s;
}

/** A stage built on an earlier one: its config, layers and history; the environment anew from its Env. */
function inherit(parent: StageState): StageState {
  const s = structuredClone(parent);
  return { ...s, env: envFromStrings(s.config.Env), cmdSet: false };
}

function contextVertex(printer: PlainPrinter, req: StageRequest): void {
  const needs = req.stage.instructions.some((i) => (i.kind === 'COPY' && !i.from) || i.kind === 'ADD');
  if (!needs || req.contextLoaded.done) return;
  req.contextLoaded.done = true;
  const n = printer.vertex('[internal] load build context');
  let size = 0;
  for (const f of req.context.values()) size += f.data.length;
  printer.transfer(n, 'context', size);
  printer.done(n, 0);
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
  s.history = [...s.history, { created_by: line, comment: 'buildkit.dockerfile.v0', empty_layer: true }];
  s.key = stepKey(s.key, line);
}

export async function runStage(engine: Engine, printer: PlainPrinter, req: StageRequest): Promise<{ stage: StageState; fresh: boolean }> {
  const fromVtx = req.base.fromName && !req.parent ? 1 : 0;
  const total = fromVtx + req.stage.instructions.filter((i) => LAYER_KINDS.has(i.kind)).length;
  const s = req.parent ? inherit(req.parent) : initialState(fromVertex(engine, printer, req, total));
  contextVertex(printer, req);
  const declared: ArgDecl[] = [];
  const env: StepEnv = { engine, printer, context: req.context, noCache: req.noCache, declared, contextRef: req.contextRef, fromFiles: req.fromFiles };
  let index = fromVtx;
  let fresh = false;
  for (const i of req.stage.instructions) {
    if (i.kind !== 'RUN' && i.kind !== 'COPY' && i.kind !== 'ADD' && i.kind !== 'WORKDIR') {
      metadataStep(s, i, req, declared);
      continue;
    }
    index++;
    const n = printer.vertex(`${stepPrefix(req.prefix, index, total)}${vertexName(i.original, s.env, req.df.escapeToken, i.kind === 'RUN')}`);
    const x = i.kind === 'RUN' ? i : expandInstruction(i, s.env, req.df.escapeToken).instruction;
    try {
      if (await layerStep(env, s, x, n)) fresh = true;
    } catch (e) {
      if (e instanceof StepError) printer.error(n, e.vertexMessage);
      throw e;
    }
  }
  return { stage: s, fresh };
}
