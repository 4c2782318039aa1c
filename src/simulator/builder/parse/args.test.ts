import { describe, expect, it } from 'vitest';
import { declareArgs, globalArgs, platformArgs, proxyEnv, resolveFrom, runCommandString } from './args.ts';
import type { Instruction } from './ast.ts';
import { parseDockerfile } from './dockerfile.ts';
import { type EnvList, envSet } from './env-list.ts';
import { DockerfileError } from './errors.ts';

type Arg = Extract<Instruction, { kind: 'ARG' }>;
const amd64 = { os: 'linux', architecture: 'amd64' };

function setup(src: string, buildArgs: Record<string, string> = {}) {
  const df = parseDockerfile(src);
  const opts = { buildArgs, escapeToken: df.escapeToken };
  const last = df.stages[df.stages.length - 1].name;
  const global = globalArgs(df.metaArgs, platformArgs(amd64, amd64, last, buildArgs), opts);
  return { df, opts, global };
}

function thrown(f: () => unknown): { message: string; locations: number[][] } {
  try {
    f();
  } catch (e) {
    if (e instanceof DockerfileError) return { message: e.message, locations: e.locations };
    throw e;
  }
  throw new Error('no error');
}

const stageArgs = (df: ReturnType<typeof parseDockerfile>, stage = 0): Arg[] =>
  df.stages[stage].instructions.filter((i): i is Arg => i.kind === 'ARG');

describe('platform args', () => {
  it('are set for every build, overridable by --build-arg', () => {
    expect(platformArgs(amd64, { os: 'linux', architecture: 'arm64', variant: 'v8' }, '', { TARGETOS: 'x' })).toEqual([
      ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDOSVERSION', ''], ['BUILDARCH', 'amd64'],
      ['BUILDVARIANT', ''], ['TARGETPLATFORM', 'linux/arm64/v8'], ['TARGETOS', 'x'], ['TARGETOSVERSION', ''],
      ['TARGETARCH', 'arm64'], ['TARGETVARIANT', 'v8'], ['TARGETSTAGE', 'default'],
    ]);
  });
});

describe('global ARGs (before the first FROM)', () => {
  it('take --build-arg values, else their defaults expanded with earlier globals', () => {
    const { global } = setup('ARG VERSION=latest\nARG IMG=busybox:${VERSION}-$TARGETARCH\nARG NOVAL\nFROM $IMG\n', {});
    expect(global.slice(-2)).toEqual([['VERSION', 'latest'], ['IMG', 'busybox:latest-amd64']]);
    const over = setup('ARG VERSION=latest\nARG IMG=busybox:${VERSION}\nFROM $IMG\n', { VERSION: '1.36' });
    expect(over.global.slice(-2)).toEqual([['VERSION', '1.36'], ['IMG', 'busybox:1.36']]);
  });
  it('expand FROM image and --platform', () => {
    const { df, global } = setup('ARG VERSION=latest\nFROM --platform=$BUILDPLATFORM busybox:$VERSION AS b\n');
    expect(resolveFrom(df.stages[0], global, '\\')).toEqual({ baseName: 'busybox:latest', platform: 'linux/amd64' });
  });
  it('an empty image name is an error at the FROM line', () => {
    const { df, global } = setup('FROM x\nRUN a\nFROM $NOPE\n');
    expect(thrown(() => resolveFrom(df.stages[1], global, '\\'))).toEqual({
      message: 'base name ($NOPE) should not be blank',
      locations: [[3]],
    });
  });
  it('an empty --platform is an error', () => {
    const { df, global } = setup('FROM --platform=$NOPE x\n');
    expect(() => resolveFrom(df.stages[0], global, '\\')).toThrow('empty platform value from expression $NOPE');
  });
});

describe('ARG inside a stage', () => {
  const src = 'ARG VERSION=latest\nARG G=global\nFROM busybox:$VERSION\nENV E=env\nARG VERSION\nARG G=own-$E\nARG NONE\nARG D=$VERSION\n';
  it('inherits the global value only when redeclared without a default', () => {
    const { df, opts, global } = setup(src);
    let env: EnvList = [['PATH', '/bin'], ['E', 'env']];
    const history: string[] = [];
    for (const a of stageArgs(df)) {
      const r = declareArgs(a, env, global, opts);
      env = r.env;
      history.push(r.history);
    }
    expect(env).toEqual([['PATH', '/bin'], ['E', 'env'], ['VERSION', 'latest'], ['G', 'own-env'], ['D', 'latest']]);
    expect(history).toEqual(['ARG VERSION=latest', 'ARG G=own-env', 'ARG NONE', 'ARG D=latest']);
  });
  it('--build-arg beats the default; an undeclared global is not visible', () => {
    const { df, opts, global } = setup('ARG G=1\nFROM x\nARG A=default\nARG B=$G\n', { A: 'cli' });
    let env: EnvList = [];
    for (const a of stageArgs(df)) env = declareArgs(a, env, global, opts).env;
    expect(env).toEqual([['A', 'cli'], ['B', '']]);
  });
  it('reports a bad default at the ARG line', () => {
    const { df, opts, global } = setup('FROM x\nARG A=${X:?needed}\n');
    expect(thrown(() => declareArgs(stageArgs(df)[0], [], global, opts))).toEqual({
      message: 'failed to process "${X:?needed}": X: needed',
      locations: [[2]],
    });
  });
});

describe('RUN environment helpers', () => {
  it('proxy build-args reach RUN without an ARG', () => {
    expect(proxyEnv({ http_proxy: 'http://p:3128', NO_PROXY: 'localhost', OTHER: 'x' })).toEqual([
      'HTTP_PROXY=http://p:3128', 'http_proxy=http://p:3128', 'NO_PROXY=localhost', 'no_proxy=localhost',
    ]);
  });
  it('history and cache text carry the stage ARGs as |N K=V', () => {
    const env = envSet(envSet([], 'A', '1'), 'B', 'two');
    const declared = [{ key: 'A', value: '0', docComment: '' }, { key: 'B', value: null, docComment: '' }];
    expect(runCommandString(['/bin/sh', '-c', 'make'], declared, env)).toBe('|2 A=1 B=two /bin/sh -c make');
    expect(runCommandString(['/bin/sh', '-c', 'make'], [], env)).toBe('/bin/sh -c make');
  });
});
