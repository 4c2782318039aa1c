// Binding the normalised tree to the Project model (compose-go loader.ModelToProject): top-level
// networks, volumes, secrets and configs, x- extensions, profiles (services outside the active
// ones become disabledServices), then the consistency checks.
import type { FileObjectConfig, NetworkConfig, Project, VolumeConfig } from '../model.ts';
import { checkConsistency } from './consistency.ts';
import { bool, labels, str } from './decode.ts';
import { toService } from './to-service.ts';
import { isDict, type Dict } from './tree.ts';

export interface BindOptions {
  name: string;
  workingDir: string;
  composeFiles: string[];
  environment: Record<string, string>;
  profiles: string[];
  /** Run checkConsistency (off for `config --no-consistency`). */
  consistency: boolean;
}

export function bindProject(dict: Dict, options: BindOptions): Project {
  const project: Project = {
    name: options.name,
    workingDir: options.workingDir,
    composeFiles: options.composeFiles,
    environment: options.environment,
    services: {},
    disabledServices: {},
    networks: mapValues(dict.networks, toNetwork),
    volumes: mapValues(dict.volumes, toVolume),
    secrets: mapValues(dict.secrets, toFileObject),
    configs: mapValues(dict.configs, toFileObject),
    extensions: {},
  };
  for (const [key, value] of Object.entries(dict)) if (key.startsWith('x-')) project.extensions[key] = value;
  for (const [name, raw] of Object.entries(isDict(dict.services) ? dict.services : {})) {
    const service = toService(name, isDict(raw) ? raw : {});
    if (hasProfile(service.profiles, options.profiles)) project.services[name] = service;
    else project.disabledServices[name] = service;
  }
  if (options.consistency) checkConsistency(project);
  return project;
}

/** ServiceConfig.HasProfile. */
export function hasProfile(serviceProfiles: string[] | undefined, active: string[]): boolean {
  if (!serviceProfiles || serviceProfiles.length === 0) return true;
  return active.some((p) => p === '*' || serviceProfiles.includes(p));
}

function mapValues<T>(v: unknown, fn: (d: Dict, key: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, e] of Object.entries(isDict(v) ? v : {})) out[k] = fn(isDict(e) ? e : {}, k);
  return out;
}

function stringMap(v: unknown): Record<string, string> | undefined {
  return isDict(v) ? labels(v) : undefined;
}

function toNetwork(d: Dict, key: string): NetworkConfig {
  const n: NetworkConfig = { name: String(d.name ?? key) };
  if (d.driver != null) n.driver = String(d.driver);
  if (d.driver_opts != null) n.driverOpts = stringMap(d.driver_opts);
  if (isDict(d.ipam)) {
    const ipam = d.ipam;
    n.ipam = {};
    if (ipam.driver != null) n.ipam.driver = String(ipam.driver);
    if (Array.isArray(ipam.config)) {
      n.ipam.config = ipam.config.filter(isDict).map((c) => ({ subnet: str(c.subnet), gateway: str(c.gateway), ipRange: str(c.ip_range) }));
    }
  }
  if (d.external != null) n.external = bool(d.external, `networks[${key}].external`);
  if (d.internal != null) n.internal = bool(d.internal, `networks[${key}].internal`);
  if (d.attachable != null) n.attachable = bool(d.attachable, `networks[${key}].attachable`);
  if (d.labels != null) n.labels = labels(d.labels);
  if (d.enable_ipv4 != null) n.enableIpv4 = bool(d.enable_ipv4, `networks[${key}].enable_ipv4`);
  if (d.enable_ipv6 != null) n.enableIpv6 = bool(d.enable_ipv6, `networks[${key}].enable_ipv6`);
  return JSON.parse(JSON.stringify(n)) as NetworkConfig;
}

function toVolume(d: Dict, key: string): VolumeConfig {
  const v: VolumeConfig = { name: String(d.name ?? key) };
  if (d.driver != null) v.driver = String(d.driver);
  if (d.driver_opts != null) v.driverOpts = stringMap(d.driver_opts);
  if (d.external != null) v.external = bool(d.external, `volumes[${key}].external`);
  if (d.labels != null) v.labels = labels(d.labels);
  return v;
}

function toFileObject(d: Dict, key: string): FileObjectConfig {
  const f: FileObjectConfig = { name: String(d.name ?? key) };
  if (d.file != null) f.file = String(d.file);
  if (d.environment != null) f.environment = String(d.environment);
  if (d.content != null) f.content = String(d.content);
  else if (d['x-#value'] != null) f.content = String(d['x-#value']);
  if (d.external != null) f.external = bool(d.external, `${key}.external`);
  if (d.labels != null) f.labels = labels(d.labels);
  return f;
}
