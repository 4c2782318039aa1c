// Which stages a build runs and what they read from: the target and the stages it needs (FROM
// <stage>, COPY --from=<stage>, RUN --mount from=<stage>), in Dockerfile order, and the images
// named by COPY --from / --mount from= that are no stage (BuildKit's "unregistered" states).
import type { Dockerfile, Instruction, Stage } from '../parse/ast.ts';
import { resolveFrom } from '../parse/args.ts';
import type { EnvList } from '../parse/env-list.ts';
import { csvFields } from '../parse/mount.ts';

export interface StageNode {
  /** The FROM name after global ARG expansion. */
  base: string;
  /** FROM <an earlier stage>. */
  parent?: Stage;
}

/** The stage a FROM or COPY --from names: by AS name or index; undefined for an image. */
export function stageByName(df: Dockerfile, name: string, before: number): Stage | undefined {
  if (/^\d+$/.test(name)) return df.stages[Number(name)];
  return df.stages.slice(0, before).find((s) => s.name !== '' && s.name === name.toLowerCase());
}

/** A --mount value's type (default bind) and from= (no expansion: BuildKit refuses variables there). */
export function mountKind(value: string): { type: string; from: string } {
  let fields: string[] = [];
  try {
    fields = csvFields(value);
  } catch {
    return { type: '', from: '' };
  }
  const get = (k: string) => fields.find((f) => f.toLowerCase().startsWith(`${k}=`))?.slice(k.length + 1) ?? '';
  return { type: get('type').toLowerCase() || 'bind', from: get('from') };
}

/** The `from=` of each RUN --mount. */
export function mountSources(i: Extract<Instruction, { kind: 'RUN' }>): string[] {
  return i.mounts.map((m) => mountKind(m).from).filter((f) => f !== '');
}

/** The names an instruction reads files from, other than the build context. */
export function sourcesOf(i: Instruction): string[] {
  if (i.kind === 'COPY' && i.from) return [i.from];
  if (i.kind === 'RUN') return mountSources(i);
  return [];
}

export function neededStages(df: Dockerfile, target: Stage, global: EnvList): Map<Stage, StageNode> {
  const out = new Map<Stage, StageNode>();
  const visit = (st: Stage): void => {
    if (out.has(st)) return;
    const idx = df.stages.indexOf(st);
    const base = resolveFrom(st, global, df.escapeToken).baseName;
    const parent = stageByName(df, base, idx);
    out.set(st, parent ? { base, parent } : { base });
    if (parent) visit(parent);
    for (const i of st.instructions) {
      for (const name of sourcesOf(i)) {
        const dep = stageByName(df, name, idx);
        if (dep) visit(dep);
      }
    }
  };
  visit(target);
  return new Map([...out].sort((a, b) => df.stages.indexOf(a[0]) - df.stages.indexOf(b[0])));
}

/** Image names the needed stages read from with COPY --from / --mount from= (not stages), in order. */
export function imageSources(df: Dockerfile, needed: Map<Stage, StageNode>): string[] {
  const out: string[] = [];
  for (const st of needed.keys()) {
    const idx = df.stages.indexOf(st);
    for (const i of st.instructions) {
      for (const name of sourcesOf(i)) if (!stageByName(df, name, idx) && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

const LAYER_KINDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export function isLayerStep(i: Instruction): boolean {
  return LAYER_KINDS.has(i.kind);
}
