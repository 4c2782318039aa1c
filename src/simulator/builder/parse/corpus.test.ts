// Every Dockerfile in corpus/ (official images' own, Docker's own, and hand-written tricky cases)
// parses to exactly what BuildKit sees. Each <name>.json beside it was produced by BuildKit's real
// parser and instructions packages (v0.32.2 as vendored in moby, run offline): the raw node dump,
// the typed commands with their Go field names, and errors with their lines.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goQuote } from '../../util/format/go-fmt.ts';
import type { Instruction, Node, Stage } from './ast.ts';
import { parseDockerfile } from './dockerfile.ts';
import { DockerfileError } from './errors.ts';
import { parseNodes } from './nodes.ts';

const dir = new URL('./corpus/', import.meta.url);

function dump(node: Node): string {
  let s = node.value.toLowerCase();
  if (node.flags.length > 0) s += ` [${node.flags.map(goQuote).join(' ')}]`;
  if (node.sub) s += ` (${dump(node.sub)})`;
  for (const a of node.args) s += ` ${goQuote(a)}`;
  return s.trim();
}

const GO_TYPE: Record<Instruction['kind'], string> = {
  ADD: 'AddCommand', ARG: 'ArgCommand', CMD: 'CmdCommand', COPY: 'CopyCommand', ENTRYPOINT: 'EntrypointCommand',
  ENV: 'EnvCommand', EXPOSE: 'ExposeCommand', HEALTHCHECK: 'HealthCheckCommand', LABEL: 'LabelCommand',
  MAINTAINER: 'MaintainerCommand', ONBUILD: 'OnbuildCommand', RUN: 'RunCommand', SHELL: 'ShellCommand',
  STOPSIGNAL: 'StopSignalCommand', USER: 'UserCommand', VOLUME: 'VolumeCommand', WORKDIR: 'WorkdirCommand',
};

/** Our instruction in the shape of BuildKit's Go struct, as json.Marshal writes it. */
function goShape(i: Instruction): Record<string, unknown> {
  const base = { type: GO_TYPE[i.kind], name: i.name, lines: [i.range.start, i.range.end], code: i.original };
  const kv = (p: { key: string; value: string; legacy: boolean }) => ({ Key: p.key, Value: p.value, NoDelim: p.legacy });
  const srcs = (x: { sources: string[]; inline: { path: string; data: string; expand: boolean }[]; dest: string }) => ({
    DestPath: x.dest,
    SourcePaths: x.sources,
    SourceContents: x.inline.map((c) => ({ Path: c.path, Data: c.data, Expand: c.expand })),
  });
  switch (i.kind) {
    case 'RUN':
      return { ...base, CmdLine: i.command.args, Files: i.heredocs.map((h) => ({ Name: h.name, Data: h.content, Chomp: h.chomp })), PrependShell: i.command.form === 'shell', mountCount: i.mounts.length, network: i.network, security: i.security };
    case 'CMD':
    case 'ENTRYPOINT':
      return { ...base, CmdLine: i.command.args, Files: [], PrependShell: i.command.form === 'shell' };
    case 'ENV':
      return { ...base, Env: i.env.map(kv) };
    case 'LABEL':
      return { ...base, Labels: i.labels.map(kv) };
    case 'MAINTAINER':
      return { ...base, Maintainer: i.maintainer };
    case 'EXPOSE':
      return { ...base, Ports: i.ports };
    case 'ADD':
      return { ...base, ...srcs(i), Chown: i.chown, Chmod: i.chmod, Link: i.link, ExcludePatterns: i.excludes, KeepGitDir: i.keepGitDir, Checksum: i.checksum, Unpack: i.unpack };
    case 'COPY':
      return { ...base, ...srcs(i), From: i.from, Chown: i.chown, Chmod: i.chmod, Link: i.link, ExcludePatterns: i.excludes, Parents: i.parents };
    case 'VOLUME':
      return { ...base, Volumes: i.volumes };
    case 'USER':
      return { ...base, User: i.user };
    case 'WORKDIR':
      return { ...base, Path: i.path };
    case 'ARG':
      return { ...base, Args: i.args.map((a) => ({ Key: a.key, Value: a.value, DocComment: a.docComment })) };
    case 'ONBUILD':
      return { ...base, Expression: i.expression };
    case 'STOPSIGNAL':
      return { ...base, Signal: i.signal };
    case 'HEALTHCHECK': {
      const h = i.health;
      return { ...base, Health: { Test: h.test, Interval: h.interval, Timeout: h.timeout, StartPeriod: h.startPeriod, StartInterval: h.startInterval, Retries: h.retries } };
    }
    case 'SHELL':
      return { ...base, Shell: i.shell };
  }
}

function stageShape(s: Stage) {
  return { name: s.name, baseName: s.baseName, platform: s.platform, origCmd: s.fromName, code: s.original, lines: [s.range.start, s.range.end], commands: s.instructions.map(goShape) };
}

function ours(src: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  try {
    const r = parseNodes(src);
    out.escape = r.escapeToken;
    out.nodes = r.nodes.map(dump);
    out.warnings = r.warnings.map((w) => `${w.message} @${w.line}`);
  } catch {
    out.nodes = [];
    out.warnings = [];
  }
  try {
    const df = parseDockerfile(src);
    out.metaArgs = df.metaArgs.map(goShape);
    out.stages = df.stages.map(stageShape);
  } catch (e) {
    if (!(e instanceof DockerfileError)) throw e;
    out.error = e.message;
    out.errorLines = e.locations;
  }
  return out;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.Dockerfile'));

describe('corpus: every Dockerfile parses to what BuildKit sees', () => {
  it('has at least 25 real-world Dockerfiles and the tricky cases', () => {
    expect(files.filter((f) => !/^(tricky|example)-/.test(f)).length).toBeGreaterThanOrEqual(25);
    expect(files.filter((f) => f.startsWith('tricky-')).length).toBeGreaterThanOrEqual(10);
  });
  for (const file of files) {
    it(file, () => {
      const src = readFileSync(new URL(file, dir), 'utf8');
      const { source: _source, escape, ...expected } = JSON.parse(
        readFileSync(new URL(file.replace(/\.Dockerfile$/, '.json'), dir), 'utf8'),
      ) as Record<string, unknown>;
      const { escape: ourEscape, ...actual } = ours(src);
      expect(actual).toEqual(expected);
      if (expected.nodes && (expected.nodes as unknown[]).length > 0) expect(ourEscape).toBe(escape);
    });
  }
});
