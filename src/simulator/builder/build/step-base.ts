// What every layer step shares: the error a failed step raises, the environment steps run in,
// and recording a step's layer, history and cache entry.
import type { HistoryEntry } from '../../engine/catalog/types.ts';
import type { Engine } from '../../engine/engine.ts';
import type { EntryStore, LayerEntry } from '../../fs/types.ts';
import { formatRFC3339Nano } from '../../util/format/units.ts';
import type { ArgDecl, Instruction } from '../parse/ast.ts';
import type { BuildContext } from './context.ts';
import { storeLayer, type StageState } from './layers.ts';
import type { Progress } from './progress.ts';

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
  progress: Progress;
  context: BuildContext;
  noCache: boolean;
  declared: ArgDecl[];
  /** The context's ref as BuildKit names it in checksum errors. */
  contextRef: string;
  /** COPY --from: that stage's or image's files under the sources; undefined when it names neither. */
  fromFiles: (from: string, sources: readonly string[]) => BuildContext | undefined;
  /** RUN --mount from=: a stage's or image's root. */
  storeOf: (from: string) => EntryStore | undefined;
  secrets: Readonly<Record<string, string>>;
  escapeToken: string;
}

export type Step = Extract<Instruction, { kind: 'RUN' | 'COPY' | 'ADD' | 'WORKDIR' }>;

export function lines(i: Instruction): number[] {
  const out: number[] = [];
  for (let n = i.range.start; n <= Math.max(i.range.start, i.range.end); n++) out.push(n);
  return out;
}

export function commit(env: StepEnv, s: StageState, key: string, upper: Record<string, LayerEntry>, createdBy: string): void {
  const layer = storeLayer(env.engine, upper);
  if (layer) s.layers = [...s.layers, layer];
  const created = formatRFC3339Nano(env.engine.now());
  s.history = [...s.history, { created, created_by: createdBy, comment: 'buildkit.dockerfile.v0', ...(layer ? {} : { empty_layer: true }) } as HistoryEntry];
  s.key = key;
  (env.engine.state.buildCache ??= {})[key] = { layers: s.layers, config: structuredClone(s.config), history: s.history };
}

export function resolvePath(workdir: string, p: string): string {
  if (p.startsWith('/')) return p;
  const base = workdir && workdir !== '/' ? workdir : '';
  return p === '.' || p === './' ? `${base}/` : `${base}/${p.replace(/^\.\//, '')}`;
}
