// The lint rules BuildKit checks while it dispatches each needed stage (convert.go dispatch*,
// validations.go): undefined variables in expanded words, legacy `ENV key value`, secrets in
// ARG/ENV names, shell-form CMD/ENTRYPOINT, repeated CMD/ENTRYPOINT/HEALTHCHECK, a relative first
// WORKDIR, EXPOSE formats, COPY of .dockerignore'd files. A dry walk of the stages' environments.
import type { ImageConfig } from '../../engine/catalog/types.ts';
import { isExcluded, newPatternMatcher, type PatternMatcher } from '../context/index.ts';
import { cleanPath } from '../context/go-path.ts';
import type { Dockerfile, Instruction, Stage } from '../parse/ast.ts';
import { declareArgs } from '../parse/args.ts';
import { envFromStrings, envGetter, envSet, type EnvList } from '../parse/env-list.ts';
import { DockerfileError } from '../parse/errors.ts';
import { expandInstruction, expandMounts } from '../parse/expand.ts';
import { exposedPorts } from '../parse/expose.ts';
import { parseSignal } from '../../engine/containers/signals.ts';
import { processWord, processWords } from '../parse/shell-lex.ts';
import { search } from '../parse/suggest.ts';
import type { StageNode } from './graph.ts';
import { looksSecret, type Linter } from './lint-rules.ts';

export interface DispatchLintInput {
  needed: Map<Stage, StageNode>;
  /** The config a stage's base image gives it (null: scratch or unresolved). */
  baseConfig: (stage: Stage) => ImageConfig | null;
  buildArgs: Record<string, string>;
  global: EnvList;
  /** The .dockerignore patterns in effect. */
  ignore: string[];
}

interface Walk {
  env: EnvList;
  shell: boolean;
  workdirSet: boolean;
  /** ARG names declared in the stage (and its parents): not "undefined" when unset. */
  args: Set<string>;
  used: Partial<Record<'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK', number[]>>;
}

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const lines = (i: { range: { start: number; end: number } }): number[] => Array.from({ length: i.range.end - i.range.start + 1 }, (_, k) => i.range.start + k);

function startWalk(config: ImageConfig | null): Walk {
  const env = config?.Env ?? [];
  const withPath = env.some((e) => e.startsWith('PATH=')) ? env : [...env, PATH];
  return { env: envFromStrings(withPath), shell: (config?.Shell ?? []).length > 0, workdirSet: false, args: new Set(), used: {} };
}

function unmatched(lint: Linter, w: Walk, i: Instruction, names: Iterable<string>): void {
  for (const v of names) {
    if (w.args.has(v) || v.startsWith('BUILDKIT_SBOM_SCAN_')) continue;
    const s = search(v, w.env.map(([k]) => k), true);
    lint.run('UndefinedVar', `Usage of undefined variable '$${v}'${s ? ` (did you mean $${s}?)` : ''}`, lines(i));
  }
}

function usedOnce(lint: Linter, w: Walk, i: Instruction & { kind: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK' }): void {
  const prev = w.used[i.kind];
  if (prev) lint.run('MultipleInstructionsDisallowed', `Multiple ${i.name} instructions should not be used in the same stage because only the last one will be used`, prev);
  w.used[i.kind] = lines(i);
}

function exposeChecks(lint: Linter, w: Walk, i: Extract<Instruction, { kind: 'EXPOSE' }>, esc: string): void {
  for (const p of i.ports) {
    let words: string[] = [];
    try {
      words = processWords(p, envGetter(w.env), { escapeToken: esc });
    } catch {
      continue;
    }
    for (const raw of words) {
      const parts = raw.split(':');
      const proto = parts[parts.length - 1].split('/')[1] ?? '';
      if (proto !== proto.toLowerCase()) lint.run('ExposeProtoCasing', `Defined protocol '${raw}' in EXPOSE instruction should be lowercase`, lines(i));
      if (parts.length > 1) lint.run('ExposeInvalidFormat', `EXPOSE instruction should not define an IP address or host-port mapping, found '${raw}'`, lines(i));
    }
  }
}

function copyIgnored(lint: Linter, pm: PatternMatcher | null, i: Extract<Instruction, { kind: 'COPY' | 'ADD' }>): void {
  if (!pm || (i.kind === 'COPY' && i.from)) return;
  const rootIgnored = pm.patterns.some((p) => !p.exclusion && ['*', '**', '**/*'].includes(p.text));
  for (const raw of i.sources) {
    if (/^https?:\/\//.test(raw)) continue;
    const src = cleanPath(raw);
    if ((src === '.' || src === '/') && !rootIgnored) continue;
    if (isExcluded(pm, src)) lint.run('CopyIgnoredFile', `Attempting to ${i.kind === 'ADD' ? 'Add' : 'Copy'} file "${src}" that is excluded by .dockerignore`, lines(i));
  }
}

function argStep(lint: Linter, w: Walk, i: Extract<Instruction, { kind: 'ARG' }>, input: DispatchLintInput, esc: string): void {
  for (const a of i.args) {
    if (looksSecret(a.key)) lint.run('SecretsUsedInArgOrEnv', `Do not use ARG or ENV instructions for sensitive data (ARG "${a.key}")`, lines(i));
    if (a.value !== null && !Object.hasOwn(input.buildArgs, a.key)) {
      try {
        unmatched(lint, w, i, processWord(a.value, envGetter(w.env), { escapeToken: esc }).unmatched);
      } catch {
        // the build reports the lexer's error
      }
    }
    w.args.add(a.key);
  }
  w.env = declareArgs(i, w.env, input.global, { buildArgs: input.buildArgs, escapeToken: esc }).env;
}

function step(lint: Linter, w: Walk, i: Instruction, input: DispatchLintInput, df: Dockerfile, pm: PatternMatcher | null): void {
  const esc = df.escapeToken;
  if (i.kind === 'ARG') return argStep(lint, w, i, input, esc);
  let x: Instruction = i;
  if (['ENV', 'LABEL', 'COPY', 'ADD', 'WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL'].includes(i.kind)) {
    const r = expandInstruction(i, w.env, esc);
    unmatched(lint, w, i, r.unmatched);
    x = r.instruction;
  }
  if (x.kind === 'ENV') {
    for (const kv of x.env) {
      if (kv.legacy) lint.run('LegacyKeyValueFormat', '"ENV key=value" should be used instead of legacy "ENV key value" format', lines(i));
      if (looksSecret(kv.key)) lint.run('SecretsUsedInArgOrEnv', `Do not use ARG or ENV instructions for sensitive data (ENV "${kv.key}")`, lines(i));
      w.env = envSet(w.env, kv.key, kv.value);
    }
  } else if (x.kind === 'LABEL' && x.labels.some((kv) => kv.legacy)) {
    lint.run('LegacyKeyValueFormat', '"LABEL key=value" should be used instead of legacy "LABEL key value" format', lines(i));
  } else if (x.kind === 'CMD' || x.kind === 'ENTRYPOINT' || x.kind === 'HEALTHCHECK') {
    usedOnce(lint, w, x);
    if (x.kind !== 'HEALTHCHECK' && x.command.form === 'shell' && !w.shell) {
      lint.run('JSONArgsRecommended', `JSON arguments recommended for ${x.name} to prevent unintended behavior related to OS signals`, lines(i));
    }
  } else if (x.kind === 'WORKDIR') {
    if (!w.workdirSet && !x.path.startsWith('/')) lint.run('WorkdirRelativePath', `Relative workdir "${x.path}" can have unexpected results if the base image changes`, lines(i));
    w.workdirSet = true;
  } else if (x.kind === 'EXPOSE') {
    exposeChecks(lint, w, x, esc);
    exposedPorts(x, w.env, esc);
  } else if (x.kind === 'COPY' || x.kind === 'ADD') copyIgnored(lint, pm, x);
  else if (x.kind === 'SHELL') w.shell = true;
  else if (x.kind === 'RUN') expandMounts(x, w.env, esc);
  else if (x.kind === 'STOPSIGNAL') checkSignal(x);
}

/** dispatchStopSignal: signal.ParseSignal's error at the instruction. */
function checkSignal(i: Extract<Instruction, { kind: 'STOPSIGNAL' }>): void {
  try {
    parseSignal(i.signal);
  } catch {
    throw new DockerfileError(`invalid signal: ${i.signal}`, [lines(i)]);
  }
}

function matcher(patterns: string[]): PatternMatcher | null {
  if (patterns.length === 0) return null;
  try {
    const pm = newPatternMatcher(patterns);
    return pm.exclusions ? null : pm;
  } catch {
    return null;
  }
}

/**
 * The dispatch-time rules over the stages the build runs, in Dockerfile order. Returns the
 * first error dispatch itself would stop at (BuildKit converts every stage before any step runs).
 */
export function lintStages(df: Dockerfile, lint: Linter, input: DispatchLintInput): DockerfileError | null {
  const done = new Map<Stage, Walk>();
  const pm = matcher(input.ignore);
  for (const [stage, node] of input.needed) {
    const parent = node.parent && done.get(node.parent);
    const w: Walk = parent ? { ...parent, args: new Set(parent.args), used: {} } : startWalk(input.baseConfig(stage));
    try {
      for (const i of stage.instructions) step(lint, w, i, input, df, pm);
    } catch (e) {
      if (e instanceof DockerfileError) return e;
      throw e;
    }
    done.set(stage, w);
  }
  return null;
}
