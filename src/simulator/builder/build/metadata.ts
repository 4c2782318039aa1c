// The instructions that only change the image config (ENV, LABEL, EXPOSE, CMD, ENTRYPOINT, USER,
// VOLUME, STOPSIGNAL, SHELL ...): the new config and BuildKit's history line (empty_layer).
import type { ImageConfig } from '../../engine/catalog/types.ts';
import { formatGoDuration } from '../../util/format/go-duration.ts';
import type { HealthConfig, Instruction } from '../parse/ast.ts';
import { envSet, type EnvList } from '../parse/env-list.ts';
import { exposedPorts } from '../parse/expose.ts';

export interface StageEnv {
  config: ImageConfig;
  env: EnvList;
  /** CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
  /** MAINTAINER's value: the image's Author. */
  author?: string;
}

/** Go's %q of a []string: `["node" "server.js"]`. */
export function goList(list: readonly string[]): string {
  return `[${list.map((s) => JSON.stringify(s)).join(' ')}]`;
}

function sortedKeys<T>(m: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
}

function setConfigEnv(config: ImageConfig, key: string, value: string): void {
  const i = config.Env.findIndex((e) => e.split('=')[0] === key);
  if (i >= 0) config.Env[i] = `${key}=${value}`;
  else config.Env.push(`${key}=${value}`);
}

function commandOf(s: StageEnv, form: 'exec' | 'shell', args: string[]): string[] {
  return form === 'exec' ? args : [...(s.config.Shell ?? ['/bin/sh', '-c']), ...args];
}

/** Apply a metadata instruction (already expanded); returns its history line. */
export function applyMetadata(s: StageEnv, i: Instruction, escapeToken: string): string {
  const c = s.config;
  switch (i.kind) {
    case 'ENV':
      for (const kv of i.env) {
        s.env = envSet(s.env, kv.key, kv.value);
        setConfigEnv(c, kv.key, kv.value);
      }
      return `ENV ${i.env.map((kv) => `${kv.key}=${kv.value}`).join(' ')}`;
    case 'LABEL':
      c.Labels = sortedKeys({ ...(c.Labels ?? {}), ...Object.fromEntries(i.labels.map((kv) => [kv.key, kv.value])) });
      return `LABEL ${i.labels.map((kv) => `${kv.key}=${kv.value}`).join(' ')}`;
    case 'EXPOSE': {
      const ports = exposedPorts(i, s.env, escapeToken);
      c.ExposedPorts = sortedKeys({ ...(c.ExposedPorts ?? {}), ...Object.fromEntries(ports.map((p) => [p, {}])) });
      return `EXPOSE [${ports.join(' ')}]`;
    }
    case 'CMD':
      c.Cmd = commandOf(s, i.command.form, i.command.args);
      (c as ImageConfig & { ArgsEscaped?: boolean }).ArgsEscaped = true;
      s.cmdSet = true;
      return `CMD ${goList(c.Cmd)}`;
    case 'ENTRYPOINT':
      c.Entrypoint = commandOf(s, i.command.form, i.command.args);
      if (!s.cmdSet) c.Cmd = null;
      return `ENTRYPOINT ${goList(c.Entrypoint)}`;
    case 'USER':
      c.User = i.user;
      return `USER ${i.user}`;
    case 'VOLUME':
      c.Volumes = sortedKeys({ ...(c.Volumes ?? {}), ...Object.fromEntries(i.volumes.map((v) => [v, {}])) });
      return `VOLUME [${i.volumes.join(' ')}]`;
    case 'STOPSIGNAL':
      c.StopSignal = i.signal;
      return `STOPSIGNAL ${i.signal}`;
    case 'SHELL':
      c.Shell = i.shell;
      return `SHELL [${i.shell.join(' ')}]`;
    default:
      return applyOther(s, i);
  }
}

/** MAINTAINER (the Author), HEALTHCHECK, ONBUILD (no history line: ''). */
function applyOther(s: StageEnv, i: Instruction): string {
  switch (i.kind) {
    case 'MAINTAINER':
      s.author = i.maintainer;
      return `MAINTAINER ${i.maintainer}`;
    case 'HEALTHCHECK':
      s.config.Healthcheck = healthConfig(i.health);
      return `HEALTHCHECK ${healthText(i.health)}`;
    case 'ONBUILD':
      s.config.OnBuild = [...(s.config.OnBuild ?? []), i.expression];
      return '';
    default:
      return i.original;
  }
}

/** Config.Healthcheck: the fields that are set (durations in nanoseconds, as the API has them). */
function healthConfig(h: HealthConfig): NonNullable<ImageConfig['Healthcheck']> {
  const out: Record<string, unknown> = { Test: h.test };
  const fields: [string, number][] = [['Interval', h.interval], ['Timeout', h.timeout], ['StartPeriod', h.startPeriod], ['StartInterval', h.startInterval], ['Retries', h.retries]];
  for (const [k, v] of fields) if (v) out[k] = v;
  return out as NonNullable<ImageConfig['Healthcheck']>;
}

/** Go's `%+v` of dockerspec.HealthcheckConfig, BuildKit's history line. */
function healthText(h: HealthConfig): string {
  const d = (ns: number) => formatGoDuration(ns);
  return `{Test:[${h.test.join(' ')}] Interval:${d(h.interval)} Timeout:${d(h.timeout)} StartPeriod:${d(h.startPeriod)} StartInterval:${d(h.startInterval)} Retries:${h.retries}}`;
}
