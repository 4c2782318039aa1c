// `docker commit --change`: Dockerfile instructions applied to the new image's config, as the
// daemon's BuildFromConfig does: only CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, WORKDIR,
// VOLUME, STOPSIGNAL, HEALTHCHECK and ONBUILD are allowed ("run is not a valid change command").
import { DaemonError } from '../errors/daemon-error.ts';
import type { ImageConfig } from './catalog/types.ts';

const VALID = new Set(['cmd', 'entrypoint', 'healthcheck', 'env', 'expose', 'label', 'onbuild', 'stopsignal', 'user', 'volume', 'workdir']);

/** An exec-form JSON array, or the shell form run by /bin/sh -c. */
function commandForm(rest: string): string[] {
  if (rest.trim().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed as string[];
    } catch {
      // not JSON: the shell form
    }
  }
  return ['/bin/sh', '-c', rest];
}

function unquote(s: string): string {
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}

/** `KEY=value ...` pairs, or the legacy `KEY value` form. */
function pairs(rest: string): [string, string][] {
  const words = rest.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [];
  const first = words[0];
  if (first !== undefined && !first.includes('=')) return [[first, unquote(rest.slice(rest.indexOf(first) + first.length).trim())]];
  return words.map((w) => {
    const i = w.indexOf('=');
    return [w.slice(0, i), unquote(w.slice(i + 1))];
  });
}

function setEnv(config: ImageConfig, key: string, value: string): void {
  const env = config.Env.filter((e) => e.split('=')[0] !== key);
  const i = config.Env.findIndex((e) => e.split('=')[0] === key);
  if (i === -1) env.push(`${key}=${value}`);
  else env.splice(i, 0, `${key}=${value}`);
  config.Env = env;
}

function sortedKeys<T>(m: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
}

function apply(config: ImageConfig, instruction: string, rest: string, state: { cmdSet: boolean }): void {
  switch (instruction) {
    case 'cmd':
      config.Cmd = commandForm(rest);
      state.cmdSet = true;
      return;
    case 'entrypoint':
      config.Entrypoint = commandForm(rest);
      if (!state.cmdSet) config.Cmd = null;
      return;
    case 'env':
      for (const [k, v] of pairs(rest)) setEnv(config, k, v);
      return;
    case 'label':
      config.Labels = sortedKeys({ ...(config.Labels ?? {}), ...Object.fromEntries(pairs(rest)) });
      return;
    case 'expose': {
      const ports = rest.split(/\s+/).filter(Boolean).map((p) => (p.includes('/') ? p.toLowerCase() : `${p}/tcp`));
      config.ExposedPorts = sortedKeys({ ...(config.ExposedPorts ?? {}), ...Object.fromEntries(ports.map((p) => [p, {}])) });
      return;
    }
    case 'volume': {
      const list = rest.trim().startsWith('[') ? commandForm(rest) : rest.split(/\s+/).filter(Boolean);
      config.Volumes = sortedKeys({ ...(config.Volumes ?? {}), ...Object.fromEntries(list.map((v) => [v, {}])) });
      return;
    }
    case 'user':
      config.User = rest.trim();
      return;
    case 'workdir': {
      const dir = rest.trim();
      config.WorkingDir = dir.startsWith('/') ? dir : `${config.WorkingDir.replace(/\/$/, '')}/${dir}`;
      return;
    }
    case 'stopsignal':
      config.StopSignal = rest.trim();
      return;
  }
}

/** Apply the --change lines to a copy of `config`. */
export function applyChanges(config: ImageConfig, changes: string[]): ImageConfig {
  const out = structuredClone(config);
  const state = { cmdSet: false };
  for (const line of changes.join('\n').split('\n')) {
    const m = /^\s*(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const instruction = m[1].toLowerCase();
    if (!VALID.has(instruction)) throw new DaemonError('invalidParameter', `${instruction} is not a valid change command`);
    apply(out, instruction, m[2], state);
  }
  return out;
}
