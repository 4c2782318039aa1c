// One service as `docker compose config` prints it: compose-go's types.ServiceConfig fields in
// their Go struct order with their yaml omitempty rules and custom marshalers (durations as Go
// strings, byte sizes as quoted integers, file modes as octal strings, env values possibly null).
import type { FileReference, HealthCheck, ServiceConfig, ServiceNetwork, ServicePort, ServiceVolume } from '../model.ts';
import { formatDuration } from '../load/durations.ts';
import { generic, map, raw, seq, sortedStrMap, str, type Entries } from './nodes.ts';
import type { YNode } from './yaml-emit.ts';

/** types.ServiceConfig field order (yaml tags). */
const ORDER = [
  'profiles', 'annotations', 'attach', 'build', 'develop', 'blkio_config', 'cap_add', 'cap_drop', 'cgroup_parent',
  'cgroup', 'cpu_count', 'cpu_percent', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpus',
  'cpuset', 'cpu_shares', 'command', 'configs', 'container_name', 'credential_spec', 'depends_on', 'deploy',
  'device_cgroup_rules', 'devices', 'dns', 'dns_opt', 'dns_search', 'dockerfile', 'domainname', 'entrypoint',
  'provider', 'environment', 'env_file', 'expose', 'extends', 'external_links', 'extra_hosts', 'group_add', 'gpus',
  'hostname', 'healthcheck', 'image', 'init', 'ipc', 'isolation', 'labels', 'label_file', 'links', 'logging',
  'log_driver', 'log_opt', 'mem_limit', 'mem_reservation', 'memswap_limit', 'mem_swappiness', 'mac_address',
  'models', 'net', 'network_mode', 'networks', 'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'platform',
  'ports', 'privileged', 'pull_policy', 'read_only', 'restart', 'runtime', 'scale', 'secrets', 'security_opt',
  'shm_size', 'stdin_open', 'stop_grace_period', 'stop_signal', 'storage_opt', 'sysctls', 'tmpfs', 'tty', 'ulimits',
  'use_api_socket', 'user', 'userns_mode', 'uts', 'volume_driver', 'volumes', 'volumes_from', 'working_dir',
  'pre_start', 'post_start', 'pre_stop',
];

type Render = (s: ServiceConfig) => YNode | undefined;

const list = (v: string[] | undefined) => (v === undefined ? undefined : seq(v.map(str)));
const nonEmptyList = (v: string[] | undefined) => (v && v.length > 0 ? seq(v.map(str)) : undefined);
const text = (v: string | undefined) => (v ? str(v) : undefined);
const flag = (v: boolean | undefined) => (v ? raw('true') : undefined);
const bytes = (v: number | undefined) => (v ? str(String(v)) : undefined);
const duration = (ns: number | undefined) => (ns === undefined ? undefined : str(formatDuration(ns)));

const RENDER: Record<string, Render> = {
  profiles: (s) => nonEmptyList(s.profiles),
  build: (s) => s.build && map([
    ['context', text(s.build.context)], ['dockerfile', text(s.build.dockerfile)],
    ['dockerfile_inline', text(s.build.dockerfileInline)], ['args', envMap(s.build.args)],
    ['labels', sortedStrMap(s.build.labels)], ['cache_from', nonEmptyList(s.build.cacheFrom)],
    ['no_cache', flag(s.build.noCache)], ['pull', flag(s.build.pull)], ['network', text(s.build.network)],
    ['target', text(s.build.target)], ['tags', nonEmptyList(s.build.tags)], ['platforms', nonEmptyList(s.build.platforms)],
  ]),
  cap_add: (s) => nonEmptyList(s.capAdd),
  cap_drop: (s) => nonEmptyList(s.capDrop),
  command: (s) => list(s.command),
  configs: (s) => refs(s.configs),
  container_name: (s) => text(s.containerName),
  depends_on: (s) => s.dependsOn && Object.keys(s.dependsOn).length > 0
    ? map(Object.keys(s.dependsOn).sort().map((k) => {
      const d = s.dependsOn![k];
      return [k, map([['condition', str(d.condition)], ['restart', flag(d.restart)], ['required', raw(String(d.required))]])];
    }))
    : undefined,
  deploy: (s) => s.deploy && deploy(s),
  dns: (s) => nonEmptyList(s.dns),
  domainname: (s) => text(s.domainname),
  entrypoint: (s) => list(s.entrypoint),
  environment: (s) => envMap(s.environment),
  env_file: (s) => s.envFiles && s.envFiles.length > 0
    ? seq(s.envFiles.map((e) => map([['path', str(e.path)], ['required', e.required ? undefined : raw('false')], ['format', text(e.format)]])))
    : undefined,
  expose: (s) => nonEmptyList(s.expose),
  extra_hosts: (s) => (s.extraHosts && s.extraHosts.length > 0 ? seq([...s.extraHosts].sort().map(str)) : undefined),
  hostname: (s) => text(s.hostname),
  healthcheck: (s) => s.healthcheck && healthcheck(s.healthcheck),
  image: (s) => text(s.image),
  init: (s) => (s.init === undefined ? undefined : raw(String(s.init))),
  ipc: (s) => text(s.ipc),
  labels: (s) => sortedStrMap(s.labels),
  links: (s) => nonEmptyList(s.links),
  logging: (s) => s.logging && map([['driver', text(s.logging.driver)], ['options', sortedStrMap(s.logging.options)]]),
  mem_limit: (s) => bytes(s.memLimit),
  network_mode: (s) => text(s.networkMode),
  networks: (s) => s.networks && Object.keys(s.networks).length > 0
    ? map(Object.keys(s.networks).sort().map((k) => [k, network(s.networks![k])]))
    : undefined,
  pid: (s) => text(s.pid),
  platform: (s) => text(s.platform),
  ports: (s) => (s.ports && s.ports.length > 0 ? seq(s.ports.map(port)) : undefined),
  privileged: (s) => flag(s.privileged),
  pull_policy: (s) => text(s.pullPolicy),
  read_only: (s) => flag(s.readOnly),
  restart: (s) => text(s.restart),
  scale: (s) => (s.scale === undefined ? undefined : raw(String(s.scale))),
  secrets: (s) => refs(s.secrets),
  security_opt: (s) => nonEmptyList(s.securityOpt),
  shm_size: (s) => bytes(s.shmSize),
  stdin_open: (s) => flag(s.stdinOpen),
  stop_grace_period: (s) => duration(s.stopGracePeriodNs),
  stop_signal: (s) => text(s.stopSignal),
  sysctls: (s) => sortedStrMap(s.sysctls),
  tmpfs: (s) => nonEmptyList(s.tmpfs),
  tty: (s) => flag(s.tty),
  ulimits: (s) => s.ulimits && map(Object.keys(s.ulimits).sort().map((k) => {
    const u = s.ulimits![k];
    return [k, u.single ? raw(String(u.single)) : map([['soft', raw(String(u.soft ?? 0))], ['hard', raw(String(u.hard ?? 0))]])];
  })),
  user: (s) => text(s.user),
  volumes: (s) => (s.volumes && s.volumes.length > 0 ? seq(s.volumes.map(volume)) : undefined),
  volumes_from: (s) => nonEmptyList(s.volumesFrom),
  working_dir: (s) => text(s.workingDir),
};

export function marshalService(s: ServiceConfig): YNode {
  const entries: Entries = ORDER.map((key) => {
    const render = RENDER[key];
    if (render) return [key, render(s)];
    return [key, s.other && Object.hasOwn(s.other, key) ? generic(s.other[key]) : undefined];
  });
  for (const key of Object.keys(s.extensions ?? {}).sort()) entries.push([key, generic(s.extensions![key])]);
  return map(entries);
}

function envMap(env: Record<string, string | null> | undefined): YNode | undefined {
  if (!env || Object.keys(env).length === 0) return undefined;
  return map(Object.keys(env).sort().map((k) => [k, env[k] === null ? raw('null') : str(env[k] as string)]));
}

function refs(list: FileReference[] | undefined): YNode | undefined {
  if (!list || list.length === 0) return undefined;
  return seq(list.map((r) => map([
    ['source', text(r.source)], ['target', text(r.target)], ['uid', text(r.uid)], ['gid', text(r.gid)],
    ['mode', r.mode === undefined ? undefined : str(`0${r.mode.toString(8)}`)],
  ])));
}

function network(n: ServiceNetwork | null): YNode {
  if (n === null) return raw('null');
  return map([
    ['aliases', nonEmptyList(n.aliases)], ['gw_priority', n.gwPriority ? raw(String(n.gwPriority)) : undefined],
    ['interface_name', text(n.interfaceName)], ['ipv4_address', text(n.ipv4Address)], ['ipv6_address', text(n.ipv6Address)],
    ['mac_address', text(n.macAddress)], ['priority', n.priority ? raw(String(n.priority)) : undefined],
  ]);
}

function port(p: ServicePort): YNode {
  return map([
    ['name', text(p.name)], ['mode', text(p.mode)], ['host_ip', text(p.hostIp)],
    ['target', p.target ? raw(String(p.target)) : undefined], ['published', text(p.published)],
    ['protocol', text(p.protocol)], ['app_protocol', text(p.appProtocol)],
  ]);
}

function volume(v: ServiceVolume): YNode {
  return map([
    ['type', text(v.type)], ['source', text(v.source)], ['target', text(v.target)], ['read_only', flag(v.readOnly)],
    ['consistency', text(v.consistency)],
    ['bind', v.bind && map([
      ['selinux', text(v.bind.selinux)], ['propagation', text(v.bind.propagation)],
      ['create_host_path', v.bind.createHostPath ? undefined : raw('false')], ['recursive', text(v.bind.recursive)],
    ])],
    ['volume', v.volume && map([['labels', sortedStrMap(v.volume.labels)], ['nocopy', flag(v.volume.nocopy)], ['subpath', text(v.volume.subpath)]])],
    ['tmpfs', v.tmpfs && map([['size', bytes(v.tmpfs.size)], ['mode', v.tmpfs.mode ? raw(String(v.tmpfs.mode)) : undefined]])],
    ['image', v.image && map([['subpath', text(v.image.subpath)]])],
  ]);
}

function healthcheck(h: HealthCheck): YNode {
  return map([
    ['test', nonEmptyList(h.test)], ['timeout', duration(h.timeoutNs)], ['interval', duration(h.intervalNs)],
    ['retries', h.retries === undefined ? undefined : raw(String(h.retries))], ['start_period', duration(h.startPeriodNs)],
    ['start_interval', duration(h.startIntervalNs)], ['disable', flag(h.disable)],
  ]);
}

function deploy(s: ServiceConfig): YNode {
  const d = s.deploy!;
  const limits = d.resources?.limits;
  const reservations = d.resources?.reservations;
  const resource = (r: typeof limits) => r && map([
    ['cpus', r.cpus ? raw(String(r.cpus)) : undefined], ['memory', bytes(r.memoryBytes)],
    ['pids', r.pids ? raw(String(r.pids)) : undefined],
  ]);
  const resources = map([['limits', resource(limits)], ['reservations', resource(reservations)]]);
  const policy = d.restartPolicy;
  return map([
    ['mode', text(d.mode)], ['replicas', d.replicas === undefined ? undefined : raw(String(d.replicas))],
    ['labels', sortedStrMap(d.labels)],
    ['resources', resources.kind === 'map' && resources.entries.length > 0 ? resources : undefined],
    ['restart_policy', policy && map([
      ['condition', text(policy.condition)], ['delay', duration(policy.delayNs)],
      ['max_attempts', policy.maxAttempts === undefined ? undefined : raw(String(policy.maxAttempts))],
      ['window', duration(policy.windowNs)],
    ])],
    ['endpoint_mode', text(d.endpointMode)],
  ]);
}
