// ARG scoping as BuildKit's dockerfile2llb has it. The global scope holds the automatic platform
// args (BUILDPLATFORM, TARGETARCH, TARGETSTAGE, ...) plus the ARGs before the first FROM, each
// taking its --build-arg value or its expanded default; it is visible only to FROM lines (image
// and --platform). Inside a stage an ARG puts its value into the build environment (so later
// instructions and RUN see it, but not the image config): the --build-arg value if given, else its
// own default expanded in the stage's environment, else (no default) the global value. Unused
// --build-args are silently ignored: "[Warning] One or more build-args ... were not consumed" is
// the classic builder's, BuildKit prints nothing.
import type { ArgDecl, Instruction, Stage } from './ast.ts';
import { type EnvList, envGet, envGetter, envSet } from './env-list.ts';
import { DockerfileError, lineRange } from './errors.ts';
import { LexError, processWord } from './shell-lex.ts';

type ArgInstruction = Extract<Instruction, { kind: 'ARG' }>;

export interface PlatformSpec {
  os: string;
  architecture: string;
  variant?: string;
}

export interface ArgOptions {
  /** --build-arg values. */
  buildArgs: Readonly<Record<string, string>>;
  escapeToken: string;
}

/** BUILDKIT_SBOM_SCAN_* never become environment variables. */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

function formatPlatform(p: PlatformSpec): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/** defaultArgs: the automatic platform args; `target` is --target or the last stage's name. */
export function platformArgs(build: PlatformSpec, target: PlatformSpec, targetStage: string, buildArgs: Readonly<Record<string, string>>): EnvList {
  const pairs: [string, string][] = [
    ['BUILDPLATFORM', formatPlatform(build)],
    ['BUILDOS', build.os],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', build.architecture],
    ['BUILDVARIANT', build.variant ?? ''],
    ['TARGETPLATFORM', formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant ?? ''],
    ['TARGETSTAGE', targetStage === '' ? 'default' : targetStage],
  ];
  let env: EnvList = [];
  for (const [k, v] of pairs) env = envSet(env, k, Object.hasOwn(buildArgs, k) ? buildArgs[k] : v);
  return env;
}

function expand(word: string, env: EnvList, escapeToken: string, at: ArgInstruction): string {
  try {
    return processWord(word, envGetter(env), { escapeToken }).result;
  } catch (e) {
    if (e instanceof LexError) throw new DockerfileError(e.message, [lineRange(at.range.start, at.range.end)]);
    throw e;
  }
}

/** buildMetaArgs: the global scope after the ARGs before the first FROM. */
export function globalArgs(metaArgs: readonly ArgInstruction[], base: EnvList, opts: ArgOptions): EnvList {
  let env = base;
  for (const cmd of metaArgs) {
    for (const a of cmd.args) {
      const value = Object.hasOwn(opts.buildArgs, a.key)
        ? opts.buildArgs[a.key]
        : a.value === null ? null : expand(a.value, env, opts.escapeToken, cmd);
      if (value !== null) env = envSet(env, a.key, value);
    }
  }
  return env;
}

/** FROM's image and --platform expanded with the global scope (platform still to be parsed). */
export function resolveFrom(stage: Stage, global: EnvList, escapeToken: string): { baseName: string; platform: string } {
  const lines = [lineRange(stage.range.start, stage.range.end)];
  const run = (word: string, wrap: (msg: string) => string): string => {
    try {
      return processWord(word, envGetter(global), { escapeToken }).result;
    } catch (e) {
      if (e instanceof LexError) throw new DockerfileError(wrap(e.message), lines);
      throw e;
    }
  };
  const baseName = run(stage.baseName, (m) => m);
  if (baseName === '') throw new DockerfileError(`base name (${stage.baseName}) should not be blank`, lines);
  if (stage.platform === '') return { baseName, platform: '' };
  const platform = run(stage.platform, (m) => `failed to process arguments for platform : ${m}`);
  if (platform === '') throw new DockerfileError(`empty platform value from expression ${stage.platform}`, lines);
  return { baseName, platform };
}

export interface DeclaredArgs {
  /** The build environment after the ARG. */
  env: EnvList;
  /** Each name with the value it took (null: declared without any value). */
  declared: ArgDecl[];
  /** The image history line, e.g. `ARG VERSION=1.2 DEBUG`. */
  history: string;
}

/** dispatchArg: an ARG inside a stage. `env` is the stage's build environment before it. */
export function declareArgs(cmd: ArgInstruction, env: EnvList, global: EnvList, opts: ArgOptions): DeclaredArgs {
  let out = env;
  const declared: ArgDecl[] = [];
  for (const a of cmd.args) {
    const fromBuildArg = Object.hasOwn(opts.buildArgs, a.key);
    let value: string | null = a.value;
    if (value === null && !fromBuildArg) value = envGet(global, a.key) ?? null;
    else if (fromBuildArg) value = opts.buildArgs[a.key];
    else value = expand(value as string, out, opts.escapeToken, cmd);
    if (value !== null && !NON_ENV_ARGS.has(a.key)) out = envSet(out, a.key, value);
    declared.push({ ...a, value });
  }
  const history = `ARG ${declared.map((d) => (d.value === null ? d.key : `${d.key}=${d.value}`)).join(' ')}`;
  return { env: out, declared, history };
}

/**
 * The proxy --build-args (names matched case-insensitively) that BuildKit hands to every RUN
 * without an ARG and keeps out of history: the env entries its executor adds (proxyEnvList).
 */
export function proxyEnv(buildArgs: Readonly<Record<string, string>>): string[] {
  const values: Record<string, string> = {};
  for (const k of Object.keys(buildArgs).sort()) values[k.toLowerCase()] = buildArgs[k];
  const out: string[] = [];
  for (const name of ['http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy']) {
    const v = values[name];
    if (v) out.push(`${name.toUpperCase()}=${v}`, `${name}=${v}`);
  }
  return out;
}

/** runCommandString: RUN's history/cache text, the stage's ARG values prefixed as `|N K=V ...`. */
export function runCommandString(args: readonly string[], declared: readonly ArgDecl[], env: EnvList): string {
  const build: [string, string][] = [];
  for (const a of declared) {
    const v = envGet(env, a.key) ?? a.value ?? '';
    const i = build.findIndex(([k]) => k === a.key);
    if (i >= 0) build[i] = [a.key, v];
    else build.push([a.key, v]);
  }
  const prefix = build.length > 0 ? [`|${build.length}`, ...build.map(([k, v]) => `${k}=${v}`)] : [];
  return [...prefix, ...args].join(' ');
}
