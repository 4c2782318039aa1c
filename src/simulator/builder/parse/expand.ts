// Variable expansion at dispatch time, per instruction as BuildKit's Expand methods do it: ENV and
// LABEL keys and values; COPY/ADD sources, destination, --chown, --chmod (ADD --checksum); WORKDIR,
// USER, VOLUME, STOPSIGNAL; RUN --mount values; heredoc bodies of COPY/ADD unless the delimiter
// was quoted (quotes kept there). CMD, ENTRYPOINT, HEALTHCHECK, SHELL, ONBUILD, MAINTAINER and
// RUN's command stay as written (the shell of the container expands those). `env` is the build
// environment of the stage at that point. Errors are DockerfileErrors at the instruction's lines.
import type { Instruction, KeyValue } from './ast.ts';
import { type EnvList, envGetter } from './env-list.ts';
import { DockerfileError, lineRange } from './errors.ts';
import { type Mount, parseMount } from './mount.ts';
import { LexError, processWord } from './shell-lex.ts';

export interface ExpandResult<T> {
  instruction: T;
  /** Variables referenced but not set (BuildKit's UndefinedVar lint looks at these). */
  unmatched: string[];
}

/** An expander bound to an environment, collecting unset names; wraps errors with the lines. */
function expander(instr: Instruction, env: EnvList, escapeToken: string, raw = false) {
  const unmatched = new Set<string>();
  const get = envGetter(env);
  const fn = (word: string): string => {
    try {
      const r = raw
        ? processWord(word, get, { escapeToken: '\\', skipProcessQuotes: true })
        : processWord(word, get, { escapeToken });
      for (const n of r.unmatched) unmatched.add(n);
      return r.result;
    } catch (e) {
      if (e instanceof LexError) {
        throw new DockerfileError(e.message, [lineRange(instr.range.start, instr.range.end)]);
      }
      throw e;
    }
  };
  return { fn, unmatched };
}

const kvs = (list: KeyValue[], x: (w: string) => string): KeyValue[] =>
  list.map((p) => ({ ...p, key: x(p.key), value: x(p.value) }));

/** The instruction with its expandable words expanded. */
export function expandInstruction<T extends Instruction>(instr: T, env: EnvList, escapeToken: string): ExpandResult<T> {
  const { fn: x, unmatched } = expander(instr, env, escapeToken);
  const raw = expander(instr, env, escapeToken, true);
  const i = instr as Instruction;
  let out: Instruction;
  switch (i.kind) {
    case 'ENV':
      out = { ...i, env: kvs(i.env, x) };
      break;
    case 'LABEL':
      out = { ...i, labels: kvs(i.labels, x) };
      break;
    case 'COPY':
    case 'ADD': {
      const chown = x(i.chown);
      const chmod = x(i.chmod);
      const checksum = i.kind === 'ADD' ? x(i.checksum) : '';
      const sources = i.sources.map(x);
      const dest = x(i.dest);
      const inline = i.inline.map((c) => (c.expand ? { ...c, data: raw.fn(c.data) } : c));
      out = i.kind === 'ADD' ? { ...i, chown, chmod, checksum, sources, dest, inline } : { ...i, chown, chmod, sources, dest, inline };
      break;
    }
    case 'WORKDIR':
      out = { ...i, path: x(i.path) };
      break;
    case 'USER':
      out = { ...i, user: x(i.user) };
      break;
    case 'VOLUME':
      out = { ...i, volumes: i.volumes.map(x) };
      break;
    case 'STOPSIGNAL':
      out = { ...i, signal: x(i.signal) };
      break;
    default:
      out = i;
  }
  for (const n of raw.unmatched) unmatched.add(n);
  return { instruction: out as T, unmatched: [...unmatched] };
}

/** RUN --mount values parsed with expansion (setMountState with an expander). */
export function expandMounts(run: Extract<Instruction, { kind: 'RUN' }>, env: EnvList, escapeToken: string): Mount[] {
  const { fn } = expander(run, env, escapeToken);
  return run.mounts.map((m) => {
    try {
      return parseMount(m, fn);
    } catch (e) {
      if (e instanceof DockerfileError) throw e;
      throw new DockerfileError((e as Error).message, [lineRange(run.range.start, run.range.end)]);
    }
  });
}

/** toCommand's check on COPY --from: any expansion is refused (no source lines in the error). */
export function checkCopyFrom(from: string, escapeToken: string): void {
  if (from === '') return;
  let result: string;
  try {
    result = processWord(from, { get: () => undefined, keys: () => [] }, { escapeToken }).result;
  } catch (e) {
    throw new DockerfileError((e as Error).message);
  }
  if (result !== from) {
    throw new DockerfileError(
      'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
    );
  }
}
