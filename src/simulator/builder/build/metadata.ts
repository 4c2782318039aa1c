// The instructions that only change the image config (ENV, LABEL, EXPOSE, CMD, ENTRYPOINT, USER,
// VOLUME, STOPSIGNAL, SHELL ...): the new config and BuildKit's history line (empty_layer).
import type { ImageConfig } from '../../engine/catalog/types.ts';
import type { Instruction } from '../parse/ast.ts';
import { envSet, type EnvList } from '../parse/env-list.ts';
import { exposedPorts } from '../parse/expose.ts';

export interface StageEnv {
  config: ImageConfig;
  env: EnvList;
  /** CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
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
    case 'MAINTAINER':
      return `MAINTAINER ${i.maintainer}`;
    default:
      return i.original;
  }
}
