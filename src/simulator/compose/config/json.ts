// `docker compose config --format json`: compose-go's Project.MarshalJSON, a Go map (so its
// keys sorted: configs, name, networks, secrets, services, volumes, then the top-level x- keys
// in order) through json.MarshalIndent(m, "", "  "), with no final newline. Services marshal as
// for YAML except for their json tags: `command` and `entrypoint` are never omitted (null when
// unset) and x- extensions are dropped (json:"-"). Strings are HTML-escaped as json.Marshal does.
import type { Project } from '../model.ts';
import { projectNode } from './marshal.ts';
import type { YNode } from './yaml-emit.ts';

/** ServiceConfig's json fields before `command`, and the ones between it and `entrypoint`. */
const BEFORE_COMMAND = [
  'profiles', 'annotations', 'attach', 'build', 'develop', 'blkio_config', 'cap_add', 'cap_drop', 'cgroup_parent',
  'cgroup', 'cpu_count', 'cpu_percent', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpus',
  'cpuset', 'cpu_shares',
];
const BEFORE_ENTRYPOINT = [
  ...BEFORE_COMMAND, 'command', 'configs', 'container_name', 'credential_spec', 'depends_on', 'deploy',
  'device_cgroup_rules', 'devices', 'dns', 'dns_opt', 'dns_search', 'dockerfile', 'domainname',
];

type Entry = [string, YNode];

const NULL: YNode = { kind: 'raw', text: 'null' };

function insertNull(entries: Entry[], key: string, before: string[]): Entry[] {
  if (entries.some(([k]) => k === key)) return entries;
  const at = entries.findIndex(([k]) => !before.includes(k));
  const i = at === -1 ? entries.length : at;
  return [...entries.slice(0, i), [key, NULL], ...entries.slice(i)];
}

function serviceNode(node: YNode): YNode {
  if (node.kind !== 'map') return node;
  let entries = node.entries.filter(([k]) => !k.startsWith('x-'));
  entries = insertNull(entries, 'command', BEFORE_COMMAND);
  entries = insertNull(entries, 'entrypoint', BEFORE_ENTRYPOINT);
  return { kind: 'map', entries };
}

function withoutExtensions(node: YNode): YNode {
  return node.kind === 'map' ? { kind: 'map', entries: node.entries.filter(([k]) => !k.startsWith('x-')) } : node;
}

/** json.Marshal's string escaping with HTML characters escaped. */
function jsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function emit(node: YNode, indent: string): string {
  const inner = `${indent}  `;
  switch (node.kind) {
    case 'str':
      return jsonString(node.value);
    case 'raw':
      return node.text;
    case 'seq':
      if (node.items.length === 0) return '[]';
      return `[\n${node.items.map((n) => inner + emit(n, inner)).join(',\n')}\n${indent}]`;
    case 'map':
      if (node.entries.length === 0) return '{}';
      return `{\n${node.entries.map(([k, v]) => `${inner}${jsonString(k)}: ${emit(v, inner)}`).join(',\n')}\n${indent}}`;
  }
}

function topLevel(p: Project): YNode {
  const root = projectNode(p);
  const entries = root.kind === 'map' ? root.entries : [];
  const out: Entry[] = [['name', { kind: 'str', value: p.name }]];
  for (const [key, value] of entries) {
    if (key === 'name') continue;
    if (key === 'services' && value.kind === 'map') out.push([key, { kind: 'map', entries: value.entries.map(([k, v]) => [k, serviceNode(v)]) }]);
    else if (['networks', 'volumes', 'secrets', 'configs'].includes(key) && value.kind === 'map') {
      out.push([key, { kind: 'map', entries: value.entries.map(([k, v]) => [k, withoutExtensions(v)]) }]);
    } else out.push([key, value]);
  }
  if (!out.some(([k]) => k === 'services')) out.push(['services', { kind: 'map', entries: [] }]);
  out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { kind: 'map', entries: out };
}

/** The JSON text `config --format json` prints (before compose escapes "$" as "$$"). */
export function configJson(project: Project): string {
  return emit(topLevel(project), '');
}
