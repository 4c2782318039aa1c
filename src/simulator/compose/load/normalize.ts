// compose-go loader/normalize.go and environment.go: the implicit `default` network (only when a
// service uses it), build defaults (context ".", dockerfile "Dockerfile"), `KEY` entries of
// environment and build args taken from the environment, implicit depends_on from links,
// volumes_from and service: namespaces, resource names "<project>_<key>" (the key itself for
// external ones).
import { cleanPath } from './file-access.ts';
import { isDict, type Dict } from './tree.ts';

type Env = Record<string, string>;

/** loader.ResolveEnvironment: list entries "KEY" become "KEY=value" when the variable is set. */
export function resolveEnvironment(dict: Dict, env: Env): void {
  for (const service of Object.values(isDict(dict.services) ? dict.services : {})) {
    if (!isDict(service) || !Array.isArray(service.environment)) continue;
    service.environment = service.environment
      .filter((e) => typeof e === 'string')
      .map((e: string) => (Object.hasOwn(env, e) ? `${e}=${env[e]}` : e));
  }
  for (const kind of ['secrets', 'configs'] as const) {
    for (const resource of Object.values(isDict(dict[kind]) ? dict[kind] : {})) {
      if (!isDict(resource) || typeof resource.environment !== 'string') continue;
      if (!Object.hasOwn(env, resource.environment)) continue;
      if (kind === 'secrets') resource['x-#value'] = env[resource.environment];
      else resource.content = env[resource.environment];
    }
  }
}

/** loader.Normalize. */
export function normalize(dict: Dict, env: Env): Dict {
  normalizeNetworks(dict);
  for (const service of Object.values(isDict(dict.services) ? dict.services : {})) {
    if (isDict(service)) normalizeService(service, env);
  }
  setNameFromKey(dict);
  return dict;
}

function normalizeService(service: Dict, env: Env): void {
  if (service.pull_policy === 'if_not_present') service.pull_policy = 'missing';
  if (isDict(service.build)) {
    const build = service.build;
    if (build.context === null || build.context === undefined) build.context = '.';
    if (build.dockerfile == null && build.dockerfile_inline == null) build.dockerfile = 'Dockerfile';
    if (Object.hasOwn(build, 'args')) build.args = resolve(build.args, env, false);
  }
  if (Object.hasOwn(service, 'environment')) service.environment = resolve(service.environment, env, true);
  const dependsOn: Dict = isDict(service.depends_on) ? service.depends_on : {};
  const implicit = (name: string, restart: boolean) => {
    if (!Object.hasOwn(dependsOn, name)) dependsOn[name] = { condition: 'service_started', restart, required: true };
  };
  for (const link of Array.isArray(service.links) ? service.links : []) {
    const parts = String(link).split(':');
    implicit(parts.length === 2 ? parts[0] : String(link), true);
  }
  for (const ns of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
    const ref = service[ns];
    if (typeof ref === 'string' && ref.startsWith('service:')) implicit(ref.slice('service:'.length), true);
  }
  if (Array.isArray(service.volumes)) {
    for (const v of service.volumes) if (isDict(v) && typeof v.target === 'string') v.target = cleanPath(v.target);
  }
  for (const from of Array.isArray(service.volumes_from) ? service.volumes_from : []) {
    if (!String(from).startsWith('container:')) implicit(String(from).split(':')[0], false);
  }
  if (Object.keys(dependsOn).length > 0) service.depends_on = dependsOn;
}

function normalizeNetworks(dict: Dict): void {
  const networks: Dict = isDict(dict.networks) ? dict.networks : {};
  let usesDefault = false;
  for (const service of Object.values(isDict(dict.services) ? dict.services : {})) {
    if (!isDict(service) || Object.hasOwn(service, 'provider') || Object.hasOwn(service, 'network_mode')) continue;
    const nets = service.networks;
    if (!isDict(nets) || Object.keys(nets).length === 0) {
      service.networks = { default: null };
      usesDefault = true;
    } else if (Object.hasOwn(nets, 'default')) usesDefault = true;
  }
  if (!Object.hasOwn(networks, 'default') && usesDefault) networks.default = null;
  if (Object.keys(networks).length > 0) dict.networks = networks;
}

/** resolve(): fills valueless entries from the environment; drops or keeps unresolved ones. */
function resolve(a: unknown, env: Env, keepEmpty: boolean): unknown {
  if (Array.isArray(a)) {
    const out: unknown[] = [];
    for (const v of a) {
      if (typeof v !== 'string') continue;
      if (v.includes('=')) out.push(v);
      else if (Object.hasOwn(env, v)) out.push(`${v}=${env[v]}`);
      else if (keepEmpty) out.push(v);
    }
    return out;
  }
  if (isDict(a)) {
    const out: Dict = {};
    for (const [k, v] of Object.entries(a)) {
      if (v !== null && v !== undefined) out[k] = v;
      else if (Object.hasOwn(env, k)) out[k] = env[k];
      else if (keepEmpty) out[k] = null;
    }
    return out;
  }
  return a;
}

function setNameFromKey(dict: Dict): void {
  for (const kind of ['networks', 'volumes', 'configs', 'secrets']) {
    if (!isDict(dict[kind])) continue;
    const top = dict[kind] as Dict;
    for (const [key, r] of Object.entries(top)) {
      const resource: Dict = isDict(r) ? r : {};
      if (resource.name === null || resource.name === undefined) {
        resource.name = isTrue(resource.external) ? key : `${String(dict.name)}_${key}`;
      }
      top[key] = resource;
    }
  }
}

function isTrue(x: unknown): boolean {
  return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(String(x));
}
