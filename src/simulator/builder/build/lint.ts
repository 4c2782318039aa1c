// The Dockerfile checks BuildKit runs while it converts the Dockerfile (before any step runs), in
// its order: empty continuation lines, the parse-time rules (MAINTAINER, FROM ... AS casing), stage
// names, instruction casing, FROM arguments and platforms, then the dispatch-time rules of the
// stages the target needs (lint-dispatch.ts). The warnings go on the `load build definition` vertex.
import { parseRef } from '../../engine/refs.ts';
import type { Dockerfile, Stage } from '../parse/ast.ts';
import type { DockerfileError } from '../parse/errors.ts';
import { globalArgs } from '../parse/args.ts';
import { envGetter, type EnvList } from '../parse/env-list.ts';
import { processWord } from '../parse/shell-lex.ts';
import { search } from '../parse/suggest.ts';
import { Linter, type LintWarning } from './lint-rules.ts';
import { lintStages, type DispatchLintInput } from './lint-dispatch.ts';

const lines = (r: { start: number; end: number }): number[] => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i);

/** The FROM line's words after the instruction, flags left out (parser's req.args). */
function fromArgs(stage: Stage): string[] {
  return stage.original.split(/\s+/).slice(1).filter((w) => !w.startsWith('--'));
}

function parseTime(df: Dockerfile, lint: Linter): void {
  for (const w of df.warnings) lint.run('NoEmptyContinuation', 'Empty continuation line', [w.line]);
  for (const st of df.stages) {
    const args = fromArgs(st);
    const at = lines(st.range);
    if (args.length === 3 && args[2] !== args[2].toLowerCase()) lint.run('StageNameCasing', `Stage name '${args[2]}' should be lowercase`, at);
    const cmd = st.fromName;
    const self = cmd === cmd.toLowerCase() || cmd === cmd.toUpperCase();
    if (args.length >= 3 && self && args[1] !== (cmd === cmd.toLowerCase() ? args[1].toLowerCase() : args[1].toUpperCase())) {
      lint.run('FromAsCasing', `'${args[1]}' and '${cmd}' keywords' casing do not match`, at);
    }
    for (const i of st.instructions) if (i.kind === 'MAINTAINER') lint.run('MaintainerDeprecated', 'Maintainer instruction is deprecated in favor of using label', lines(i.range));
  }
}

function stageNames(df: Dockerfile, lint: Linter): void {
  const seen = new Set<string>();
  for (const st of df.stages) {
    if (st.name === '') continue;
    if (st.name === 'context' || st.name === 'scratch') lint.run('ReservedStageName', `Stage name should not use the same name as reserved stage "${st.name}"`, lines(st.range));
    if (seen.has(st.name)) lint.run('DuplicateStageName', `Duplicate stage name "${st.name}", stage names should be unique`, lines(st.range));
    seen.add(st.name);
  }
}

function commandCasing(df: Dockerfile, lint: Linter): void {
  const all = df.stages.flatMap((st) => [{ name: st.fromName, range: st.range }, ...st.instructions.map((i) => ({ name: i.name, range: i.range }))]);
  const self = all.filter((c) => c.name === c.name.toLowerCase() || c.name === c.name.toUpperCase());
  const lower = self.filter((c) => c.name === c.name.toLowerCase()).length;
  const majorityLower = lower > self.length - lower;
  for (const c of all) {
    const want = majorityLower ? c.name.toLowerCase() : c.name.toUpperCase();
    if (c.name !== want) {
      lint.run('ConsistentInstructionCasing', `Command '${c.name}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`, lines(c.range));
    }
  }
}

export interface LintInput extends DispatchLintInput {
  /** The automatic platform ARGs (BUILDPLATFORM, TARGETARCH ...). */
  platform: EnvList;
  /** The global scope: platform ARGs and the meta ARGs with --build-arg values. */
  global: EnvList;
}

type Expand = (word: string, env: EnvList) => ReturnType<typeof processWord>;

/** validateBaseImagesWithDefaultArgs: FROM names that give no valid image without --build-args. */
function invalidDefaults(df: Dockerfile, lint: Linter, input: LintInput, expand: Expand): void {
  const defaults = globalArgs(df.metaArgs, input.platform, { buildArgs: {}, escapeToken: df.escapeToken });
  for (const st of df.stages) {
    let name: string;
    try {
      name = expand(st.baseName, defaults).result;
    } catch {
      return;
    }
    if (!parseRef(name)) lint.run('InvalidDefaultArgInFrom', `Default value for ARG ${st.baseName} results in empty or invalid base image name`, lines(st.range));
  }
}

/** buildDispatchStates: undeclared ARGs in FROM lines and the --platform flag, stage by stage. */
function fromLines(df: Dockerfile, lint: Linter, input: LintInput, expand: Expand): void {
  const keys = [...new Set([...input.global.map(([k]) => k), ...df.metaArgs.flatMap((a) => a.args.map((d) => d.key))])];
  for (const st of df.stages) {
    const undeclared = (word: string) => {
      let unmatched: Set<string>;
      try {
        unmatched = expand(word, input.global).unmatched;
      } catch {
        return;
      }
      for (const v of unmatched) {
        if (keys.includes(v)) continue;
        const s = search(v, keys, true);
        lint.run('UndefinedArgInFrom', `FROM argument '${v}' is not declared${s ? ` (did you mean ${s}?)` : ''}`, lines(st.range));
      }
    };
    undeclared(st.baseName);
    if (st.platform !== '') platformFlag(st, lint, input, undeclared, expand);
  }
}

function platformFlag(st: Stage, lint: Linter, input: LintInput, undeclared: (w: string) => void, expand: Expand): void {
  const at = lines(st.range);
  undeclared(st.platform);
  let m: ReturnType<Expand>;
  try {
    m = expand(st.platform, input.global);
  } catch {
    return;
  }
  const target = input.global.find(([k]) => k === 'TARGETPLATFORM')?.[1];
  if (m.matched.size === 1 && m.unmatched.size === 0 && m.matched.has('TARGETPLATFORM') && m.result === target) {
    lint.run('RedundantTargetPlatform', `Setting platform to predefined ${st.platform} in FROM is redundant as this is the default behavior`, at);
  }
  const p = /^([a-z0-9]+)\/([a-z0-9_]+)/.exec(m.result);
  if (m.matched.size === 0 && m.unmatched.size === 0 && p && !st.name.includes(p[1]) && !st.name.includes(p[2])) {
    lint.run('FromPlatformFlagConstDisallowed', `FROM --platform flag should not use constant value "${m.result}"`, at);
  }
}

/**
 * Every warning BuildKit's linter gives the Dockerfile for this build, in its order, and the
 * error converting the stages stops at (an expansion error, a bad EXPOSE ...), if any.
 */
export function lintDockerfile(df: Dockerfile, input: LintInput): { warnings: LintWarning[]; error: DockerfileError | null } {
  const lint = new Linter(df.check);
  parseTime(df, lint);
  stageNames(df, lint);
  commandCasing(df, lint);
  const expand: Expand = (word, env) => processWord(word, envGetter(env), { escapeToken: df.escapeToken });
  invalidDefaults(df, lint, input, expand);
  fromLines(df, lint, input, expand);
  const error = lintStages(df, lint, input);
  return { warnings: lint.warnings, error };
}

/** `# check=error=true`: the build fails with the rules that fired (BuildKit's lint.Error()). */
export function lintError(df: Dockerfile, warnings: readonly LintWarning[]): string | null {
  if (!df.check.error || warnings.length === 0) return null;
  return `lint violation found for rules: ${[...new Set(warnings.map((w) => w.rule))].join(', ')}`;
}
