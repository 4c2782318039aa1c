// Binding one canonical service tree to the ServiceConfig model (compose-go loader.Transform into
// types.ServiceConfig). Keys the model does not type are kept as they are in `other`.
import type {
  BuildConfig, DeployConfig, DependsOnCondition, FileReference, HealthCheck, ServiceConfig, ServiceNetwork,
  ServicePort, ServiceVolume, VolumeType,
} from '../model.ts';
import {
  bool, bytes, decodeError, durationNs, fileMode, float, int, labels, mappingWithEquals, shellCommand, str, strings,
} from './decode.ts';
import { goSprint, isDict, type Dict } from './tree.ts';

type Field = (s: ServiceConfig, v: unknown, name: string) => void;

const FIELDS: Record<string, Field> = {
  profiles: (s, v) => (s.profiles = strings(v)),
  build: (s, v, n) => (s.build = toBuild(v as Dict, n)),
  cap_add: (s, v) => (s.capAdd = strings(v)),
  cap_drop: (s, v) => (s.capDrop = strings(v)),
  command: (s, v, n) => (s.command = shellCommand(v, n)),
  configs: (s, v, n) => (s.configs = toRefs(v, n)),
  container_name: (s, v) => (s.containerName = str(v)),
  depends_on: (s, v, n) => (s.dependsOn = toDependsOn(v as Dict, n)),
  deploy: (s, v, n) => (s.deploy = v === null ? undefined : toDeploy(v as Dict, n)),
  dns: (s, v) => (s.dns = strings(v)),
  domainname: (s, v) => (s.domainname = str(v)),
  entrypoint: (s, v, n) => (s.entrypoint = shellCommand(v, n)),
  environment: (s, v, n) => (s.environment = mappingWithEquals(v, n)),
  env_file: (s, v) => (s.envFiles = (v as Dict[]).filter(isDict).map((e) => ({ path: String(e.path), required: e.required !== false && e.required !== 'false', ...(e.format ? { format: String(e.format) } : {}) }))),
  expose: (s, v) => (s.expose = strings(v)),
  extra_hosts: (s, v, n) => (s.extraHosts = toExtraHosts(v, n)),
  hostname: (s, v) => (s.hostname = str(v)),
  healthcheck: (s, v, n) => (s.healthcheck = toHealthcheck(v as Dict, n)),
  image: (s, v) => (s.image = str(v)),
  init: (s, v, n) => (s.init = bool(v, n)),
  ipc: (s, v) => (s.ipc = str(v)),
  labels: (s, v) => (s.labels = labels(v)),
  links: (s, v) => (s.links = strings(v)),
  logging: (s, v) => (s.logging = isDict(v) ? { driver: str(v.driver), options: labels(v.options) } : undefined),
  mem_limit: (s, v, n) => (s.memLimit = bytes(v, n)),
  network_mode: (s, v) => (s.networkMode = str(v)),
  networks: (s, v, n) => (s.networks = toNetworks(v as Dict, n)),
  pid: (s, v) => (s.pid = str(v)),
  platform: (s, v) => (s.platform = str(v)),
  ports: (s, v, n) => (s.ports = (v as Dict[]).map((p, i) => toPort(p, `${n}[${i}]`))),
  privileged: (s, v, n) => (s.privileged = bool(v, n)),
  pull_policy: (s, v) => (s.pullPolicy = str(v)),
  read_only: (s, v, n) => (s.readOnly = bool(v, n)),
  restart: (s, v) => (s.restart = str(v)),
  scale: (s, v, n) => (s.scale = int(v, n)),
  secrets: (s, v, n) => (s.secrets = toRefs(v, n)),
  security_opt: (s, v) => (s.securityOpt = strings(v)),
  shm_size: (s, v, n) => (s.shmSize = bytes(v, n)),
  stdin_open: (s, v, n) => (s.stdinOpen = bool(v, n)),
  stop_grace_period: (s, v, n) => (s.stopGracePeriodNs = durationNs(v, n)),
  stop_signal: (s, v) => (s.stopSignal = str(v)),
  sysctls: (s, v) => (s.sysctls = labels(v)),
  tmpfs: (s, v) => (s.tmpfs = strings(v)),
  tty: (s, v, n) => (s.tty = bool(v, n)),
  ulimits: (s, v, n) => (s.ulimits = toUlimits(v as Dict, n)),
  user: (s, v) => (s.user = str(v)),
  volumes: (s, v, n) => (s.volumes = (v as Dict[]).map((e, i) => toVolume(e, `${n}[${i}]`))),
  volumes_from: (s, v) => (s.volumesFrom = strings(v)),
  working_dir: (s, v) => (s.workingDir = str(v)),
};

export function toService(name: string, raw: Dict): ServiceConfig {
  const s: ServiceConfig = { name };
  for (const [key, value] of Object.entries(raw)) {
    const field = FIELDS[key];
    if (key.startsWith('x-')) (s.extensions ??= {})[key] = value;
    else if (field) field(s, value, `services[${name}].${key}`);
    else if (value !== null && value !== undefined) (s.other ??= {})[key] = value;
  }
  for (const key of Object.keys(s) as Array<keyof ServiceConfig>) if (s[key] === undefined) delete s[key];
  return s;
}

/** types.UlimitsConfig: a single number, or soft and hard limits. */
function toUlimits(v: Dict, n: string): ServiceConfig['ulimits'] {
  const out: NonNullable<ServiceConfig['ulimits']> = {};
  for (const [name, limit] of Object.entries(v)) {
    out[name] = isDict(limit)
      ? { soft: int(limit.soft, `${n}[${name}].soft`), hard: int(limit.hard, `${n}[${name}].hard`) }
      : { single: int(limit, `${n}[${name}]`) };
  }
  return out;
}

/** types.HostsList, kept as "host=ip" entries (the form `config` prints, sorted). */
function toExtraHosts(v: unknown, n: string): string[] {
  const pairs: Array<[string, string]> = [];
  if (isDict(v)) {
    for (const [host, ip] of Object.entries(v)) for (const i of Array.isArray(ip) ? ip : [ip ?? '']) pairs.push([host, goSprint(i)]);
  } else {
    for (const entry of Array.isArray(v) ? v : []) {
      const s = goSprint(entry);
      const sep = s.includes('=') ? '=' : s.includes(':') ? ':' : '';
      if (sep === '') throw decodeError(n, `invalid additional host, missing IP: ${s}`);
      const at = s.indexOf(sep);
      for (const ip of s.slice(at + 1).split(',')) pairs.push([s.slice(0, at), ip]);
    }
  }
  return pairs.map(([host, ip]) => {
    if (host === '' || /[:=]/.test(host)) throw decodeError(n, `bad host name '${host}'`);
    return `${host}=${ip.length > 2 && ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip}`;
  });
}

function toBuild(b: Dict, n: string): BuildConfig {
  const build: BuildConfig = { context: String(b.context ?? '.') };
  if (b.dockerfile != null) build.dockerfile = String(b.dockerfile);
  if (b.dockerfile_inline != null) build.dockerfileInline = String(b.dockerfile_inline);
  if (b.args != null) build.args = mappingWithEquals(b.args, `${n}.args`);
  if (b.target != null) build.target = String(b.target);
  if (b.labels != null) build.labels = labels(b.labels);
  if (b.cache_from != null) build.cacheFrom = strings(b.cache_from);
  if (b.network != null) build.network = String(b.network);
  if (b.tags != null) build.tags = strings(b.tags);
  if (b.platforms != null) build.platforms = strings(b.platforms);
  if (b.no_cache != null) build.noCache = bool(b.no_cache, `${n}.no_cache`);
  if (b.pull != null) build.pull = bool(b.pull, `${n}.pull`);
  return build;
}

function toRefs(v: unknown, n: string): FileReference[] {
  return (v as Dict[]).map((r, i) => {
    const ref: FileReference = { source: String(r.source ?? '') };
    if (r.target != null) ref.target = String(r.target);
    if (r.uid != null) ref.uid = String(r.uid);
    if (r.gid != null) ref.gid = String(r.gid);
    if (r.mode != null) ref.mode = fileMode(r.mode, `${n}[${i}].mode`);
    return ref;
  });
}

function toDependsOn(v: Dict, n: string): ServiceConfig['dependsOn'] {
  const out: NonNullable<ServiceConfig['dependsOn']> = {};
  for (const [dep, cfg] of Object.entries(v)) {
    const c = isDict(cfg) ? cfg : {};
    out[dep] = {
      condition: String(c.condition ?? 'service_started') as DependsOnCondition,
      restart: bool(c.restart, `${n}[${dep}].restart`) ?? false,
      required: bool(c.required, `${n}[${dep}].required`) ?? true,
    };
  }
  return out;
}

function toNetworks(v: Dict, n: string): Record<string, ServiceNetwork | null> {
  const out: Record<string, ServiceNetwork | null> = {};
  for (const [net, cfg] of Object.entries(v)) {
    if (!isDict(cfg)) {
      out[net] = null;
      continue;
    }
    const sn: ServiceNetwork = {};
    if (cfg.aliases != null) sn.aliases = strings(cfg.aliases);
    if (cfg.ipv4_address != null) sn.ipv4Address = String(cfg.ipv4_address);
    if (cfg.ipv6_address != null) sn.ipv6Address = String(cfg.ipv6_address);
    if (cfg.mac_address != null) sn.macAddress = String(cfg.mac_address);
    if (cfg.interface_name != null) sn.interfaceName = String(cfg.interface_name);
    if (cfg.priority != null) sn.priority = int(cfg.priority, `${n}[${net}].priority`);
    if (cfg.gw_priority != null) sn.gwPriority = int(cfg.gw_priority, `${n}[${net}].gw_priority`);
    out[net] = sn;
  }
  return out;
}

function toPort(p: Dict, n: string): ServicePort {
  const port: ServicePort = { mode: String(p.mode ?? 'ingress'), target: int(p.target, `${n}.target`) ?? 0, protocol: String(p.protocol ?? 'tcp') };
  if (p.name != null) port.name = String(p.name);
  if (p.host_ip != null) port.hostIp = String(p.host_ip);
  if (p.published != null && p.published !== '') port.published = goSprint(p.published);
  if (p.app_protocol != null) port.appProtocol = String(p.app_protocol);
  return port;
}

function toVolume(v: Dict, n: string): ServiceVolume {
  const vol: ServiceVolume = { type: String(v.type) as VolumeType, target: String(v.target ?? '') };
  if (v.source != null && v.source !== '') vol.source = String(v.source);
  if (v.read_only != null) vol.readOnly = bool(v.read_only, `${n}.read_only`);
  if (v.consistency != null) vol.consistency = String(v.consistency);
  if (isDict(v.bind)) {
    const b = v.bind;
    vol.bind = { createHostPath: bool(b.create_host_path, `${n}.bind.create_host_path`) ?? false };
    if (b.selinux != null) vol.bind.selinux = String(b.selinux);
    if (b.propagation != null) vol.bind.propagation = String(b.propagation);
    if (b.recursive != null) vol.bind.recursive = String(b.recursive);
  }
  if (isDict(v.volume)) {
    vol.volume = {};
    if (v.volume.nocopy != null) vol.volume.nocopy = bool(v.volume.nocopy, `${n}.volume.nocopy`);
    if (v.volume.subpath != null) vol.volume.subpath = String(v.volume.subpath);
    if (v.volume.labels != null) vol.volume.labels = labels(v.volume.labels);
  }
  if (isDict(v.tmpfs)) vol.tmpfs = { size: bytes(v.tmpfs.size, `${n}.tmpfs.size`), mode: fileMode(v.tmpfs.mode, `${n}.tmpfs.mode`) };
  if (isDict(v.image)) vol.image = { subpath: str(v.image.subpath) };
  return vol;
}

function toHealthcheck(h: Dict, n: string): HealthCheck {
  const hc: HealthCheck = {};
  if (typeof h.test === 'string') hc.test = ['CMD-SHELL', h.test];
  else if (Array.isArray(h.test)) hc.test = h.test.map((e) => String(e));
  else if (h.test != null) throw decodeError(`${n}.test`, `unexpected value type ${typeof h.test} for healthcheck.test`);
  hc.timeoutNs = durationNs(h.timeout, `${n}.timeout`);
  hc.intervalNs = durationNs(h.interval, `${n}.interval`);
  hc.retries = int(h.retries, `${n}.retries`);
  hc.startPeriodNs = durationNs(h.start_period, `${n}.start_period`);
  hc.startIntervalNs = durationNs(h.start_interval, `${n}.start_interval`);
  hc.disable = bool(h.disable, `${n}.disable`);
  for (const key of Object.keys(hc) as Array<keyof HealthCheck>) if (hc[key] === undefined) delete hc[key];
  return hc;
}

function toDeploy(d: Dict, n: string): DeployConfig {
  const deploy: DeployConfig = {};
  if (d.mode != null) deploy.mode = String(d.mode);
  if (d.replicas != null) deploy.replicas = int(d.replicas, `${n}.replicas`);
  if (d.labels != null) deploy.labels = labels(d.labels);
  if (d.endpoint_mode != null) deploy.endpointMode = String(d.endpoint_mode);
  if (isDict(d.resources)) {
    const r = d.resources;
    const res = (x: unknown, m: string) =>
      isDict(x) ? { cpus: float(x.cpus, `${m}.cpus`), memoryBytes: bytes(x.memory, `${m}.memory`), ...(x.pids != null ? { pids: int(x.pids, `${m}.pids`) } : {}) } : undefined;
    deploy.resources = { limits: res(r.limits, `${n}.resources.limits`), reservations: res(r.reservations, `${n}.resources.reservations`) };
  }
  if (isDict(d.restart_policy)) {
    const p = d.restart_policy;
    deploy.restartPolicy = {
      condition: str(p.condition), delayNs: durationNs(p.delay, `${n}.restart_policy.delay`),
      maxAttempts: int(p.max_attempts, `${n}.restart_policy.max_attempts`), windowNs: durationNs(p.window, `${n}.restart_policy.window`),
    };
  }
  return JSON.parse(JSON.stringify(deploy)) as DeployConfig;
}
