// `docker compose config` output: compose-go's Project.MarshalYAML (name, services, networks,
// volumes, secrets, configs, then x- extensions; maps sorted by key) through go-yaml's encoder,
// then docker/compose's runConfig escaping every "$" as "$$" so the output interpolates back to
// the same model. Also the list outputs (--services, --volumes, --networks, --profiles).
import type { FileObjectConfig, NetworkConfig, Project, VolumeConfig } from '../model.ts';
import { marshalService } from './marshal-service.ts';
import { generic, map, raw, sortedStrMap, str, type Entries } from './nodes.ts';
import { emitYaml, type YNode } from './yaml-emit.ts';

export interface ConfigOptions {
  /** `--no-interpolate` output keeps "$" as written (no "$$" escaping). */
  noInterpolate?: boolean;
}

export function configYaml(project: Project, options: ConfigOptions = {}): string {
  const text = emitYaml(projectNode(project));
  return options.noInterpolate ? text : text.replaceAll('$', () => '$$');
}

export function projectNode(p: Project): YNode {
  const entries: Entries = [
    ['name', p.name ? str(p.name) : undefined],
    ['services', map(Object.keys(p.services).sort().map((k) => [k, marshalService(p.services[k])]))],
    ['networks', named(p.networks, networkNode)],
    ['volumes', named(p.volumes, volumeNode)],
    ['secrets', named(p.secrets, (s) => fileObjectNode(s, false))],
    ['configs', named(p.configs, (c) => fileObjectNode(c, true))],
  ];
  for (const key of Object.keys(p.extensions).sort()) entries.push([key, generic(p.extensions[key])]);
  return map(entries);
}

function named<T>(resources: Record<string, T>, fn: (r: T) => YNode): YNode | undefined {
  const keys = Object.keys(resources).sort();
  return keys.length === 0 ? undefined : map(keys.map((k) => [k, fn(resources[k])]));
}

const text = (v: string | undefined) => (v ? str(v) : undefined);
const flag = (v: boolean | undefined) => (v ? raw('true') : undefined);

function networkNode(n: NetworkConfig): YNode {
  const ipam = n.ipam && (n.ipam.driver || n.ipam.config?.length)
    ? map([
      ['driver', text(n.ipam.driver)],
      ['config', n.ipam.config?.length ? { kind: 'seq', items: n.ipam.config.map((c) => map([['subnet', text(c.subnet)], ['gateway', text(c.gateway)], ['ip_range', text(c.ipRange)]])) } : undefined],
    ])
    : undefined;
  return map([
    ['name', text(n.name)], ['driver', text(n.driver)], ['driver_opts', sortedStrMap(n.driverOpts)], ['ipam', ipam],
    ['external', flag(n.external)], ['internal', flag(n.internal)], ['attachable', flag(n.attachable)],
    ['labels', sortedStrMap(n.labels)],
    ['enable_ipv4', n.enableIpv4 === undefined ? undefined : raw(String(n.enableIpv4))],
    ['enable_ipv6', n.enableIpv6 === undefined ? undefined : raw(String(n.enableIpv6))],
  ]);
}

function volumeNode(v: VolumeConfig): YNode {
  return map([
    ['name', text(v.name)], ['driver', text(v.driver)], ['driver_opts', sortedStrMap(v.driverOpts)],
    ['external', flag(v.external)], ['labels', sortedStrMap(v.labels)],
  ]);
}

/** SecretConfig never prints its content; ConfigObjConfig prints inline content unless it came from the environment. */
function fileObjectNode(f: FileObjectConfig, isConfig: boolean): YNode {
  const content = isConfig && !f.environment ? text(f.content) : undefined;
  return map([
    ['name', text(f.name)], ['file', text(f.file)], ['environment', text(f.environment)], ['content', content],
    ['external', flag(f.external)], ['labels', sortedStrMap(f.labels)],
  ]);
}

/** `config --services`: dependencies before dependents (compose visits them depth-first). */
export function serviceNamesInDependencyOrder(project: Project): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !Object.hasOwn(project.services, name)) return;
    seen.add(name);
    for (const dep of Object.keys(project.services[name].dependsOn ?? {}).sort()) visit(dep);
    out.push(name);
  };
  for (const name of Object.keys(project.services).sort()) visit(name);
  return out;
}

/** `config --profiles`: every profile of every service, sorted. */
export function profileNames(project: Project): string[] {
  const set = new Set<string>();
  for (const s of [...Object.values(project.services), ...Object.values(project.disabledServices)]) for (const p of s.profiles ?? []) set.add(p);
  return [...set].sort();
}
