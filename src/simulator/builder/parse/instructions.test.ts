// One test per instruction: the typed AST a line produces (values as written; expand.ts expands).
import { describe, expect, it } from 'vitest';
import type { Instruction } from './ast.ts';
import { parseDockerfile, parseOnbuildTrigger } from './dockerfile.ts';

const one = (line: string): Instruction => parseDockerfile(`FROM x\n${line}\n`).stages[0].instructions[0];
const base = (name: string, original: string, end = 2) => ({ name, original, range: { start: 2, end }, comments: [] });

describe('instructions', () => {
  it('FROM [--platform] image [AS name] starts a stage (name lowercased)', () => {
    const df = parseDockerfile('FROM --platform=$BUILDPLATFORM golang:1.23 AS Build\nfrom scratch\n');
    expect(df.stages.map(({ instructions: _i, ...s }) => s)).toEqual([
      { name: 'build', baseName: 'golang:1.23', platform: '$BUILDPLATFORM', fromName: 'FROM', original: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS Build', range: { start: 1, end: 1 }, comments: [] },
      { name: '', baseName: 'scratch', platform: '', fromName: 'from', original: 'from scratch', range: { start: 2, end: 2 }, comments: [] },
    ]);
  });
  it('RUN: shell form, exec form, flags', () => {
    expect(one('RUN apt-get update && apt-get install -y curl')).toEqual({
      ...base('RUN', 'RUN apt-get update && apt-get install -y curl'), kind: 'RUN',
      command: { form: 'shell', args: ['apt-get update && apt-get install -y curl'] },
      heredocs: [], mounts: [], network: 'default', security: 'sandbox', devices: [], flagsUsed: [],
    });
    expect(one('RUN ["npm", "ci"]')).toMatchObject({ command: { form: 'exec', args: ['npm', 'ci'] } });
    expect(one('RUN --mount=type=cache,target=/root/.npm --network=none npm ci')).toMatchObject({
      mounts: ['type=cache,target=/root/.npm'], network: 'none', flagsUsed: ['mount', 'network'],
    });
  });
  it('RUN heredoc', () => {
    expect(one('RUN <<EOF\necho hi\nEOF')).toMatchObject({
      range: { start: 2, end: 4 }, command: { form: 'shell', args: ['<<EOF'] },
      heredocs: [{ name: 'EOF', fileDescriptor: 0, expand: true, chomp: false, content: 'echo hi\n' }],
    });
  });
  it('CMD and ENTRYPOINT: invalid JSON falls back to shell form', () => {
    expect(one('CMD ["node", "app.js"]')).toEqual({ ...base('CMD', 'CMD ["node", "app.js"]'), kind: 'CMD', command: { form: 'exec', args: ['node', 'app.js'] } });
    expect(one("ENTRYPOINT ['node']")).toMatchObject({ kind: 'ENTRYPOINT', command: { form: 'shell', args: ["['node']"] } });
  });
  it('LABEL: pairs, values as written', () => {
    expect(one('LABEL a=b "c d"="e f"')).toEqual({ ...base('LABEL', 'LABEL a=b "c d"="e f"'), kind: 'LABEL', labels: [
      { key: 'a', value: 'b', legacy: false }, { key: '"c d"', value: '"e f"', legacy: false },
    ] });
  });
  it('MAINTAINER (deprecated, still accepted)', () => {
    expect(one('MAINTAINER Jane <j@x>')).toEqual({ ...base('MAINTAINER', 'MAINTAINER Jane <j@x>'), kind: 'MAINTAINER', maintainer: 'Jane <j@x>' });
  });
  it('EXPOSE keeps words, sorted as BuildKit sorts them', () => {
    expect(one('EXPOSE 8080 443/tcp 3000')).toMatchObject({ kind: 'EXPOSE', ports: ['3000', '443/tcp', '8080'] });
  });
  it('ENV: k=v pairs and the legacy `ENV k v` form', () => {
    expect(one('ENV A=1 B="x y"')).toMatchObject({ kind: 'ENV', env: [{ key: 'A', value: '1', legacy: false }, { key: 'B', value: '"x y"', legacy: false }] });
    expect(one('ENV PATH /usr/local/bin:$PATH')).toMatchObject({ env: [{ key: 'PATH', value: '/usr/local/bin:$PATH', legacy: true }] });
  });
  it('ADD and COPY: sources, destination, flags, heredoc sources', () => {
    expect(one('COPY --from=build --chown=1:1 --chmod=755 --link a b /dst/')).toEqual({
      ...base('COPY', 'COPY --from=build --chown=1:1 --chmod=755 --link a b /dst/'), kind: 'COPY',
      sources: ['a', 'b'], inline: [], dest: '/dst/', from: 'build', chown: '1:1', chmod: '755', link: true, parents: false, excludes: [],
    });
    expect(one('ADD --unpack=false --exclude=*.md https://x/y.tgz /opt/')).toMatchObject({
      kind: 'ADD', sources: ['https://x/y.tgz'], unpack: false, keepGitDir: null, excludes: ['*.md'],
    });
    expect(one('COPY <<-EOF /etc/x\n\t\tindented\n\tEOF')).toMatchObject({ inline: [{ path: 'EOF', data: 'indented\n', expand: true }] });
  });
  it('VOLUME: JSON or words', () => {
    expect(one('VOLUME ["/a", "/b c"]')).toMatchObject({ kind: 'VOLUME', volumes: ['/a', '/b c'] });
    expect(one('VOLUME /a /b')).toMatchObject({ volumes: ['/a', '/b'] });
  });
  it('USER, WORKDIR, STOPSIGNAL: the rest of the line', () => {
    expect(one('USER app:app')).toMatchObject({ kind: 'USER', user: 'app:app' });
    expect(one('WORKDIR /srv/my app')).toMatchObject({ kind: 'WORKDIR', path: '/srv/my app' });
    expect(one('STOPSIGNAL SIGQUIT')).toMatchObject({ kind: 'STOPSIGNAL', signal: 'SIGQUIT' });
  });
  it('ARG: several names, defaults optional, doc comments', () => {
    const df = parseDockerfile('FROM x\n# VERSION the release to build\nARG VERSION=1.0 DEBUG\n');
    expect(df.stages[0].instructions[0]).toMatchObject({ kind: 'ARG', comments: ['VERSION the release to build'], args: [
      { key: 'VERSION', value: '1.0', docComment: 'the release to build' }, { key: 'DEBUG', value: null, docComment: '' },
    ] });
  });
  it('ONBUILD keeps its trigger as text', () => {
    expect(one('ONBUILD   COPY . /app')).toMatchObject({ kind: 'ONBUILD', expression: 'COPY . /app' });
  });
  it('HEALTHCHECK: NONE, or options + CMD (shell form becomes CMD-SHELL)', () => {
    expect(one('HEALTHCHECK NONE')).toMatchObject({ kind: 'HEALTHCHECK', health: { test: ['NONE'] } });
    expect(one('HEALTHCHECK --interval=30s --timeout=3s --start-period=1m --retries=3 CMD curl -f http://localhost/')).toMatchObject({
      health: { test: ['CMD-SHELL', 'curl -f http://localhost/'], interval: 30e9, timeout: 3e9, startPeriod: 60e9, startInterval: 0, retries: 3 },
    });
    expect(one('HEALTHCHECK CMD ["true"]')).toMatchObject({ health: { test: ['CMD', 'true'] } });
  });
  it('SHELL: JSON only', () => {
    expect(one('SHELL ["/bin/bash", "-o", "pipefail", "-c"]')).toMatchObject({ kind: 'SHELL', shell: ['/bin/bash', '-o', 'pipefail', '-c'] });
  });
  it('instruction words are case-insensitive; the AST keeps the spelling', () => {
    expect(one('wOrKdIr /x')).toMatchObject({ kind: 'WORKDIR', name: 'wOrKdIr' });
  });
});

describe('the file', () => {
  it('global ARGs, directives, check options, comments and warnings', () => {
    const df = parseDockerfile('# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\nARG V=1\n# base image\nFROM alpine:$V\nRUN a \\\n\n  b\n');
    expect(df.directives).toEqual([{ name: 'syntax', value: 'docker/dockerfile:1', line: 1 }, { name: 'check', value: 'skip=JSONArgsRecommended', line: 2 }]);
    expect(df.check).toEqual({ skipAll: false, skip: ['JSONArgsRecommended'], experimentalAll: false, experimental: [], error: false });
    expect(df.metaArgs.map((a) => a.args)).toEqual([[{ key: 'V', value: '1', docComment: '' }]]);
    expect(df.stages[0].comments).toEqual(['base image']);
    expect(df.warnings).toEqual([{ rule: 'NoEmptyContinuation', message: 'Empty continuation line found in: RUN a   b', line: 8 }]);
  });
  it('escape=` makes the backtick the escape and continuation character', () => {
    const df = parseDockerfile('# escape=`\nFROM x\nRUN dir C:\\ `\n  /b\n');
    expect(df.escapeToken).toBe('`');
    expect(df.stages[0].instructions[0]).toMatchObject({ command: { args: ['dir C:\\   /b'] }, range: { start: 3, end: 4 } });
  });
});

describe('ONBUILD triggers of a base image', () => {
  const from = parseDockerfile('FROM base\n').stages[0];
  it('parse as one instruction placed at the FROM line', () => {
    expect(parseOnbuildTrigger('COPY . /app', from)).toMatchObject({ kind: 'COPY', sources: ['.'], dest: '/app', range: { start: 1, end: 1 } });
    expect(parseOnbuildTrigger('RUN <<EOF\necho hi\nEOF', from)).toMatchObject({ kind: 'RUN', heredocs: [{ content: 'echo hi\n' }] });
  });
  it('must be a single expression', () => {
    expect(() => parseOnbuildTrigger('RUN a\nRUN b', from)).toThrow('onbuild trigger should be a single expression');
  });
});
