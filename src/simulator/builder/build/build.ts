// `docker build` on BuildKit (the docker driver, containerd image store): read and parse the
// Dockerfile, resolve the images the needed stages start from, lint (warnings on the first
// vertex), show the metadata loads, run the stages with the layer cache, export the image.
// Progress goes to the plain printer, the TTY printer, or both (progress.ts).
import { ensureAllRepos } from '../../engine/catalog/index.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Vfs } from '../../fs/types.ts';
import { formatRFC3339Nano } from '../../util/format/units.ts';
import type { Dockerfile, Stage } from '../parse/ast.ts';
import type { EnvList } from '../parse/env-list.ts';
import { globalArgs, platformArgs } from '../parse/args.ts';
import { findDirective } from '../parse/directives.ts';
import { DockerfileError, formatBuildFailure, formatSourceExcerpt } from '../parse/errors.ts';
import { parseDockerfile } from '../parse/dockerfile.ts';
import { suggest } from '../parse/suggest.ts';
import { loadRepos, metadataVertex, resolveBase, type ResolvedBase } from './bases.ts';
import { readContext } from './context.ts';
import { exportImage } from './export-image.ts';
import { frontendVertices } from './frontend.ts';
import { imageSources, neededStages, type StageNode } from './graph.ts';
import type { StageState } from './layers.ts';
import { lintDockerfile, lintError } from './lint.ts';
import { shortForm, type LintWarning } from './lint-rules.ts';
import { PlainPrinter } from './plain-progress.ts';
import { TeeProgress, transferStatus, type Progress } from './progress.ts';
import { runStages } from './run-stages.ts';
import { StepError } from './steps.ts';
import { TtyPrinter } from './tty-progress.ts';

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
  /** --secret values by id. */
  secrets?: Record<string, string>;
}

/** Where progress goes: buildx's plain text, its TTY view, or both (a TTY's screen and the result). */
export interface BuildOutput {
  plain?: (text: string) => void;
  tty?: { emit: (text: string) => void; color: boolean; width: number };
}

export type BuildOutcome = { ok: true; imageId: string; warnings: LintWarning[]; source: string } | { ok: false; error: string; warnings: LintWarning[]; source: string };

const AMD64 = { os: 'linux', architecture: 'amd64' };

function makeProgress(engine: Engine, out: BuildOutput): Progress {
  const plain = new PlainPrinter(out.plain ?? (() => {}));
  if (!out.tty) return plain;
  const tty = new TtyPrinter(out.tty.emit, { now: () => engine.now(), width: out.tty.width, color: out.tty.color });
  return out.plain ? new TeeProgress(plain, tty) : tty;
}

function pickStage(df: Dockerfile, target: string): Stage {
  if (!target) return df.stages[df.stages.length - 1];
  const st = df.stages.find((s) => s.name === target.toLowerCase());
  const names = df.stages.map((s) => s.name).filter((n) => n !== '');
  if (!st) throw new DockerfileError(suggest(`target stage "${target}" could not be found`, target, names, true));
  return st;
}

function randomRef(engine: Engine): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const word = () => Array.from({ length: 25 }, () => chars[engine.randInt(chars.length)]).join('');
  return `${word()}::${word()}`;
}

function nameserver(fs: Vfs): string {
  try {
    return /^nameserver\s+(\S+)/m.exec(fs.readFile('/etc/resolv.conf'))?.[1] ?? '127.0.0.53';
  } catch {
    return '127.0.0.53';
  }
}

interface Plan {
  df: Dockerfile;
  global: EnvList;
  needed: Map<Stage, StageNode>;
  bases: Map<string, ResolvedBase>;
  images: Map<string, ResolvedBase>;
  target: Stage;
}

/** Parse, pick the target, resolve the bases (quietly) and lint, with warnings on vertex `n1`. */
async function plan(engine: Engine, req: BuildRequest, source: string, progress: Progress, n1: number): Promise<{ plan: Plan; warnings: LintWarning[]; context: ReturnType<typeof readContext> }> {
  let p: Plan;
  let context: ReturnType<typeof readContext>;
  let lint: ReturnType<typeof lintDockerfile>;
  try {
    const df = parseDockerfile(source);
    const target = pickStage(df, req.target);
    const platform = platformArgs(AMD64, AMD64, target.name, req.buildArgs);
    const global = globalArgs(df.metaArgs, platform, { buildArgs: req.buildArgs, escapeToken: df.escapeToken });
    const needed = neededStages(df, target, global);
    await loadRepos(engine, [...[...needed.values()].map((n) => n.base), ...imageSources(df, needed)]);
    p = { df, global, needed, target, ...resolveAll(engine, df, needed) };
    context = readContext(req.fs, req.contextDir, req.dockerfile);
    const resolved = [...p.bases.values(), ...p.images.values()].every((b) => !b.error);
    const bases = p.bases;
    lint = lintDockerfile(df, {
      needed: resolved ? needed : new Map(), baseConfig: (st) => bases.get(needed.get(st)?.base ?? '')?.config ?? null,
      buildArgs: req.buildArgs, global, platform, ignore: context.patterns,
    });
  } catch (e) {
    progress.done(n1, 0);
    frontendVertices(engine, progress, findDirective(source, 'syntax'));
    throw e;
  }
  for (const w of lint.warnings) progress.warn(n1, shortForm(w));
  progress.done(n1, 0);
  frontendVertices(engine, progress, findDirective(source, 'syntax'));
  for (const b of new Set([...p.bases.values(), ...p.images.values()])) metadataVertex(engine, progress, b);
  const n3 = progress.vertex('[internal] load .dockerignore');
  progress.status(n3, transferStatus('context', context.ignoreSize || 2));
  progress.done(n3, 0);
  if (lint.error) throw lint.error;
  const lintFail = lintError(p.df, lint.warnings);
  if (lintFail) throw new DockerfileError(lintFail);
  return { plan: p, warnings: lint.warnings, context };
}

/** The images the needed stages start from and the images COPY --from / --mount from= name. */
function resolveAll(engine: Engine, df: Dockerfile, needed: Map<Stage, StageNode>): { bases: Map<string, ResolvedBase>; images: Map<string, ResolvedBase> } {
  const names = df.stages.map((s) => s.name).filter((n) => n !== '');
  const lineOf = (st: Stage) => [Array.from({ length: st.range.end - st.range.start + 1 }, (_, i) => st.range.start + i)];
  const bases = new Map<string, ResolvedBase>();
  for (const [st, node] of needed) if (!node.parent && !bases.has(node.base)) bases.set(node.base, resolveBase(engine, node.base, names, lineOf(st)));
  const images = new Map<string, ResolvedBase>();
  for (const name of imageSources(df, needed)) if (!images.has(name)) images.set(name, bases.get(name) ?? resolveBase(engine, name, names, []));
  return { bases, images };
}

function failure(e: unknown, req: BuildRequest, source: string): string {
  if (e instanceof StepError) return `${formatSourceExcerpt(req.dockerfileName, source, e.lines)}ERROR: failed to build: failed to solve: ${e.message}\n`;
  if (e instanceof DockerfileError) return formatBuildFailure(e, req.dockerfileName, source);
  throw e;
}

/** `out` is where progress goes; a function takes the plain text (as `docker compose build` uses it). */
export async function runBuild(engine: Engine, req: BuildRequest, out: BuildOutput | ((text: string) => void)): Promise<BuildOutcome> {
  // FROM names base images the stages look up synchronously in the (lazily loaded) catalog.
  await ensureAllRepos();
  const progress = makeProgress(engine, typeof out === 'function' ? { plain: out } : out);
  const n1 = progress.vertex(`[internal] load build definition from ${req.dockerfileName}`);
  const source = req.fs.exists(req.dockerfile) ? req.fs.readFile(req.dockerfile) : undefined;
  progress.status(n1, transferStatus('dockerfile', source === undefined ? 2 : source.length));
  if (source === undefined) {
    progress.done(n1, 0);
    progress.finish();
    return { ok: false, error: `ERROR: failed to build: failed to solve: failed to read dockerfile: open ${req.dockerfileName}: no such file or directory\n`, warnings: [], source: '' };
  }
  let warnings: LintWarning[] = [];
  try {
    const p = await plan(engine, req, source, progress, n1);
    warnings = p.warnings;
    const { state, fresh } = await runStages(engine, progress, { ...p.plan, req, context: p.context.context, contextRef: randomRef(engine), nameserver: nameserver(req.fs) });
    const image = exportState(engine, progress, state, req, fresh);
    progress.finish();
    return { ok: true, imageId: image, warnings, source };
  } catch (e) {
    if (!(e instanceof StepError) && !(e instanceof DockerfileError)) throw e;
    progress.finish();
    return { ok: false, error: failure(e, req, source), warnings, source };
  }
}

function exportState(engine: Engine, progress: Progress, state: StageState, req: BuildRequest, fresh: boolean): string {
  const baseCreated = state.history.find((h) => (h as { created?: string }).created) as { created?: string } | undefined;
  return exportImage(engine, progress, state, { names: req.names, fresh, baseCreated: baseCreated?.created ?? formatRFC3339Nano(0) }).id;
}
