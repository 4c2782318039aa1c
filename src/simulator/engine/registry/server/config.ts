// What a registry container runs with: its config file (the entrypoint's `registry serve
// <file>`: /etc/docker/registry/config.yml for 2.x, /etc/distribution/config.yml for 3.x) read for
// http.addr, http.headers and storage.filesystem.rootdirectory, the REGISTRY_* variables that
// override them, and the identity its log lines carry (version, go.version, instance.id), taken
// from the image's own start-up lines so request logs match them.
import type { Engine } from '../../engine.ts';
import { containerEnv, filesOfContainer, serverArgs } from '../../programs/services/common.ts';
import { catalogImage } from '../../image-fs/catalog-layers.ts';
import type { ContainerRecord } from '../../state.ts';

export interface RegistryConfig {
  port: number;
  /** storage.filesystem.rootdirectory: where `docker/registry/v2` lives. */
  root: string;
  /** http.headers added to every API response (2.x's config: X-Content-Type-Options). */
  headers: [string, string][];
  /** Trailing logrus fields of every line, in logrus's (sorted) order. */
  fields: [string, string][];
  /** 3.x answers GET /v2/ with "application/json", 2.x with "; charset=utf-8". */
  v3: boolean;
}

function readConfig(engine: Engine, c: ContainerRecord, path: string): string {
  try {
    return filesOfContainer(engine, c).readFile(path);
  } catch {
    return '';
  }
}

/** A value under a YAML section, found by indentation (good enough for the images' own files). */
function yamlValue(text: string, section: string, key: string): string | undefined {
  const block = new RegExp(`^${section}:\\s*\\n((?:[ \\t]+.*\\n?|\\s*\\n)*)`, 'm').exec(text)?.[1] ?? '';
  return new RegExp(`^\\s+${key}:\\s*(\\S+)`, 'm').exec(block)?.[1];
}

function headers(text: string): [string, string][] {
  const m = /^\s+headers:\s*\n((?:\s{4,}.*\n?)*)/m.exec(text);
  if (!m) return [];
  return [...m[1].matchAll(/^\s+([\w-]+):\s*\[([^\]]*)\]/gm)].map((h) => [h[1], h[2].trim()]);
}

function identity(engine: Engine, c: ContainerRecord): [string, string][] {
  const image = engine.state.images[c.image];
  const origin = catalogImage(image?.source ?? image?.from);
  const line = origin?.image.startup.logLines[0] ?? '';
  const fields = /msg="(?:[^"\\]|\\.)*" (.*)$/.exec(line)?.[1] ?? 'go.version=go1.25.9 service=registry version=3.1.1';
  return [...fields.matchAll(/(\S+?)=(\S+)/g)].map((f) => [f[1], f[2]]);
}

export function registryConfig(engine: Engine, c: ContainerRecord): RegistryConfig {
  const argv = serverArgs(engine, c);
  const file = argv.find((a) => /\.ya?ml$/.test(a)) ?? '/etc/distribution/config.yml';
  const text = readConfig(engine, c, file);
  const env = containerEnv(c);
  const addr = env.REGISTRY_HTTP_ADDR ?? yamlValue(text, 'http', 'addr') ?? ':5000';
  const root = env.REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY ?? yamlValue(text, 'storage', 'rootdirectory') ?? '/var/lib/registry';
  const fields = identity(engine, c);
  return {
    port: Number(/:(\d+)$/.exec(addr)?.[1] ?? 5000),
    root,
    headers: headers(text),
    fields,
    v3: !fields.some(([k, v]) => k === 'version' && v.startsWith('2.')),
  };
}
