// Traefik's static configuration: --flags on its command line, else /etc/traefik/traefik.yml
// (read as dotted, lower-cased keys); its entrypoints and whether the Docker socket is mounted.
import type { ContainerRecord } from '../../state.ts';
import type { Vfs } from '../../../fs/types.ts';

export type TraefikConfig = Map<string, string>;

/** A small YAML reader for traefik.yml: nested keys become dotted, lower-cased paths. */
function readYaml(text: string): TraefikConfig {
  const cfg: TraefikConfig = new Map();
  const stack: { indent: number; key: string }[] = [];
  for (const raw of text.split('\n')) {
    const m = /^(\s*)([\w.-]+):\s*(.*?)\s*$/.exec(raw.replace(/#.*/, ''));
    if (!m) continue;
    const indent = m[1].length;
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const path = [...stack.map((s) => s.key), m[2].toLowerCase()].join('.');
    if (m[3] === '') stack.push({ indent, key: m[2].toLowerCase() });
    else cfg.set(path, m[3].replace(/^["']|["']$/g, ''));
  }
  return cfg;
}

/** The static configuration: command-line flags, else the file. */
export function traefikConfig(fs: Vfs, args: string[]): TraefikConfig {
  const flags = args.filter((a) => a.startsWith('--'));
  if (flags.length === 0) {
    for (const f of ['/etc/traefik/traefik.yml', '/etc/traefik/traefik.yaml']) {
      try {
        return readYaml(fs.readFile(f));
      } catch {
        // no file there
      }
    }
  }
  const cfg: TraefikConfig = new Map();
  for (const a of flags) {
    const [k, v] = a.slice(2).split(/=(.*)/s);
    cfg.set(k.toLowerCase(), v ?? 'true');
  }
  return cfg;
}

export function has(cfg: TraefikConfig, prefix: string): boolean {
  return [...cfg.keys()].some((k) => k === prefix || k.startsWith(`${prefix}.`)) && cfg.get(prefix) !== 'false';
}

/** Entrypoint name → port; "http" on :80 when none is configured. */
export function entrypoints(cfg: TraefikConfig): Map<string, number> {
  const eps = new Map<string, number>();
  for (const [k, v] of cfg) {
    const m = /^entrypoints\.([\w-]+)\.address$/.exec(k);
    if (m) eps.set(m[1], Number(/:(\d+)/.exec(v)?.[1] ?? 80));
  }
  if (eps.size === 0) eps.set('http', 80);
  if ((cfg.get('api.insecure') === 'true' || has(cfg, 'ping')) && !eps.has('traefik')) eps.set('traefik', 8080);
  return eps;
}

export function dockerSocketMounted(c: ContainerRecord): boolean {
  return (c.mounts ?? []).some((m) => m.Destination === '/var/run/docker.sock') || (c.hostConfig.Binds ?? []).some((b) => b.split(':')[1] === '/var/run/docker.sock');
}
